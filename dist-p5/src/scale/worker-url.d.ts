import { Worker } from 'node:worker_threads';
/** Starts the worker thread whose entry is `src/scale/<name>.ts` (or its built .js). */
export declare function startWorker(name: string, workerData?: unknown): Worker;
