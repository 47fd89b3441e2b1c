/**
 * Trains the tagger + lemmatizer + parser from ../shared/data (EWT train + GUM train, open-licence genres)
 * and writes models/syntax-en.bin.gz. `npm run train:parser -- [--seed N] [--tag-epochs N]
 * [--parse-epochs N] [--folds N] [--tag-passes 1|2] [--label-bits N] [--parse-bits N] [--out PATH] [--limit N]`
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { annotateConllu } from '../src/syntax/annotate-conllu.js';
import { scoreSentences } from '../src/syntax/scores.js';
import { DEFAULT_MODEL, SyntaxModel } from '../src/syntax/syntax-model.js';
import { trainSyntaxModel } from '../src/syntax/train.js';
import { GUM_OPEN_GENRES, loadEwt, loadGum } from '../src/syntax/treebanks.js';
import { currentCommit } from './treebank-sets.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    'tag-epochs': { type: 'string', default: '6' },
    'parse-epochs': { type: 'string', default: '15' },
    folds: { type: 'string', default: '4' },
    'tag-passes': { type: 'string', default: '1' },
    'parse-bits': { type: 'string', default: '21' },
    'label-bits': { type: 'string', default: '18' },
    out: { type: 'string', default: DEFAULT_MODEL },
    limit: { type: 'string' },
  },
});

const ewt = loadEwt('train');
const gum = loadGum('train', GUM_OPEN_GENRES);
if (!ewt || !gum) {
  console.error('needs ../shared/data/ud and ../shared/data/gum');
  process.exit(2);
}
let train = [...ewt, ...gum];
if (values.limit) train = train.slice(0, Number(values.limit));
const commit = currentCommit();
const opts = {
  seed: Number(values.seed),
  tagEpochs: Number(values['tag-epochs']),
  parseEpochs: Number(values['parse-epochs']),
  folds: Number(values.folds),
  tagPasses: Number(values['tag-passes']),
  parseBits: Number(values['parse-bits']),
  labelBits: Number(values['label-bits']),
};
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
log(`training on ${train.length} sentences (EWT train ${ewt.length}, GUM train ${gum.length} open-genre)`);
const model = trainSyntaxModel(train, {
  ...opts,
  log,
  info: {
    data: `UD_English-EWT train + GUM train (${GUM_OPEN_GENRES.join(', ')})`,
    sentences: train.length,
    options: opts,
    commit,
    trained: new Date().toISOString().slice(0, 10),
  },
});
// Drop small weights while EWT dev stays within 0.1 of the unpruned model: smaller file, same scores.
const ewtDev = loadEwt('dev') ?? [];
let bytes = model.save();
const full = scoreSentences(ewtDev, annotateConllu(SyntaxModel.fromBuffer(bytes), ewtDev));
for (const prune of [0.25, 0.5, 1, 2, 4]) {
  const smaller = model.save(prune);
  const s = scoreSentences(ewtDev, annotateConllu(SyntaxModel.fromBuffer(smaller), ewtDev));
  log(`prune ${prune}: ${(smaller.length / 1e6).toFixed(2)} MB, EWT dev UPOS ${s.upos} LAS ${s.las}`);
  if (s.upos < full.upos - 0.1 || s.las < full.las - 0.1) break;
  bytes = smaller;
}
writeFileSync(values.out, bytes);
log(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(2)} MB)`);

// Score the saved (quantised) model, as users will load it.
const saved = SyntaxModel.fromBuffer(bytes);
for (const [name, gold] of [
  ['EWT dev', ewtDev],
  ['GUM dev (open genres)', loadGum('dev', GUM_OPEN_GENRES)],
] as const) {
  if (!gold) continue;
  const s = scoreSentences(gold, annotateConllu(saved, gold));
  log(`${name}: UPOS ${s.upos} XPOS ${s.xpos} lemma ${s.lemma} UAS ${s.uas} LAS ${s.las} (${s.words} words)`);
}
