import type { BenchText } from './corpus.js';
export interface PoolResult {
    workers: number;
    docsPerSec: number;
    tokensPerSec: number;
    wordsPerSec: number;
    failed: number;
    /** Share of the timed run the pool's main thread was busy. */
    mainBusy: number;
    /** CPU time of the child (all its threads) per document: what the documents cost, whatever the load. */
    cpuMsPerDoc: number;
    /** Whether the workers read one shared copy of the syntax model's tables. */
    shared: boolean;
    /** Peak RSS of the whole child process: its main thread plus every worker. */
    peakRssMB: number;
}
/**
 * Times the full pipeline on a `src/scale` worker pool of `workers` threads, in a fresh child process so that
 * its peak RSS counts the pool alone (not the models this process already loaded).
 */
export declare function benchPool(texts: BenchText[], workers: number, rounds: number, corpus: {
    tokens: number;
    words: number;
}, share?: boolean, warmup?: number): Promise<PoolResult>;
