import type { EvalSuite } from './suite.js';
/**
 * PETRARCH-2's own actor tests (transcribed expected values): Phoenix-style actor codes for noun phrases and
 * pronouns, with dates, and three full-sentence triples. Development data (not held out).
 */
export declare const suite: EvalSuite;
