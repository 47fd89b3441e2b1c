/** Scale: a worker-thread pool running the pipeline on every core. */
export { runBatchOnPool } from './batch.js';
export { createPool, type Outcome, type Pool, type PoolOptions } from './pool.js';
