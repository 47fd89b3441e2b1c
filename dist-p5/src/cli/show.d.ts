/** `dateline show DOC_ID [--db FILE] [--json] [--no-color]` */
export declare function run(argv: string[]): Promise<number>;
