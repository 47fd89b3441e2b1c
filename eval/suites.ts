import type { EvalSuite } from './suite.js';

/** Suites load lazily so `dateline eval X` only pays for X. One line per suite. */
export const SUITES: Record<string, { describe: string; load: () => Promise<EvalSuite> }> = {
  'ner-conll': {
    describe: 'NER on CoNLL-2003 (test; --split dev|wikigold)',
    load: () => import('./ner-conll.js').then((m) => m.suite),
  },
  'coref-gum': {
    describe: 'Coreference on GUM news (test; --split dev|all)',
    load: () => import('./coref-gum.js').then((m) => m.suite),
  },
};
