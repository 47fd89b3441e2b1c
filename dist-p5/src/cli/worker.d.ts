/**
 * `dateline worker [--redis URL] [--queue NAME] [--db postgres://…|FILE] [--concurrency N] [--timeout MS]`:
 * processes queued documents into the store until SIGTERM/SIGINT, then finishes the current jobs and exits.
 */
export declare function run(argv: string[]): Promise<number>;
