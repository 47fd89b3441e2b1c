import type { EvalSuite } from './suite.js';
type Entry = {
    describe: string;
    load: () => Promise<EvalSuite>;
};
/** Suites load lazily so `dateline eval X` only pays for X. One entry per suite, one line each. */
export declare const SUITES: Record<string, Entry>;
export {};
