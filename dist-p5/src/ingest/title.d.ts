import type { Span } from '../model/schema.js';
/**
 * The headline of a plain text: the first line near the top that is not a date line or byline, is short,
 * does not end like a sentence, and has text after it. Markdown '#' marks are left outside the span.
 */
export declare function titleSpan(text: string): Span | null;
