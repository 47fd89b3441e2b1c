/** `dateline eval SUITE [--json] [--split S] [--limit N]` */
export declare function run(argv: string[]): Promise<number>;
