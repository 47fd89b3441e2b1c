export interface WorkerOptions {
    redis?: string;
    queue?: string;
    /** The store: postgres://… or a SQLite file (one worker process only). */
    db: string;
    /** Documents processed at once, each on its own thread. Default 1. */
    concurrency?: number;
    only?: readonly string[];
    /** Per-document pipeline time limit in ms (DL_STAGE_TIMEOUT). */
    timeoutMs?: number;
    /** How long a job's lock lasts without renewal: a killed worker's jobs are re-delivered after this. */
    lockMs?: number;
    /** One line per notable event (a failure, a dead job). */
    log?: (line: string) => void;
}
export interface WorkerCounts {
    stored: number;
    failed: number;
    dead: number;
}
export interface RunningWorker {
    readonly counts: WorkerCounts;
    /** Stops taking jobs, lets the current ones finish, then closes the pool, store and connections. */
    close(): Promise<void>;
}
/**
 * A stateless queue worker: takes jobs, runs the pipeline on a thread pool, writes each Doc to the store
 * (one transaction, idempotent by id). A job failing its last attempt, or failing on bad input (no retry),
 * is copied to the dead-letter queue.
 */
export declare function startWorker(o: WorkerOptions): Promise<RunningWorker>;
