import type { Anaphor } from './anaphora.js';
import type { Day } from './calendar.js';
import type { Tense } from './context.js';
import type { TimexHit } from './types.js';
/** What a rule sees besides its match: the anchor and the tense around the match. */
export interface RuleContext {
    anchor: Day | null;
    tense(start: number, end: number): Tense;
    /** Up to n characters of text just before offset `at`. */
    textBefore(at: number, n: number): string;
    /** Up to n characters of text just after offset `at`. */
    textAfter(at: number, n: number): string;
    /** The sentence around offset `at`. */
    sentenceAt(at: number): string;
    /** The fiscal quarter (1-4) an earnings report is about: the last "third quarter" before `at`, else the first. */
    focusQuarter(at: number): number | null;
}
/** What a rule makes of a match; the extent defaults to the whole match. An anaphor's value comes later. */
export type RuleOutput = Omit<TimexHit, 'start' | 'end'> & {
    start?: number;
    end?: number;
    anaphor?: Anaphor;
};
/** One expression family member: a global, case-insensitive pattern and its normalisation. */
export interface Rule {
    name: string;
    /** Lower-case words one of which the text must contain for the rule to run at all (a cheap skip). */
    needs?: readonly string[];
    re: RegExp;
    /**
     * Optional words before the match ("early", "more than the past"), as an end-anchored pattern; its groups
     * come first in the match the rule sees. Split out of `re` because a leading optional group makes the
     * regex engine try it at every word of the text.
     */
    pre?: RegExp;
    make(m: RegExpExecArray, ctx: RuleContext): RuleOutput | null;
}
