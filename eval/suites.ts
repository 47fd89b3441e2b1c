import type { EvalSuite } from './suite.js';

/** Suites load lazily so `dateline eval X` only pays for X. One line per suite. */
export const SUITES: Record<string, { describe: string; load: () => Promise<EvalSuite> }> = {
  'time-te3': {
    describe: 'TIMEX3 on TempEval-3 platinum (TE-3 measures)',
    load: () => import('./time-te3.js').then((m) => m.suite),
  },
  'quotes-polnear': {
    describe: 'PolNeAR attributed quotes (reference scorer)',
    load: () => import('./quotes-polnear.js').then((m) => m.suite),
  },
  'quotes-ggt': {
    describe: 'GGT eval98 attributed quotes (reference scorer)',
    load: () => import('./quotes-ggt.js').then((m) => m.suite),
  },
};
