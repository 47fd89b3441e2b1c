/**
 * A TypeScript port of the reference quote scorer (../shared/data/quotes/scorer/score_quotes.py + qcommon.py).
 * It must give the same figures on the same files; quotes-scorer.test.ts checks that against python3.
 * Protocol: segment units, trimmed character sets, greedy one-to-one Dice matching, speaker by overlap or name.
 */
export interface GoldSpan {
    start: number;
    end: number;
    text?: string;
}
/** A quote in the scorer's exchange format (gold or predicted). */
export interface ScorerQuote {
    type?: string;
    content?: GoldSpan | null;
    content_parts?: GoldSpan[];
    source_speaker?: GoldSpan | null;
    cue?: GoldSpan | null;
    speaker_name?: string | null;
}
export interface ScorerDoc {
    id: string;
    text?: string;
    quotes: ScorerQuote[];
}
export type Subset = 'all' | 'direct' | 'direct+mixed';
export type Unit = 'segment' | 'attribution';
export interface ScoreOptions {
    subset?: Subset;
    minDice?: number;
    unit?: Unit;
}
/** Mask of characters inside (or being) double quotation marks or curly single quotes (qcommon.quoted_mask). */
export declare function quotedMask(s: string): boolean[];
/** direct | mixed | indirect from the quotation marks in the content parts (qcommon.quote_type). */
export declare function quoteType(partsText: string[]): 'direct' | 'mixed' | 'indirect';
/** Name match: equal after dropping titles, or same surname with one name a subset of the other. */
export declare function nameMatch(a: string | null | undefined, b: string | null | undefined): boolean;
/** Speaker right by mention overlap, by name, and either (for error analysis too). */
export declare function speakerCorrect(text: string, g: ScorerQuote, p: ScorerQuote): [boolean, boolean, boolean];
/** Greedy one-to-one Dice matching of gold and predicted quotes in one text. */
export declare function matchDoc(text: string, gold: ScorerQuote[], pred: ScorerQuote[]): {
    G: Set<number>[];
    P: Set<number>[];
    pairs: [number, number, number][];
};
/** Every content part as its own quote (segment units). */
export declare function explode(text: string, quotes: ScorerQuote[]): ScorerQuote[];
/** Python's round(x, 1): round half to even on the exact binary value. */
export declare function pyRound1(x: number): number;
export type Counts = Record<string, number>;
/** Scores predicted docs against gold docs (keyed by id); returns the reference scorer's JSON and raw counts. */
export declare function scoreQuotes(gold: Map<string, ScorerDoc>, pred: Map<string, ScorerDoc>, opts?: ScoreOptions): {
    result: Record<string, unknown>;
    counts: Counts;
};
