/** A small seeded PRNG (mulberry32) so training runs are repeatable. */
export declare function seededRandom(seed: number): () => number;
/** Shuffles in place with the given PRNG (Fisher–Yates). */
export declare function shuffle<T>(items: T[], random: () => number): T[];
