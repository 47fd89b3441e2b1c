import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { DatelineError } from '../model/errors.js';
import { decodeBytes } from './decode.js';
import { docFromHtml, looksLikeHtml } from './html.js';
import { maxBytesOf } from './options.js';
import { docFromRecord } from './record.js';
import { docFromText } from './text.js';
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXT = new Set(['', '.txt', '.text', '.md', '.markdown']);
const GLOB_CHARS = /[*?[\]{}]/;
/**
 * Every document from files, directories (recursive, hidden entries skipped, sorted), globs and '-'
 * (stdin: JSON Lines when its first line is a JSON object, else text or HTML), in input order.
 * Bad input yields an error item and the batch goes on.
 */
export async function* readInputs(inputs, opts = {}) {
    for (const input of inputs) {
        if (input === '-') {
            yield* readStream(process.stdin, '-', opts);
            continue;
        }
        let isDir;
        try {
            isDir = (await stat(input)).isDirectory();
        }
        catch (err) {
            if (GLOB_CHARS.test(input)) {
                let files;
                try {
                    files = await glob(input, {
                        onlyFiles: true,
                        dot: false,
                        expandDirectories: false,
                        absolute: isAbsolute(input),
                    });
                }
                catch (globErr) {
                    yield failed(input, globErr);
                    continue;
                }
                if (files.length === 0)
                    yield failed(input, notFound(input, 'no file matches the pattern'));
                for (const f of files.sort(byName))
                    yield* readPath(f, opts);
            }
            else {
                yield failed(input, err.code === 'ENOENT' ? notFound(input) : err);
            }
            continue;
        }
        if (isDir) {
            for await (const f of walk(input)) {
                if (typeof f === 'string')
                    yield* readPath(f, opts);
                else
                    yield f;
            }
        }
        else {
            yield* readPath(input, opts);
        }
    }
}
/** Documents from a stream (stdin): JSON Lines when the first non-blank line is a JSON object. */
export async function* readStream(chunks, source, opts = {}) {
    const max = maxBytesOf(opts);
    const lines = byteLines(chunks, max)[Symbol.asyncIterator]();
    const held = [];
    let first;
    for (let r = await lines.next(); !r.done; r = await lines.next()) {
        held.push(r.value);
        if (r.value.bytes && !isBlankBytes(r.value.bytes)) {
            first = r.value;
            break;
        }
    }
    if (first && isJsonObject(first.bytes)) {
        const rest = (async function* () {
            yield* held;
            for (let r = await lines.next(); !r.done; r = await lines.next())
                yield r.value;
        })();
        yield* recordsFrom(rest, source, opts);
        return;
    }
    // text or HTML: gather the whole stream (within the size limit) as one document
    const parts = [];
    let size = 0;
    let over = false;
    const take = (l) => {
        size += l.size + 1;
        if (size > max + 1 || !l.bytes)
            over = true;
        else
            parts.push(l.bytes, NEWLINE);
    };
    held.forEach(take);
    for (let r = await lines.next(); !r.done; r = await lines.next())
        take(r.value);
    if (over) {
        yield failed(source, new DatelineError('DL_INGEST_TOO_LARGE', source, `over the ${max}-byte limit`));
        return;
    }
    yield oneDoc(Buffer.concat(parts.slice(0, -1)), source, '', opts);
}
const NEWLINE = new Uint8Array([10]);
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Paths under a directory in sorted order; a directory that cannot be read is yielded as a failure. */
async function* walk(dir) {
    let entries;
    try {
        entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
    }
    catch (err) {
        yield failed(dir, err);
        return;
    }
    for (const e of entries) {
        if (e.name.startsWith('.'))
            continue;
        const path = join(dir, e.name);
        if (e.isDirectory())
            yield* walk(path);
        else if (!knownExt(extname(e.name).toLowerCase()))
            continue;
        // symlinked files are followed; symlinked directories are not (no loops)
        else if (e.isFile() || (e.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()))
            yield path;
    }
}
const knownExt = (ext) => TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext);
async function* readPath(path, opts) {
    const ext = extname(path).toLowerCase();
    if (JSONL_EXT.has(ext)) {
        yield* recordsFrom(byteLines(createReadStream(path), maxBytesOf(opts)), path, opts);
        return;
    }
    try {
        const max = maxBytesOf(opts);
        const size = (await stat(path)).size;
        if (size > max) {
            throw new DatelineError('DL_INGEST_TOO_LARGE', path, `${size} bytes is over the ${max}-byte limit`);
        }
        yield oneDoc(await readFile(path), path, ext, opts);
    }
    catch (err) {
        yield failed(path, err);
    }
}
function oneDoc(buf, source, ext, opts) {
    try {
        const text = decodeBytes(buf, source, opts);
        const html = HTML_EXT.has(ext) || looksLikeHtml(text);
        const doc = html ? docFromHtml(text, { source }, opts) : docFromText(text, { source }, opts);
        return { source, doc };
    }
    catch (err) {
        return failed(source, err);
    }
}
async function* recordsFrom(lines, path, opts) {
    try {
        for await (const line of lines) {
            const source = `${path}:${line.no}`;
            try {
                if (!line.bytes) {
                    throw new DatelineError('DL_INGEST_TOO_LARGE', source, `line of ${line.size} bytes is over the size limit`);
                }
                if (isBlankBytes(line.bytes))
                    continue;
                const text = decodeBytes(line.bytes, source, opts);
                let rec;
                try {
                    rec = JSON.parse(text);
                }
                catch (err) {
                    throw new DatelineError('DL_INGEST_BAD_JSON', source, `bad JSON: ${err.message}`, undefined, {
                        cause: err,
                    });
                }
                yield { source, doc: docFromRecord(rec, source, opts) };
            }
            catch (err) {
                yield failed(source, err);
            }
        }
    }
    catch (err) {
        yield failed(path, err.code === 'ENOENT' ? notFound(path) : err);
    }
}
/** Splits a byte stream on LF (a CR before it and a leading BOM are dropped), capping each line. */
async function* byteLines(chunks, maxLine) {
    let parts = [];
    let size = 0;
    let no = 1;
    const finish = () => {
        let bytes = size > maxLine ? null : Buffer.concat(parts);
        if (bytes && no === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
            bytes = bytes.subarray(3);
        if (bytes && bytes[bytes.length - 1] === 13)
            bytes = bytes.subarray(0, -1);
        const line = { no: no++, bytes, size };
        parts = [];
        size = 0;
        return line;
    };
    for await (const chunk of chunks) {
        let from = 0;
        for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
            add(chunk.subarray(from, nl));
            yield finish();
            from = nl + 1;
        }
        add(chunk.subarray(from));
    }
    // always a last line, empty when the input ended with LF, so text read line by line keeps it
    yield finish();
    function add(piece) {
        size += piece.length;
        if (size <= maxLine && piece.length)
            parts.push(piece);
    }
}
const isBlankBytes = (b) => b.every((x) => x === 32 || x === 9 || x === 13 || x === 10);
function isJsonObject(bytes) {
    try {
        const v = JSON.parse(Buffer.from(bytes).toString('utf8'));
        return !!v && typeof v === 'object' && !Array.isArray(v);
    }
    catch {
        return false;
    }
}
const notFound = (path, why = 'no such file or directory') => new DatelineError('DL_INGEST_NOT_FOUND', path, why);
function failed(source, err) {
    if (err instanceof DatelineError)
        return { source, error: err };
    const message = err instanceof Error ? err.message : String(err);
    return {
        source,
        error: new DatelineError('DL_INGEST_UNREADABLE', source, message, undefined, { cause: err }),
    };
}
