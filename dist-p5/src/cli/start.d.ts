/** `dateline start [--db FILE] [--port N] [--no-serve]`: ingest the samples (skipping stored ones), then serve the explorer. */
export declare function run(argv: string[]): Promise<number>;
