import type { Doc } from '../../model/doc.js';
import type { Quote } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
/** Quotes: direct (any quotation style, split, across paragraphs), mixed and indirect, with cue and speaker. */
export declare const quotes: Stage;
/** All quotes of a segmented doc, sorted by where their content starts. */
export declare function findQuotes(doc: Doc): Quote[];
