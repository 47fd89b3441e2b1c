/** What an eval suite prints: `--json` gives exactly this object. */
export interface EvalResult {
    suite: string;
    n: number;
    metrics: Record<string, number | Record<string, number>>;
    /** Where the gold data came from and anything a reader needs to trust the figure. */
    notes?: string[];
}
export interface EvalOptions {
    /** Score on this split instead of the suite's report split (e.g. 'dev' while tuning). */
    split?: string;
    /** Only the first N documents (quick checks). */
    limit?: number;
}
export interface EvalSuite {
    name: string;
    describe: string;
    run(opts: EvalOptions): Promise<EvalResult>;
}
/** Precision, recall and F1 (in percent, 0 when undefined) from counts. */
export declare function prf(tp: number, predicted: number, gold: number): {
    p: number;
    r: number;
    f1: number;
};
export declare const round: (x: number, digits?: number) => number;
