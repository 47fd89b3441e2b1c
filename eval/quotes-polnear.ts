import { sharedData } from '../src/paths.js';
import { conventionFor, loadGold, needGold, predict, quoteMetrics } from './quotes-predict.js';
import type { EvalSuite } from './suite.js';

/** PolNeAR attribution (report split test; `--split dev` or `train` for tuning). */
export const suite: EvalSuite = {
  name: 'quotes-polnear',
  describe: 'PolNeAR quotes: attributed-quote F1 (reference scorer), split test by default',
  async run(opts) {
    const split = opts.split ?? 'test';
    const file = `polnear_${split}.jsonl`;
    const gold = loadGold(needGold(sharedData('quotes', 'polnear', file), `polnear/${file}`), opts.limit);
    const convention = conventionFor('attribution');
    const result = quoteMetrics(`quotes-polnear:${split}`, gold, await predict(gold, convention));
    result.notes?.push(`gold: ../shared/data/quotes/polnear/${file}`, `quotes convention: ${convention}`);
    return result;
  },
};
