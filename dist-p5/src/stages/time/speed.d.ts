/** Timings of the time stage's tagger and of chrono-node alone over the same texts. */
export interface TimeSpeed {
    texts: number;
    chars: number;
    oursMs: number;
    chronoMs: number;
    /** chronoMs / oursMs: above 1 means the time stage is faster than chrono-node alone. */
    ratio: number;
}
/**
 * Times the time stage (rules alone, no segmentation) against chrono-node parsing the same texts with
 * the same anchors; each after a warm-up pass, best of `rounds`.
 */
export declare function timeTexts(texts: readonly string[], anchors: readonly (string | null)[], rounds?: number): TimeSpeed;
