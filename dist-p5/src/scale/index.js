/** Scale: a worker-thread pool running the pipeline on every core. */
export { DEFAULT_TIMEOUT_MS, runBatchOnPool, runBatchWith } from './batch.js';
export { createPool } from './pool.js';
