import type { Token } from '../../model/schema.js';
/** Token helpers for finding speaker noun phrases without a parse. */
export interface Toks {
    text: string;
    toks: Token[];
}
export declare const word: (t: Toks, i: number) => string;
/** The nearest name or pronoun to token k in [lo, hi) outside quotations (a fallback speaker). */
export declare function nearestName(t: Toks, k: number, lo: number, hi: number, quoted: (i: number) => boolean): [number, number] | null;
/** The noun phrase ending at token `last` (no earlier than `lo`), as [first, last], or null. */
export declare function npEndingAt(t: Toks, last: number, lo: number): [number, number] | null;
/** The noun phrase starting at token `first` (before `hi`), as [first, last], or null. */
export declare function npStartingAt(t: Toks, first: number, hi: number): [number, number] | null;
/**
 * The subject left of a cue verb at `k`: skips adverbs and auxiliaries ("He also warned", "has said"),
 * then an appositive or relative clause between commas ("Devine, Sanders' adviser, said").
 */
export declare function subjectBefore(t: Toks, k: number, lo: number): [number, number] | null;
/** The token span [first, last] of the subtree under token `root`, within [lo, hi) (tokens carry UD heads). */
export declare function subtree(t: Toks, root: number, lo: number, hi: number): [number, number];
/** With a dependency parse: the subtree of the cue's child with relation `rel` (e.g. nsubj, ccomp), or null. */
export declare function parseChild(t: Toks, k: number, lo: number, hi: number, rel: RegExp): [number, number] | null;
/**
 * With a parse: the cue's subject outside quotation marks, nearest the cue, as [first, last] and whether it
 * follows the cue. A quotation the parser took for the subject ("“My hope,” he said") is skipped.
 */
export declare function parseSubject(t: Toks, k: number, lo: number, hi: number, quoted: (i: number) => boolean): {
    span: [number, number];
    after: boolean;
} | null;
/**
 * With a parse: what an object cue takes, from its object to its complement ("called Clinton a “champion”",
 * "blasted the media for being “dishonest”"), leaving out time and place phrases and coordinated verbs.
 */
export declare function parseObject(t: Toks, k: number, lo: number, hi: number): [number, number] | null;
