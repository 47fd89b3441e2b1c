/**
 * Tagger-only trial on EWT dev (tuning aid, not a model build): trains the XPOS/UPOS tagger on the same data as
 * `train-parser.ts` and prints dev UPOS/XPOS of the averaged float model and of its saved int8 form.
 * `npx tsx train/tagger-trial.ts [--epochs 6] [--passes 1|2] [--seed 1] [--limit N]`
 */
import { parseArgs } from 'node:util';
import { scoreSentences } from '../src/syntax/scores.js';
import { trainTagger } from '../src/syntax/train.js';
import { trainingTreebanks } from './treebank-sets.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '6' },
    passes: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    limit: { type: 'string' },
  },
});
const sets = trainingTreebanks();
const dev = sets.dev;
let train = sets.train;
if (values.limit) train = train.slice(0, Number(values.limit));
const started = Date.now();
const tagger = trainTagger(train, {
  seed: Number(values.seed),
  tagEpochs: Number(values.epochs),
  tagPasses: Number(values.passes),
});
const trainedS = (Date.now() - started) / 1000;
const pred = dev.map((s) => {
  const t = tagger.tag(s.words.map((w) => w.form));
  return {
    ...s,
    words: s.words.map((w, i) => ({
      ...w,
      upos: tagger.uposTags[t.upos[i]],
      xpos: tagger.xposTags[t.xpos[i]],
    })),
  };
});
const sc = scoreSentences(dev, pred);
console.log(
  `passes ${values.passes} epochs ${values.epochs}: EWT dev UPOS ${sc.upos} XPOS ${sc.xpos} (${sc.words} words), trained in ${trainedS.toFixed(0)} s`,
);
