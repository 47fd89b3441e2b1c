import type { Rule } from './rule.js';
/** Durations: "three days" (P3D), "the past two years" (P2Y), "a few weeks" (PXW), "two-year" (P2Y). */
export declare const durationRules: Rule[];
