import type { Day } from './calendar.js';
import type { Rule } from './rule.js';
import type { TimexHit } from './types.js';
/** Every rule family, in no particular order: the longest match wins an overlap. */
export declare const RULES: readonly Rule[];
/**
 * TIMEX3 expressions in `text`, normalised against `anchor` (null: values that need one stay unresolved).
 * `whole` runs the rules over the whole text instead of the candidate windows (same result, slower).
 */
export declare function tagTimexes(text: string, anchor: Day | null, sentences?: readonly {
    start: number;
    end: number;
}[], whole?: boolean): TimexHit[];
