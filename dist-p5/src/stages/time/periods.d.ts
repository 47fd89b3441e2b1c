import type { Rule } from './rule.js';
/** Seasons (2013-SU), quarters (2013-Q3), halves (2013-H1). */
export declare const periodRules: Rule[];
