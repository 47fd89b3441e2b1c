import type { Doc } from '../model/doc.js';
import { type DocMeta, type IngestOptions } from './options.js';
/** A crude test for input that is HTML rather than text. */
export declare const looksLikeHtml: (text: string) => boolean;
/**
 * One Doc from an HTML page: the article body by Readability (paragraphs kept as "\n\n"), its title,
 * and the publication date from meta tags, JSON-LD or `<time>`, before falling back to the text.
 */
export declare function docFromHtml(html: string, meta?: DocMeta, opts?: IngestOptions): Doc;
/** Deeper element nesting than this is flattened before Readability (real pages stay well under it). */
export declare const MAX_HTML_DEPTH = 48;
