import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { EXPORT_FORMATS, writeRecords, } from '../export/export.js';
import { EXPORT_KINDS } from '../export/records.js';
import { TextSink } from '../export/sink.js';
import { DatelineError } from '../model/errors.js';
import { isPostgresUrl, openStore } from '../store/index.js';
import { parseFlags } from './args.js';
import { DEFAULT_DB } from './ingest.js';
import { Progress } from './progress.js';
/** Below this many documents an export is over before a progress bar would help. */
const LARGE_STORE = 500;
const DATE = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const usage = (message) => new DatelineError('DL_USAGE', '-', message);
/** `dateline export docs|quotes|entities|events [--db …] [--format jsonl|csv|parquet] [--out FILE] [--from D] [--to D]` */
export async function run(argv) {
    const { values, positionals } = parseFlags(argv, {
        db: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        from: { type: 'string' },
        to: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
    });
    const kind = positionals[0];
    if (positionals.length !== 1 || !EXPORT_KINDS.includes(kind)) {
        throw usage(`export needs one of: ${EXPORT_KINDS.join(', ')}`);
    }
    const out = values.out;
    const format = (values.format ?? formatOf(out) ?? 'jsonl');
    if (!EXPORT_FORMATS.includes(format))
        throw usage(`--format is ${EXPORT_FORMATS.join(', ')}`);
    if (format === 'parquet' && !out)
        throw usage('--format parquet needs --out FILE');
    for (const d of [values.from, values.to]) {
        if (d !== undefined && !DATE.test(d))
            throw usage(`not an ISO date: ${d}`);
    }
    const db = values.db ?? DEFAULT_DB;
    // Opening a SQLite path creates the file; an export from a store that is not there is a mistake.
    if (!isPostgresUrl(db) && db !== ':memory:' && !existsSync(db))
        throw usage(`no store at ${db}`);
    const store = await openStore(db);
    const progress = new Progress(`export ${kind}`);
    let sum;
    try {
        const total = (await store.stats()).docs;
        const o = {
            kind,
            from: values.from,
            to: values.to,
            onDoc: total >= LARGE_STORE ? (done) => progress.tick(done, 0, `of ${total}`) : undefined,
        };
        sum = out ? await toFile(store, out, format, o) : await toStdout(store, format, o);
    }
    finally {
        progress.done();
        await store.close();
    }
    if (!values.quiet) {
        const from = kind === 'docs' ? '' : ` from ${sum.docs} docs`;
        process.stderr.write(`exported ${sum.records} ${kind}${from} → ${out ?? 'stdout'}\n`);
    }
    return 0;
}
const formatOf = (file) => {
    const ext = file ? extname(file).slice(1).toLowerCase() : '';
    if (ext === 'ndjson')
        return 'jsonl';
    return EXPORT_FORMATS.find((f) => f === ext);
};
async function toStdout(store, format, o) {
    const sink = new TextSink(process.stdout);
    const sum = await writeRecords(store, sink, format, o);
    if (!sink.closed)
        await sink.end(false);
    return sum;
}
/** Writes beside the target and renames at the end, so a failed export never leaves half a file. */
async function toFile(store, file, format, o) {
    const part = `${file}.part`;
    try {
        let sum;
        if (format === 'parquet') {
            const { writeParquet } = await import('../export/parquet.js');
            sum = await writeParquet(store, part, o);
        }
        else {
            const sink = new TextSink(createWriteStream(part));
            sum = await writeRecords(store, sink, format, o);
            await sink.end(true);
        }
        await rename(part, file);
        return sum;
    }
    catch (e) {
        await rm(part, { force: true });
        throw e;
    }
}
