/** BIO labels over PER/LOC/ORG/MISC, as in CoNLL and wikigold. */
export declare const LABELS: string[];
export interface NerModel {
    labels: string[];
    weights: Record<string, number[]>;
}
export declare const MODEL_FILE: string;
/** The lexicon a joined phrase belongs to: org, norp, gpe, city (single words only) or ''. */
export declare function phraseTag(p: string, single: boolean): string;
/** Which lexicon a phrase of the sentence belongs to, per token (longest match, up to 5 tokens). */
export declare function gazetteerTags(words: string[]): string[];
/** Feature strings of token i given the two previous predicted labels. */
export declare function features(words: string[], gaz: string[], i: number, prev: string, prev2: string): string[];
/** Averaged-perceptron greedy tagger; the model is trained by train/ner-train.ts. */
export declare class Tagger {
    private readonly rows;
    private readonly weights;
    private readonly labels;
    private readonly fast;
    constructor(model: NerModel);
    score(feats: string[]): Float64Array;
    private readonly buf;
    /** Scores of the first n rows in `buf`, added in order (the same doubles as `score`). */
    scoreRows(n: number): Float64Array;
    /** Token i's scores through the row tables (null when the model cannot be compiled): for tests. */
    fastScore(words: string[], gaz: string[], i: number, prev: string, prev2: string): Float64Array | null;
    /** BIO labels for a sentence's words (invalid I- after O is read as B-). */
    tag(words: string[]): string[];
}
/** The shipped model, or null when models/ner-perceptron.json is absent. */
export declare function loadTagger(): Tagger | null;
/** Spans [from, to) with their type from BIO labels. */
export declare function spans(labels: string[]): {
    from: number;
    to: number;
    type: string;
}[];
