import { type EvalSuite } from './suite.js';
/**
 * The `number-conflict` finding on real news (GUM news, TBAQ, TE-3 platinum, samples/): how often it fires
 * (every finding is listed for a reader to judge), and, as a recall check, how often it catches a conflict
 * planted by repeating an article's own toll sentence with another figure.
 */
export declare const suite: EvalSuite;
