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
}

/** What a rule makes of a match; the extent defaults to the whole match. */
export type RuleOutput = Omit<TimexHit, 'start' | 'end'> & { start?: number; end?: number };

/** One expression family member: a global, case-insensitive pattern and its normalisation. */
export interface Rule {
  name: string;
  re: RegExp;
  make(m: RegExpExecArray, ctx: RuleContext): RuleOutput | null;
}
