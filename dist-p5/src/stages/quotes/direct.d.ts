import type { Quote } from '../../model/schema.js';
import type { Frame } from './frames.js';
import type { QuoteSpan } from './marks.js';
import { type Toks } from './phrases.js';
/** Rules that tie a quotation to the cue frame beside it. */
export declare const TERMINATOR: RegExp;
/**
 * Does token k end a sentence? A period inside an abbreviation does not: "(D-Wis.) said", "R-Ky., said"
 * (the tokenizer splits it off, and the sentence splitter may too).
 */
export declare function stops(t: Toks, k: number): boolean;
/**
 * The frame after a quotation, unless the quotation closed its sentence and a new one starts ("…end.” She
 * says …"), or it sits inside a clause and is not followed by a comma ("the ad “wrongly” suggests …").
 */
export declare function frameAfterQuote(t: Toks, q: QuoteSpan, i: number, frameAt: Map<number, Frame>, quoted: (i: number) => boolean): Frame | undefined;
/**
 * `“Go back to Univision,” Trump barked.` / `…,” shot back Trump.`: after a quotation ending in a comma (or
 * `?`, `!`), a name or pronoun and any verb ending the sentence attribute it, though the verb is no speech cue.
 */
export declare function verbCredit(t: Toks, q: QuoteSpan, i: number, quoted: (i: number) => boolean): Frame | undefined;
/** `“…” ― Pamela Padilla` at a paragraph's end: a dash and a name credit the quotation (vox pops, epigraphs). */
export declare function dashCredit(t: Toks, i: number, quoted: (i: number) => boolean): Frame | undefined;
/** `Lavrov said: "…"` / `He added, "…"`: a frame ending just before the quote (a comma or colon between). */
export declare function frameBefore(t: Toks, i: number, frameAt: Map<number, Frame>, quoted: (i: number) => boolean): Frame | undefined;
/** A quotation that starts inside a clause ("looked “unseemly”", "that “The absence…"). */
export declare function embedded(text: string, q: QuoteSpan): boolean;
/** Does q continue the last direct quote (same paragraph after its attribution, or the next paragraph)? */
export declare function joinable(text: string, last: Quote, q: QuoteSpan, n: number, spans: QuoteSpan[]): boolean;
/** A short quotation in title case is a name of a show, book or headline, not speech. */
export declare function looksLikeTitle(text: string, q: QuoteSpan): boolean;
/** Word count of a quotation. */
export declare function words(text: string, q: QuoteSpan): number;
