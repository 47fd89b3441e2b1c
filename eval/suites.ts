import type { EvalSuite } from './suite.js';

/** Suites load lazily so `dateline eval X` only pays for X. One line per suite. */
export const SUITES: Record<string, { describe: string; load: () => Promise<EvalSuite> }> = {
  'time-te3': {
    describe: 'TIMEX3 on TempEval-3 platinum (TE-3 measures)',
    load: () => import('./time-te3.js').then((m) => m.suite),
  },
};
