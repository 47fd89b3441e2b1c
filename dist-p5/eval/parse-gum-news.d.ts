import type { EvalSuite } from './suite.js';
/** GUM news (Wikinews) documents: our domain, scored on gold tokens. */
export declare const suite: EvalSuite;
