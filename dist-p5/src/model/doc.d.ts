import { type DocJson, type Meta, type Span } from './schema.js';
/** A Doc is its JSON form: the text never changes; stages append records to its layers. */
export type Doc = DocJson & {
    readonly text: string;
};
/** Stable id: a hash of the whitespace-normalised text and the url. */
export declare function docIdFor(text: string, url?: string): string;
/** A new Doc with empty layers. */
export declare function createDoc(text: string, meta?: Partial<Meta>, id?: string): Doc;
/** The text a span points at, computed on demand. */
export declare const textOf: (doc: {
    text: string;
}, s: Span) => string;
/** Throws unless the span lies inside the text and is not reversed. */
export declare function checkSpan(doc: Doc, s: Span): void;
/** Index of the sentence holding offset `at`, or -1. Sentences are sorted and disjoint. */
export declare function sentenceAt(doc: Doc, at: number): number;
/** Indices [first, last) of the tokens inside a span (tokens sorted by start). */
export declare function tokensIn(doc: Doc, s: Span): [number, number];
