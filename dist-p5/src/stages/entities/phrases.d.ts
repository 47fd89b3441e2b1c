import { type Doc } from '../../model/doc.js';
/** Dependency children of every token (empty lists when the document has no parse). */
export declare function childrenOf(doc: Doc): number[][];
/** Whether the document carries a dependency parse. */
export declare const hasParse: (doc: Doc) => boolean;
/**
 * Token range [first, last) of the noun phrase headed by token h: its subtree without clause-level
 * dependents, appositions and conjuncts, trimmed of punctuation at the edges.
 */
export declare function phraseTokens(doc: Doc, kids: number[][], h: number): [number, number];
/** The syntactic head of tokens [first, last): the first whose head lies outside the range. */
export declare function headIn(doc: Doc, first: number, last: number): number;
/** The head token of each mention (-1 when it covers no token). */
export declare function mentionHeads(doc: Doc): number[];
