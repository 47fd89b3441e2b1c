import { loadGum } from '../src/syntax/treebanks.js';
import { evalParser } from './parse-run.js';
/** GUM news (Wikinews) documents: our domain, scored on gold tokens. */
export const suite = {
    name: 'ud-gum-news',
    describe: 'GUM news genre: UPOS, XPOS, lemma, UAS, LAS on gold tokens; tokens/s',
    async run(opts) {
        const split = (opts.split ?? 'test');
        let gold = loadGum(split, ['news']);
        if (gold && opts.limit)
            gold = gold.slice(0, opts.limit);
        return evalParser('ud-gum-news', gold, [`data: ../shared/data/gum/dep, split ${split}, genre news`]);
    },
};
