import { type ConlluSentence } from './conllu.js';
/** GUM genres whose texts are CC BY / BY-SA (LICENSE-texts.txt): the only ones a shipped model may learn from. */
export declare const GUM_OPEN_GENRES: readonly ["academic", "bio", "court", "interview", "news", "voyage"];
export type Split = 'train' | 'dev' | 'test';
/** UD English EWT sentences of one split, or null when ../shared/data/ud is absent. */
export declare function loadEwt(split: Split): ConlluSentence[] | null;
/** GUM document names per split, read from splits.md. */
export declare function gumSplits(): Record<string, string[]> | null;
/** GUM sentences of one split restricted to the given genres, or null when the data is absent. */
export declare function loadGum(split: Split, genres: readonly string[]): ConlluSentence[] | null;
