/** A timex as the TempEval-3 scorer sees it. */
export interface ScoredTimex {
    start: number;
    end: number;
    type?: string;
    value?: string | null;
}
/** TempEval-3 Task A counts, summed over documents. */
export interface TimexCounts {
    gold: number;
    system: number;
    relaxed: number;
    strict: number;
    typeMatch: number;
    valueMatch: number;
}
export declare const emptyCounts: () => TimexCounts;
/** Adds one document: greedy one-to-one pairing by largest overlap, as scorer/score_timex.py does. */
export declare function countDoc(c: TimexCounts, gold: readonly ScoredTimex[], sys: readonly ScoredTimex[]): void;
/** The TempEval-3 measures as fractions (0-1), in the reference scorer's shape. */
export declare function measures(c: TimexCounts): {
    gold: number;
    system: number;
    relaxed: {
        p: number;
        r: number;
        f1: number;
    };
    strict: {
        p: number;
        r: number;
        f1: number;
    };
    typeAcc: number;
    typeF1: number;
    valueAcc: number;
    valueF1: number;
};
/** The measures in percent, flat, for an EvalResult. */
export declare function percentMetrics(c: TimexCounts): Record<string, number>;
