/** `dateline export docs|quotes|entities|events [--db …] [--format jsonl|csv|parquet] [--out FILE] [--from D] [--to D]` */
export declare function run(argv: string[]): Promise<number>;
