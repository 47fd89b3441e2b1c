import type { Rule } from './rule.js';
/** Vague references: now / so far (PRESENT_REF), recently / the past (PAST_REF), the future (FUTURE_REF). */
export declare const refRules: Rule[];
