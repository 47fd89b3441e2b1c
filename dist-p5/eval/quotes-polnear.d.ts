import type { EvalSuite } from './suite.js';
/** PolNeAR attribution (report split test; `--split dev` or `train` for tuning). */
export declare const suite: EvalSuite;
