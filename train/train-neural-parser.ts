/**
 * Trains the neural parser scorer (session-7 trial, docs/parser.md) on EWT train + GUM train (open genres)
 * with jackknifed tags, scoring EWT dev (gold tokens, the committed tagger's tags) after each epoch.
 * `npx tsx train/train-neural-parser.ts [--seed N] [--epochs N] [--hidden N] [--dw N]
 * [--batch N] [--rate X] [--decay X] [--dropout X] [--workers N] [--explore-from N] [--explore X] [--limit N]
 * [--tags jackknife|gold] [--tags-cache FILE] [--out PATH]`
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scoreNeuralParser } from '../src/syntax/neural/dev-score.js';
import { type TaggedTree, trainNeuralParser } from '../src/syntax/neural/train-neural.js';
import { loadSyntaxModel } from '../src/syntax/syntax-model.js';
import { GUM_OPEN_GENRES } from '../src/syntax/treebanks.js';
import { jackknifeTags } from './neural-parser-tags.js';
import { currentCommit, trainingTreebanks } from './treebank-sets.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    epochs: { type: 'string', default: '5' },
    hidden: { type: 'string', default: '128' },
    dw: { type: 'string', default: '32' },
    batch: { type: 'string', default: '32' },
    rate: { type: 'string', default: '0.001' },
    dropout: { type: 'string', default: '0' },
    /** learning rate × decay after every epoch */
    decay: { type: 'string', default: '1' },
    /** training threads (data-parallel gradients) */
    workers: { type: 'string', default: '2' },
    /** first epoch on the dynamic oracle's paths (0: static oracle only) */
    'explore-from': { type: 'string', default: '0' },
    explore: { type: 'string', default: '0.1' },
    folds: { type: 'string', default: '4' },
    limit: { type: 'string' },
    'dev-limit': { type: 'string' },
    'tags-cache': { type: 'string' },
    /** jackknife (default) or gold: gold training tags, for quick trials only */
    tags: { type: 'string', default: 'jackknife' },
    out: { type: 'string' },
  },
});

const { train: all, dev } = trainingTreebanks();
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
const seed = Number(values.seed);
const tags =
  values.tags === 'gold'
    ? { xpos: all.map((s) => s.words.map((w) => w.xpos)), upos: all.map((s) => s.words.map((w) => w.upos)) }
    : jackknifeTags(all, {
        folds: Number(values.folds),
        seed,
        tagEpochs: 6,
        cache: values['tags-cache'],
        log,
      });
let train: TaggedTree[] = all.flatMap((s, i) =>
  s.words.length === 0
    ? []
    : [
        {
          forms: s.words.map((w) => w.form),
          xpos: tags.xpos[i],
          upos: tags.upos[i],
          heads: Int32Array.from(s.words, (w) => Math.max(0, w.head)),
          labels: s.words.map((w) => w.deprel),
        },
      ],
);
if (values.limit) train = train.slice(0, Number(values.limit));
const devSet = values['dev-limit'] ? dev.slice(0, Number(values['dev-limit'])) : dev;
// dev tags come from the committed model's tagger, as at run time
const tagger = loadSyntaxModel().tagger;
const devTags = { xpos: [] as string[][], upos: [] as string[][] };
for (const s of devSet) {
  const t = tagger.tag(s.words.map((w) => w.form));
  devTags.xpos.push(Array.from(t.xpos, (x) => tagger.xposTags[x]));
  devTags.upos.push(Array.from(t.upos, (u) => tagger.uposTags[u]));
}
log(`training on ${train.length} sentences; EWT dev ${devSet.length} sentences tagged`);
const commit = currentCommit();
const opts = {
  seed,
  epochs: Number(values.epochs),
  hidden: Number(values.hidden),
  dw: Number(values.dw),
  batch: Number(values.batch),
  rate: Number(values.rate),
  dropout: Number(values.dropout),
  decay: Number(values.decay),
  workers: Number(values.workers),
  exploreFrom: Number(values['explore-from']) || undefined,
  explore: Number(values.explore),
};
// keeps the epoch with the best EWT dev LAS (early stopping on dev)
const kept = { las: -1, epoch: 0, bytes: 0 };
trainNeuralParser(train, {
  ...opts,
  log,
  afterEpoch: (p, epoch) => {
    const s = scoreNeuralParser(p, devSet, devTags);
    const speed = Math.round(s.words / (s.cpuMs / 1000));
    log(
      `epoch ${epoch}: EWT dev UAS ${s.uas} LAS ${s.las} (${s.words} words; parse ${speed} words per CPU second)`,
    );
    if (s.las > kept.las) {
      p.info.epoch = epoch;
      p.info.dev = { uas: s.uas, las: s.las };
      const bytes = p.save();
      Object.assign(kept, { las: s.las, epoch, bytes: bytes.length });
      if (values.out) writeFileSync(values.out, bytes);
    }
  },
  info: {
    data: `UD_English-EWT train + GUM train (${GUM_OPEN_GENRES.join(', ')}), jackknifed tags`,
    sentences: train.length,
    options: opts,
    commit,
    trained: new Date().toISOString().slice(0, 10),
  },
});
if (values.out)
  log(
    `wrote ${values.out} (epoch ${kept.epoch}, EWT dev LAS ${kept.las}, ${(kept.bytes / 1e6).toFixed(2)} MB)`,
  );
