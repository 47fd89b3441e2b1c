/**
 * The weight rows of `features()` without building its strings: each template's values sit in their own map,
 * and what depends on a word alone is looked up once per distinct word. `rowsOf` yields the rows in the
 * order `features()` lists the features, so the scores add up to the very same doubles.
 * The templates are the ones `features()` writes; `compile` returns null when the model holds any other, and
 * feature-rows.test.ts checks both give the same scores on real sentences.
 */
export interface FeatureRows {
    /** Rows (offsets into the weights) of token i's features, given the two previous labels' indices. */
    rowsOf(words: string[], gaz: string[], i: number, prev: number, prev2: number, out: Int32Array): number;
    /** Index of a label (or '<s>') for `prev`/`prev2`. */
    labelIndex(label: string): number;
}
/** Builds the row tables from the model's feature → row map; null when a feature name is not understood. */
export declare function compile(rows: Map<string, number>, labels: string[], shape: (w: string) => string): FeatureRows | null;
