import type { Rule } from './rule.js';
/** A date told relative to the last date the text gave ("that year", "the following month"). */
export interface Anaphor {
    unit: 'Y' | 'M' | 'D';
    shift: number;
}
/**
 * "that year", "later that year", "earlier that day", "the following year", "the previous month": the
 * value comes from the nearest date before it (`resolveAnaphors`), not from the publication date.
 */
export declare const anaphoraRules: Rule[];
/** The value of an anaphoric date given the values of the dates before it, nearest last; null if none fits. */
export declare function resolveAnaphor(a: Anaphor, before: readonly string[]): string | null;
