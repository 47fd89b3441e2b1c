import type { Message, Published } from '../model/schema.js';
import { type DateParts } from './date-text.js';
/** What is known about a document's date before its text is read. */
export interface PublishedHints {
    /** Given by the caller: wins when valid, throws DL_INGEST_BAD_DATE when not. */
    given?: string;
    /** Found in HTML markup (meta tags, JSON-LD, `<time>`). */
    markup?: Published | null;
    url?: string;
    /** Names the document in errors. */
    docId?: string;
}
/**
 * The publication date with where it came from, in this order: given → markup → a header date line →
 * a wire dateline → a date in the URL → none. Datelines without a year take it from the URL date when
 * there is one; otherwise the date is left out and an info message says why.
 */
export declare function detectPublished(text: string, hints?: PublishedHints, messages?: Message[]): Published;
/** A date standing alone on one of the first lines ("Wednesday, January 1, 2020", "Updated: 2014-01-22"). */
export declare function headerDate(text: string): Published | null;
/** The first wire dateline at the start of a line near the top, with the span of its date. */
export declare function wireDateline(text: string): {
    parts: DateParts;
    span: {
        start: number;
        end: number;
    };
} | null;
/** True when the line holds nothing but a header date (with its prefix, time and zone). */
export declare const isHeaderDateLine: (line: string) => boolean;
