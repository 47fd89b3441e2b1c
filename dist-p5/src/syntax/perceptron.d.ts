/** Non-zero cells a light row keeps inline (8 bytes; XPOS + UPOS interleaved: 16, a quarter of a cache line). */
export declare const SLOT = 4;
/** First cell of a slot whose row is stored densely in `heavy` (bits 0–14: low bits of its index). */
export declare const HEAVY = 32768;
/**
 * Loaded weights as int8 codes (weight = lut[code + 128] × scale; lut holds integers sign(c) c², so sums of
 * up to 1000 of them are exact in float32 whatever the order). Narrow tables keep dense rows (`dense`, row r at
 * r × classes). Wide ones, mostly zeros, keep only non-zero cells `(code + 128) << 7 | class` (classes
 * ascending, < 128) in `slots[r × SLOT ..]` (0 = no more). A row with more than SLOT non-zero cells (few rows,
 * but the most often read: frequent features) is a *heavy* row: its slot holds `HEAVY | at & 0x7fff`,
 * `at >>> 15` and the count, and its cells sit in `heavy[at ..]`, a small block that stays in cache. Two tables read with the same feature ids may share one `slots` array,
 * row r of each side by side (`stride` 2 × SLOT, `offset` 0 or SLOT): one cache line.
 */
export interface QuantizedWeights {
    lut: Float32Array;
    scale: number;
    dense?: Int8Array;
    slots?: Uint16Array;
    stride?: number;
    offset?: number;
    heavy?: Uint16Array;
}
/**
 * A multi-class averaged perceptron over hashed features: weights are a dense table of
 * `2^bits` buckets × `classes`, so scoring a feature is one contiguous row read.
 */
export declare class Perceptron {
    readonly classes: number;
    readonly bits: number;
    /** A loaded model keeps int8 codes (a quarter of the memory, fewer cache misses). */
    readonly quantized: QuantizedWeights | null;
    readonly weights: Float32Array;
    /** Sum of (update time × delta), for averaging without touching every weight each step. */
    private acc;
    private time;
    constructor(classes: number, bits: number, weights?: Float32Array, 
    /** A loaded model keeps int8 codes (a quarter of the memory, fewer cache misses). */
    quantized?: QuantizedWeights | null);
    /** Weight i as a float, whichever form the table is in. */
    weightAt(i: number): number;
    get size(): number;
    get mask(): number;
    /** Adds each feature row into `out` (length ≥ classes). */
    score(ids: Int32Array, n: number, out: Float32Array): void;
    /** Moves weight from `bad` to `good` for these features. */
    update(ids: Int32Array, n: number, good: number, bad: number): void;
    /** One training example seen (the clock for averaging). */
    tick(): void;
    /** Replaces the weights by their average over all ticks; training ends here. */
    average(): void;
}
/** Index of the best of the first `k` scores among those `allowed` (all when omitted). */
export declare function argmax(scores: Float32Array, k: number, allowed?: (c: number) => boolean): number;
/** Loaded sparse tables a and b (same rows) with their slots interleaved: a caller that scores the same
 * ids in both (the tagger's XPOS then UPOS) finds b's row in the cache line it just read for a. */
export declare function interleaveSlots(a: Perceptron, b: Perceptron): [Perceptron, Perceptron];
