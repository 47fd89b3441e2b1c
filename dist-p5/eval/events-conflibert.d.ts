import { type EvalSuite } from './suite.js';
/** ConfliBERT's 5-way class from a CAMEO root: 0 01–02, 1 03–05, 2 06–08, 3 09–13 and 16, 4 14–15 and 17–20. */
export declare function pentaClass(root: string): number;
/** ConfliBERT CAMEO sentences: penta-class accuracy of the first scored event (test split by default). */
export declare const suite: EvalSuite;
