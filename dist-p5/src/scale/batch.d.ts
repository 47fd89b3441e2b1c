import { type BatchCounts, type BatchHandlers } from '../cli/batch.js';
import { type IngestOptions } from '../ingest/index.js';
import { type Pool } from './pool.js';
/** How a batch runs: `workers` threads (default one per core; 1 = in this thread), each document's time limit. */
export interface BatchRun {
    workers?: number;
    only?: readonly string[];
    /** Per-document limit in ms on a pool (default 60 s); in-process (1 worker) only when given. */
    timeoutMs?: number;
}
export declare const DEFAULT_TIMEOUT_MS = 60000;
/** Runs a batch in this thread (1 worker, no time limit) or on a pool it starts and closes. */
export declare function runBatchWith(inputs: string[], run: BatchRun, opts: IngestOptions, handlers: BatchHandlers): Promise<BatchCounts>;
/**
 * `runBatch` on a worker pool: same handlers, same counts, results handed on in input order. Ingest errors and
 * skipped documents pass through the pool untouched, so their place in the order is kept. Text and HTML files
 * are read and ingested by the workers (this thread sends paths), unless `skip` must see each Doc first.
 */
export declare function runBatchOnPool(inputs: string[], pool: Pool, opts: IngestOptions, { onDoc, onJson, onError, skip }: BatchHandlers): Promise<BatchCounts>;
