import { loadEwt } from '../src/syntax/treebanks.js';
import { evalParser } from './parse-run.js';
/** UD English EWT: tagger and parser on gold tokens (reports on test; tune with --split dev). */
export const suite = {
    name: 'ud-ewt',
    describe: 'UD English EWT: UPOS, XPOS, lemma, UAS, LAS on gold tokens; tokens/s',
    async run(opts) {
        const split = (opts.split ?? 'test');
        let gold = loadEwt(split);
        if (gold && opts.limit)
            gold = gold.slice(0, opts.limit);
        return evalParser('ud-ewt', gold, [`data: ../shared/data/ud/en_ewt-ud-${split}.conllu (UD v2.16)`]);
    },
};
