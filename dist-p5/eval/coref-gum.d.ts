import type { EvalSuite } from './suite.js';
export declare const suite: EvalSuite;
