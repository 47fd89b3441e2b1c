/** Distributed mode: BullMQ jobs on Redis, stateless workers writing to a store. */
export { type EnqueueCounts, type EnqueueOptions, enqueueInputs } from './enqueue.js';
export { DEFAULT_QUEUE, type DeadJob, deadQueueOf, type JobData, jobIdOf, redisUrlOf } from './names.js';
export { type QueueCounts, queueCounts } from './status.js';
export { type RunningWorker, startWorker, type WorkerCounts, type WorkerOptions } from './worker.js';
