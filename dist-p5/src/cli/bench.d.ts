/**
 * `dateline bench [--json] [--rounds N] [--warmup N] [--docs N] [--workers N] [--unshared]`: throughput per
 * stage and in total in one thread, then on worker pools of 1 and N threads (`--unshared`: each worker with its
 * own copy of the syntax model's tables), beside the JS peers on the same texts; each after `--warmup` untimed
 * passes (default 5).
 */
export declare function run(argv: string[]): Promise<number>;
