/** 32-bit finaliser (murmur3 fmix): spreads bits so `& mask` gives a good bucket. */
export function mix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h;
}
/** Hash of a feature: template id plus up to three integer atoms. */
export function feat(t, a, b = 0, c = 0) {
    let h = mix(Math.imul(t + 1, 0x9e3779b1) ^ a);
    h = mix(h + Math.imul(b, 0x85ebca6b));
    return mix(h ^ Math.imul(c, 0xcc9e2d51));
}
/** FNV-1a hash of a string (atoms such as word forms and suffixes). */
export function hashString(s) {
    return hashRange(s, 0, s.length);
}
/** FNV-1a hash of `s.slice(from, to)` without building the slice. */
export function hashRange(s, from, to) {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h | 0;
}
/** A growable list of feature buckets, reused across calls to avoid allocation. */
export class FeatureBuffer {
    mask;
    ids;
    n = 0;
    constructor(mask, capacity = 512) {
        this.mask = mask;
        this.ids = new Int32Array(capacity);
    }
    /** Template counter for `next`. */
    template = 0;
    /** Adds a feature of the next template id over up to three atoms. */
    next(a, b = 0, c = 0) {
        this.ids[this.n++] = feat(this.template++, a, b, c) & this.mask;
    }
    /** Adds a hashed feature (masked to a bucket). */
    add(h) {
        this.ids[this.n++] = h & this.mask;
    }
}
