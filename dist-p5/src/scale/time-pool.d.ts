import type { Doc } from '../model/doc.js';
import { type PoolOptions } from './pool.js';
/** One timed run of a pool: what `timePool` measured. */
export interface PoolTiming {
    workers: number;
    docs: number;
    failed: number;
    seconds: number;
    docsPerSec: number;
    /** Share of the timed run the main thread was busy (event-loop utilisation): the pool's own overhead. */
    mainBusy: number;
    /** CPU time of the whole process (every thread) per document in the timed run: less load-bound than docs/s. */
    cpuMsPerDoc: number;
    /** Whether the workers read one shared copy of the syntax model's tables. */
    shared: boolean;
}
/**
 * Times a fresh pool of `workers` threads on `rounds` passes of `docsOf(round)`, after `warmup` untimed passes
 * of `docsOf(-1)`, `docsOf(-2)`, … (models loaded, JIT settled). Results are not parsed in this thread.
 */
export declare function timePool(docsOf: (round: number) => Doc[], workers: number, rounds?: number, opts?: Omit<PoolOptions, 'workers'> & {
    warmup?: number;
}): Promise<PoolTiming>;
