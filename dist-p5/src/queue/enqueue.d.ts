import { type IngestOptions } from '../ingest/index.js';
import type { DatelineError } from '../model/errors.js';
export interface EnqueueOptions extends IngestOptions {
    redis?: string;
    queue?: string;
    /** Called for each input that could not be read into a Doc (it is not enqueued). */
    onError?: (source: string, err: DatelineError) => void;
}
export interface EnqueueCounts {
    /** Jobs handed to the queue (a job id the queue already holds is kept, not added twice). */
    submitted: number;
    failed: number;
}
/**
 * Job options: retries with exponential backoff. Finished jobs are kept a while (a day, at most 50,000) so a
 * re-enqueue is a no-op; Redis memory stays bounded since each job holds its Doc.
 */
export declare const JOB_OPTIONS: {
    readonly attempts: 3;
    readonly backoff: {
        readonly type: "exponential";
        readonly delay: 1000;
    };
    readonly removeOnComplete: {
        readonly age: number;
        readonly count: 50000;
    };
    readonly removeOnFail: {
        readonly age: number;
    };
};
/** Reads inputs like `ingest` and submits one job per document, job id = document id (idempotent). */
export declare function enqueueInputs(inputs: string[], o?: EnqueueOptions): Promise<EnqueueCounts>;
