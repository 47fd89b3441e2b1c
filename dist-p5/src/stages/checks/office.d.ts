import type { Doc } from '../../model/doc.js';
import type { Finding, Span } from '../../model/schema.js';
import type { OfficeHolder } from '../../text/lexicon.js';
interface Described {
    holder: OfficeHolder;
    name: Span;
    title: Span;
}
/** Where the text names an office holder and also gives the office as theirs now (no "former"). */
export declare function describedHolders(doc: Doc, holders: OfficeHolder[]): Described[];
/** Findings for office holders described as current outside their term; suggests the span that fits them all. */
export declare function staleDateline(doc: Doc, holders: OfficeHolder[], published: string, yearsMentioned: number[]): Finding[];
export {};
