export declare const DEFAULT_DB = "dateline.db";
/** `dateline ingest PATH… [--db FILE] [--published DATE] [--only stages] [--skip-existing] [--workers N] [--timeout MS]` */
export declare function run(argv: string[]): Promise<number>;
export interface IngestRun {
    published?: string;
    maxBytes?: number;
    allowNonEnglish?: boolean;
    only?: string[];
    skipExisting?: boolean;
    /** Pipeline threads (default one per core; 1 = in this thread). */
    workers?: number;
    timeoutMs?: number;
}
/** Ingests paths into a store; shared by `ingest` and `start`. */
export declare function ingestPaths(paths: string[], db: string, o: IngestRun): Promise<{
    line: string;
    ok: number;
    failed: number;
    skipped: number;
}>;
