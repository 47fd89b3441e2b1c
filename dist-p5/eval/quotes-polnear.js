import { sharedData } from '../src/paths.js';
import { loadGold, needGold, predict, quoteMetrics } from './quotes-predict.js';
/** PolNeAR attribution (report split test; `--split dev` or `train` for tuning). */
export const suite = {
    name: 'quotes-polnear',
    describe: 'PolNeAR quotes: attributed-quote F1 (reference scorer), split test by default',
    async run(opts) {
        const split = opts.split ?? 'test';
        const file = `polnear_${split}.jsonl`;
        const gold = loadGold(needGold(sharedData('quotes', 'polnear', file), `polnear/${file}`), opts.limit);
        const result = quoteMetrics(`quotes-polnear:${split}`, gold, await predict(gold));
        result.notes?.push(`gold: ../shared/data/quotes/polnear/${file}`);
        return result;
    },
};
