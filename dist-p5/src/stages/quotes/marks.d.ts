/** Quoted passages found from quotation marks, paragraph by paragraph. */
export interface QuoteSpan {
    /** At the opening mark. */
    start: number;
    /** After the closing mark (or at the paragraph end when the quote is left open). */
    end: number;
    /** The closing mark was missing in this paragraph (a quote carried on into the next, or a typo). */
    open: boolean;
    /** Index of the span this one continues (a quote run across paragraphs: open, then re-opened). */
    continues?: number;
}
/** Quoted spans in `text`, in order. An unclosed quote ends at its paragraph's end. */
export declare function findQuoteSpans(text: string): QuoteSpan[];
