import { type Doc } from '../model/doc.js';
import type { Published, Span } from '../model/schema.js';
import { type DocMeta, type IngestOptions } from './options.js';
/** What a reader found besides the text (HTML markup gives a title and maybe a date). */
export interface Found {
    title?: string | Span | null;
    published?: Published | null;
    url?: string;
    lang?: string;
}
/** The name errors give a document: its given id, else its source. */
export declare const docNameOf: (meta: DocMeta) => string;
/**
 * Checks and normalises text, finds its date, and builds the Doc; throws DatelineError for bad input.
 * `find` reads the normalised text (so spans point into it) for a title and markup facts.
 */
export declare function makeDoc(raw: string, meta: DocMeta, opts: IngestOptions, find?: (text: string) => Found): Doc;
