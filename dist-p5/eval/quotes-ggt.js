import { sharedData } from '../src/paths.js';
import { loadGold, needGold, predict, quoteMetrics } from './quotes-predict.js';
/** Gender Gap Tracker eval98 (a test set only: never tune on it). */
export const suite = {
    name: 'quotes-ggt',
    describe: 'Gender Gap Tracker eval98 quotes: attributed-quote F1 (reference scorer)',
    async run(opts) {
        const gold = loadGold(needGold(sharedData('quotes', 'ggt', 'ggt_eval98.jsonl'), 'ggt/ggt_eval98.jsonl'), opts.limit);
        const result = quoteMetrics('quotes-ggt', gold, await predict(gold));
        result.notes?.push('gold: ../shared/data/quotes/ggt/ggt_eval98.jsonl');
        return result;
    },
};
