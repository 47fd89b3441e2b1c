import type { EvalSuite } from './suite.js';

type Entry = { describe: string; load: () => Promise<EvalSuite> };

/** Suites load lazily so `dateline eval X` only pays for X. One entry per suite, one line each. */
// biome-ignore format: one line per suite keeps merges clean
export const SUITES: Record<string, Entry> = {
  'time-te3': { describe: 'TIMEX3 on TempEval-3 platinum (TE-3 measures)', load: () => import('./time-te3.js').then((m) => m.suite) },
  'time-findings': { describe: 'checks-stage false alarms on correctly dated articles', load: () => import('./time-findings.js').then((m) => m.suite) },
  'number-findings': { describe: 'number-conflict findings on real news: firing rate, planted conflicts caught', load: () => import('./time-number-findings.js').then((m) => m.suite) },
  'quotes-polnear': { describe: 'PolNeAR attributed quotes (reference scorer)', load: () => import('./quotes-polnear.js').then((m) => m.suite) },
  'quotes-ggt': { describe: 'GGT eval98 attributed quotes (reference scorer)', load: () => import('./quotes-ggt.js').then((m) => m.suite) },
  ingest: { describe: 'publication dates on Reuters datelines; English texts wrongly rejected', load: () => import('./ingest.js').then((m) => m.suite) },
  'ner-conll': { describe: 'NER on CoNLL-2003 (test; --split dev|train|wikigold|wikigold-heldout)', load: () => import('./ner-conll.js').then((m) => m.suite) },
  'coref-gum': { describe: 'Coreference on GUM news (test; --split dev|train|all, or bio:dev, others:train …)', load: () => import('./coref-gum.js').then((m) => m.suite) },
  'ud-ewt': { describe: 'tagger + parser on UD English EWT', load: () => import('./parse-ewt.js').then((m) => m.suite) },
  'ud-ewt-nn': { describe: 'neural parser trial on UD English EWT', load: () => import('./parse-nn.js').then((m) => m.suite) },
  'segment-sentences': { describe: 'segment: sentence boundaries on CoNLL-2003 documents (test; --split dev|train|wikigold)', load: () => import('./segment-sentences.js').then((m) => m.suite) },
  'ud-gum-news': { describe: 'tagger + parser on GUM news', load: () => import('./parse-gum-news.js').then((m) => m.suite) },
  'events-petr2': { describe: 'PETR-2 GSR event triples (held out)', load: () => import('./events-petr2.js').then((m) => m.suite) },
  'events-plover': { describe: 'PLOVER GSR event types and modes', load: () => import('./events-plover.js').then((m) => m.suite) },
  'events-conflibert': { describe: 'ConfliBERT CAMEO 5-class accuracy', load: () => import('./events-conflibert.js').then((m) => m.suite) },
  'events-actors': { describe: 'PETRARCH-2 actor-phrase tests: Phoenix actor codes', load: () => import('./events-actors.js').then((m) => m.suite) },
  'events-petrarch-mechanics': { describe: 'PETRARCH-2 unit tests: argument-structure regression', load: () => import('./events-petrarch-mechanics.js').then((m) => m.suite) },
};
