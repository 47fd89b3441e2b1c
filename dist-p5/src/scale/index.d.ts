/** Scale: a worker-thread pool running the pipeline on every core. */
export { type BatchRun, DEFAULT_TIMEOUT_MS, runBatchOnPool, runBatchWith } from './batch.js';
export { createPool, type Outcome, type Pool, type PoolOptions } from './pool.js';
