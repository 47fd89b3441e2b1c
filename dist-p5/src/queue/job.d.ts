import { type Job } from 'bullmq';
import type { Doc } from '../model/doc.js';
import type { JobData } from './names.js';
/**
 * True for a failure that every attempt would repeat: bad input (DL_INGEST_*) or a document that does not
 * match the schema. Timeouts, crashes, store and queue errors may pass, so they are retried.
 */
export declare function isPermanent(err: unknown): boolean;
/**
 * The Doc a job carries, checked as ingest checks a text (any producer may add jobs, not only `enqueue`):
 * a text that is missing, over the size limit, blank or binary throws the ingest error for it.
 */
export declare function jobDoc(data: JobData | undefined, jobId: string): Doc;
/** What `runJob` does with a job's Doc, and where a job that will not be retried goes. */
export interface JobSteps<R> {
    process(doc: Doc): Promise<R>;
    /** Copies the job to the dead-letter queue with its error and the attempts made. */
    bury(err: unknown, attempts: number): Promise<void>;
}
/**
 * Runs one job. A permanent failure (`isPermanent`) is buried at once and thrown as BullMQ's
 * UnrecoverableError, so the job is not retried; any other failure is thrown as it is for BullMQ to retry
 * with backoff, and buried on the last attempt.
 */
export declare function runJob<R>(job: Pick<Job<JobData>, 'id' | 'data' | 'attemptsMade' | 'opts'>, steps: JobSteps<R>): Promise<R>;
