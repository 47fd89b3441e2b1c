import { type EvalSuite } from './suite.js';
/** PETR-2 gold standard records: (source, target, CAMEO) triples, held out (never tuned on). */
export declare const suite: EvalSuite;
