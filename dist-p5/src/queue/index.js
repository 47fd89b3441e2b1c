/** Distributed mode: BullMQ jobs on Redis, stateless workers writing to a store. */
export { enqueueInputs } from './enqueue.js';
export { DEFAULT_QUEUE, deadQueueOf, jobIdOf, redisUrlOf } from './names.js';
export { queueCounts } from './status.js';
export { startWorker } from './worker.js';
