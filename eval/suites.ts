import type { EvalSuite } from './suite.js';

/** Suites load lazily so `dateline eval X` only pays for X. One line per suite. */
export const SUITES: Record<string, { describe: string; load: () => Promise<EvalSuite> }> = {
  'events-petr2': {
    describe: 'PETR-2 GSR event triples (held out)',
    load: () => import('./events-petr2.js').then((m) => m.suite),
  },
  'events-plover': {
    describe: 'PLOVER GSR event types and modes',
    load: () => import('./events-plover.js').then((m) => m.suite),
  },
  'events-conflibert': {
    describe: 'ConfliBERT CAMEO 5-class accuracy',
    load: () => import('./events-conflibert.js').then((m) => m.suite),
  },
};
