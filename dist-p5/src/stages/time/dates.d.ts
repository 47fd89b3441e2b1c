import type { Rule } from './rule.js';
/** early/late/mid and "the end of" → TIMEX3 mod. */
export declare function modOf(raw: string | undefined): string | undefined;
/** Explicit calendar dates: "March 22, 2013", "22 March", "Friday, Jan. 5", "2013-03-22", "3/22/2013". */
export declare const dateRules: Rule[];
