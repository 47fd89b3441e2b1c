/** 32-bit finaliser (murmur3 fmix): spreads bits so `& mask` gives a good bucket. */
export declare function mix(h: number): number;
/** Hash of a feature: template id plus up to three integer atoms. */
export declare function feat(t: number, a: number, b?: number, c?: number): number;
/** FNV-1a hash of a string (atoms such as word forms and suffixes). */
export declare function hashString(s: string): number;
/** FNV-1a hash of `s.slice(from, to)` without building the slice. */
export declare function hashRange(s: string, from: number, to: number): number;
/** A growable list of feature buckets, reused across calls to avoid allocation. */
export declare class FeatureBuffer {
    readonly mask: number;
    readonly ids: Int32Array;
    n: number;
    constructor(mask: number, capacity?: number);
    /** Template counter for `next`. */
    template: number;
    /** Adds a feature of the next template id over up to three atoms. */
    next(a: number, b?: number, c?: number): void;
    /** Adds a hashed feature (masked to a bucket). */
    add(h: number): void;
}
