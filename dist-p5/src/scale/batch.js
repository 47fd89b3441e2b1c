import { availableParallelism } from 'node:os';
import { reportError, runBatch } from '../cli/batch.js';
import { createPipeline } from '../extract.js';
import { readInputs } from '../ingest/index.js';
import { DatelineError, isDatelineError } from '../model/index.js';
import { batchInputs } from './input-files.js';
import { createPool } from './pool.js';
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Runs a batch in this thread (1 worker, no time limit) or on a pool it starts and closes. */
export async function runBatchWith(inputs, run, opts, handlers) {
    const workers = Math.max(1, run.workers ?? availableParallelism());
    if (workers === 1 && !run.timeoutMs)
        return runBatch(inputs, await createPipeline({ only: run.only }), opts, handlers);
    const pool = await createPool({ workers, only: run.only, timeoutMs: run.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    try {
        return await runBatchOnPool(inputs, pool, opts, handlers);
    }
    finally {
        await pool.close();
    }
}
/**
 * `runBatch` on a worker pool: same handlers, same counts, results handed on in input order. Ingest errors and
 * skipped documents pass through the pool untouched, so their place in the order is kept. Text and HTML files
 * are read and ingested by the workers (this thread sends paths), unless `skip` must see each Doc first.
 */
export async function runBatchOnPool(inputs, pool, opts, { onDoc, onJson, onError = reportError, skip }) {
    const counts = { ok: 0, failed: 0, skipped: 0 };
    async function* items() {
        const read = skip ? readInputs(inputs, opts) : batchInputs(inputs, opts);
        for await (const it of read) {
            if ('file' in it)
                yield { source: it.file, file: it.file };
            else if ('error' in it)
                yield { source: it.source, error: it.error };
            else if (skip && (await skip(it.doc)))
                yield { source: it.source, skipped: true };
            else
                yield { source: it.source, doc: it.doc };
        }
    }
    const input = (it) => (it.file ? { file: it.file, ingest: opts } : it.doc);
    for await (const out of pool.map(items(), input)) {
        const { item } = out;
        if (item.skipped) {
            counts.skipped++;
            continue;
        }
        if (!('doc' in out)) {
            counts.failed++;
            onError(item.source, 'error' in out ? out.error : item.error);
            continue;
        }
        try {
            if (onJson)
                await onJson(out.json, item.source);
            else
                await onDoc?.(out.doc, item.source);
            counts.ok++;
        }
        catch (e) {
            counts.failed++;
            onError(item.source, isDatelineError(e)
                ? e
                : new DatelineError('DL_STORE_FAILED', out.doc.id, String(e?.message ?? e)));
        }
    }
    return counts;
}
