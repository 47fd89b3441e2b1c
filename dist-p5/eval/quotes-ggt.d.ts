import type { EvalSuite } from './suite.js';
/** Gender Gap Tracker eval98 (a test set only: never tune on it). */
export declare const suite: EvalSuite;
