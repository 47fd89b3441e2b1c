import type { EvalSuite } from './suite.js';

/** Suites load lazily so `dateline eval X` only pays for X. One line per suite. */
export const SUITES: Record<string, { describe: string; load: () => Promise<EvalSuite> }> = {
  ingest: {
    describe: 'publication dates on Reuters datelines; English texts wrongly rejected',
    load: () => import('./ingest.js').then((m) => m.suite),
  },
};
