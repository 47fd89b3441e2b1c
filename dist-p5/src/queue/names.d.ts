import type { Doc } from '../model/doc.js';
/** The queue `dateline enqueue` and `dateline worker` use unless told otherwise. */
export declare const DEFAULT_QUEUE = "dateline";
/** The Redis server: the flag, else $DATELINE_REDIS_URL, else the local default port. */
export declare const redisUrlOf: (flag?: string) => string;
/** Where jobs that failed every attempt are kept, with their error: `<queue>-dead`. */
export declare const deadQueueOf: (queue: string) => string;
/** Retries before a job goes to the dead-letter queue, and the first backoff (doubled each time). */
export declare const ATTEMPTS = 3;
export declare const BACKOFF_MS = 1000;
/** What a job carries: the ingested (not yet processed) Doc, so a worker needs no shared disk. */
export interface JobData {
    doc: Doc;
    source: string;
}
/** What the dead-letter queue keeps for a job that failed every attempt. */
export interface DeadJob extends JobData {
    error: {
        code: string;
        message: string;
    };
    attempts: number;
    failedAt: string;
}
/**
 * The BullMQ job id for a document id. BullMQ refuses ids that are integers or contain ':'; those (and ids
 * starting with '~', to stay one-to-one) are percent-encoded behind a '~'.
 */
export declare function jobIdOf(docId: string): string;
/** Redis URL without its password, for messages. */
export declare const hidePassword: (url: string) => string;
/** Fails fast with DL_QUEUE_FAILED when Redis does not answer (BullMQ alone would retry forever). */
export declare function checkRedis(url: string): Promise<void>;
