import type { Doc } from '../../model/doc.js';
import type { Finding } from '../../model/schema.js';
/**
 * Two figures for the same thing that the text's own hedges cannot reconcile: "killed 12 people" … "the
 * attack, which killed 15". Figures for other places, dates, groups or a rising toll are left alone.
 */
export declare function numberConflicts(doc: Doc): Finding[];
