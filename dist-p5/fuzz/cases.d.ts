/** A small seeded PRNG (mulberry32) so every failing case can be replayed from its seed. */
export declare function rng(seed: number): {
    next: () => number;
    int: (n: number) => number;
    pick: <T>(xs: readonly T[]) => T;
};
export type CaseKind = 'text' | 'mutated' | 'odd' | 'html' | 'jsonl' | 'bytes' | 'huge-line' | 'empty';
export interface FuzzCase {
    seed: number;
    kind: CaseKind;
    bytes: Uint8Array;
}
/** The case for a seed: the same seed always gives the same bytes. */
export declare function makeCase(seed: number): FuzzCase;
