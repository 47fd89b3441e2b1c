import type { Rule } from './rule.js';
/** Relative dates: today/yesterday, last week, next year, two years ago, weekdays by tense. */
export declare const relativeRules: Rule[];
