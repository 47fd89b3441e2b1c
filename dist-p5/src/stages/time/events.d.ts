import type { Rule } from './rule.js';
/**
 * Event-anchored references: "the start of the uprising", "the end of the war". Typed DATE with an
 * unresolved value: the date depends on the event, which this stage does not know.
 */
export declare const eventRules: Rule[];
