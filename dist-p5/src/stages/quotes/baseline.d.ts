import type { Doc } from '../../model/doc.js';
import type { Quote } from '../../model/schema.js';
/**
 * The issue-2 floor: every quoted passage is a direct quote; its cue is the nearest speech verb in its
 * sentence and its speaker the nearest proper name or pronoun beside that verb. Kept for comparison.
 */
export declare function baselineQuotes(doc: Doc): Quote[];
