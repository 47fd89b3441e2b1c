import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { readInputs } from '../ingest/index.js';
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const KNOWN_EXT = new Set(['', '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', ...JSONL_EXT]);
const GLOB_CHARS = /[*?[\]{}]/;
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The inputs `readInputs` would read, in its order, with each text or HTML file left as a path for a pool
 * worker to read, decode and ingest (so this thread does not). Stdin, JSON Lines files and anything that fails
 * are read here by `readInputs` itself, so their documents and errors are the same.
 */
export async function* batchInputs(inputs, opts = {}) {
    for (const input of inputs) {
        const isDir = input === '-'
            ? null
            : await stat(input).then((s) => s.isDirectory(), () => null);
        if (isDir === null && input !== '-' && GLOB_CHARS.test(input)) {
            const files = await glob(input, {
                onlyFiles: true,
                dot: false,
                expandDirectories: false,
                absolute: isAbsolute(input),
            }).catch(() => []);
            if (files.length) {
                for (const f of files.sort(byName))
                    yield* fileInput(f, opts);
                continue;
            }
        }
        if (isDir)
            yield* walk(input, opts);
        else if (isDir === false)
            yield* fileInput(input, opts);
        else
            yield* readInputs([input], opts);
    }
}
async function* fileInput(path, opts) {
    if (JSONL_EXT.has(extname(path).toLowerCase()))
        yield* readInputs([path], opts);
    else
        yield { file: path };
}
/** As `readInputs` walks a directory: sorted, hidden entries skipped, known extensions, file symlinks followed. */
async function* walk(dir, opts) {
    let entries;
    try {
        entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
    }
    catch {
        yield* readInputs([dir], opts); // reports the unreadable directory as readInputs does
        return;
    }
    for (const e of entries) {
        if (e.name.startsWith('.'))
            continue;
        const path = join(dir, e.name);
        if (e.isDirectory())
            yield* walk(path, opts);
        else if (!KNOWN_EXT.has(extname(e.name).toLowerCase()))
            continue;
        else if (e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()))
            yield* fileInput(path, opts);
    }
}
