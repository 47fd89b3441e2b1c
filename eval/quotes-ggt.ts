import { sharedData } from '../src/paths.js';
import { conventionFor, loadGold, needGold, predict, quoteMetrics } from './quotes-predict.js';
import type { EvalSuite } from './suite.js';

/**
 * Gender Gap Tracker eval98 (a test set only: never tune on it). Scored under the quote-tracker convention
 * (every GGT quote has a named speaker); DATELINE_QUOTES_CONVENTION=attribution scores the default instead.
 */
export const suite: EvalSuite = {
  name: 'quotes-ggt',
  describe: 'Gender Gap Tracker eval98 quotes: attributed-quote F1 (reference scorer)',
  async run(opts) {
    const gold = loadGold(
      needGold(sharedData('quotes', 'ggt', 'ggt_eval98.jsonl'), 'ggt/ggt_eval98.jsonl'),
      opts.limit,
    );
    const convention = conventionFor('speaker');
    const result = quoteMetrics('quotes-ggt', gold, await predict(gold, convention));
    result.notes?.push(
      'gold: ../shared/data/quotes/ggt/ggt_eval98.jsonl',
      `quotes convention: ${convention}`,
    );
    return result;
  },
};
