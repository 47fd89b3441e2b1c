/**
 * `dateline extract [PATH…|-] [--published DATE] [--only stages] [--workers N] [--timeout MS]`: one Doc JSON
 * per line, in input order, no store.
 */
export declare function run(argv: string[]): Promise<number>;
