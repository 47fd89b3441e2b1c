import { type Day } from './calendar.js';
import type { Tense } from './context.js';
/** The day a weekday refers to: `last`/`next` step strictly; otherwise tense picks the side (today included). */
export declare function resolveWeekday(anchor: Day, wd: number, tense: Tense, rel?: string): Day;
/**
 * The year of a bare month (or month and day): the nearest one to the anchor, unless that lies more than
 * about three months away on the side the tense rules out ("was named in March" on a November dateline).
 */
export declare function resolveMonthYear(anchor: Day, month: number, tense: Tense, day?: number): number;
/** The anchor shifted by n units, written at that unit's granularity (last week → 2013-W11). */
export declare function shiftValue(anchor: Day, n: number, unit: string): string | null;
/** An unresolved value of the same shape, for documents without a publication date. */
export declare function unresolved(unit: string): string;
