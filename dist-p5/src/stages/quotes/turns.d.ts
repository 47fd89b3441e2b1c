import type { Doc } from '../../model/doc.js';
import type { Quote } from '../../model/schema.js';
/**
 * Interview transcripts: a paragraph "PENCE: Well, look, …" is the capitalised speaker's turn (a transcript
 * quoted whole may open each turn with a quotation mark; that quotation is the turn, not a direct quote).
 */
export declare function transcriptTurns(doc: Doc, drafts: Quote[]): Quote[];
/**
 * A headline "Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance" (the article's first line) is the
 * named source's statement; the name is short, capitalised and has no sentence of its own.
 */
export declare function headlineQuotes(doc: Doc, drafts: Quote[]): Quote[];
