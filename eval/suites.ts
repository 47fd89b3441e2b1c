import type { EvalSuite } from './suite.js';

/** Suites load lazily so `dateline eval X` only pays for X. One line per suite. */
export const SUITES: Record<string, { describe: string; load: () => Promise<EvalSuite> }> = {
  'ud-ewt': {
    describe: 'tagger + parser on UD English EWT',
    load: () => import('./parse-ewt.js').then((m) => m.suite),
  },
  'ud-gum-news': {
    describe: 'tagger + parser on GUM news',
    load: () => import('./parse-gum-news.js').then((m) => m.suite),
  },
};
