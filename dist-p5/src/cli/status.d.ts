/** `dateline status [--redis URL] [--queue NAME] [--json]`: job counts, dead-letter queue included. */
export declare function run(argv: string[]): Promise<number>;
