import type { Rule } from './rule.js';
/** Sets: "daily" (P1D), "every week" (P1W), "twice a year" (P1Y), "on Mondays" (XXXX-WXX-1). */
export declare const setRules: Rule[];
