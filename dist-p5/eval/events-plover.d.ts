import { type EvalSuite } from './suite.js';
/** PLOVER gold standard records (CAMEO manual examples): type and mode accuracy, actor country-set F1. */
export declare const suite: EvalSuite;
