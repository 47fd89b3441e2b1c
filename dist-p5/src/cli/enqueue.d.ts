/** `dateline enqueue PATH…|--jsonl FILE [--redis URL] [--queue NAME]`: one job per document, id = doc id. */
export declare function run(argv: string[]): Promise<number>;
