import type { EvalSuite } from './suite.js';
/** UD English EWT: tagger and parser on gold tokens (reports on test; tune with --split dev). */
export declare const suite: EvalSuite;
