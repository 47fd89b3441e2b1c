import { seededRandom, shuffle } from '../random.js';
import { ArcHybrid, LEFT, RIGHT } from './arc-hybrid.js';
import { direction, extractFeatures, SLOTS } from './features.js';
import { Network } from './network.js';
import { NeuralParser } from './neural-parser.js';
import { type Examples, Trainer } from './trainer.js';
import { WordVocab } from './vocab.js';

/** A training sentence: forms, the tags the parser will see, and the gold tree (heads 1-based, 0 = root). */
export interface TaggedTree {
  forms: string[];
  xpos: string[];
  upos: string[];
  heads: Int32Array;
  labels: string[];
}

/** Sizes and schedule of a training run. */
export interface NeuralTrainOptions {
  seed?: number;
  epochs?: number;
  dw?: number;
  hidden?: number;
  batch?: number;
  rate?: number;
  dropout?: number;
  /** Words seen fewer times share their unknown bucket. */
  minCount?: number;
  log?: (line: string) => void;
  /** Called after each epoch (e.g. to score a dev set). */
  afterEpoch?: (parser: NeuralParser, epoch: number) => void;
  info?: Record<string, unknown>;
}

const distinct = (lists: Iterable<readonly string[]>) => {
  const seen = new Set<string>();
  for (const l of lists) for (const x of l) seen.add(x);
  return [...seen];
};

/** Trains a neural parser with the static oracle; deterministic for a seed. */
export function trainNeuralParser(train: readonly TaggedTree[], opts: NeuralTrainOptions = {}): NeuralParser {
  const seed = opts.seed ?? 1;
  const log = opts.log ?? (() => {});
  const vocab = WordVocab.learn(
    train.flatMap((s) => s.forms),
    opts.minCount ?? 2,
  );
  if (vocab.size > 0xffff) throw new Error(`vocabulary too large for 16-bit ids: ${vocab.size}`);
  const xposTags = distinct(train.map((s) => s.xpos));
  const uposTags = distinct(train.map((s) => s.upos));
  const labels = distinct(train.map((s) => s.labels));
  if (!labels.includes('root')) labels.push('root');
  const net = new Network({
    words: vocab.size,
    tags: NeuralParser.tagCount(xposTags.length, uposTags.length),
    labels: labels.length,
    dw: opts.dw ?? 32,
    hidden: opts.hidden ?? 128,
  });
  net.init(seed);
  const parser = new NeuralParser(vocab, xposTags, uposTags, labels, net, opts.info ?? {});
  const ex = staticExamples(parser, train);
  log(
    `${ex.count} examples, vocabulary ${vocab.size}, input ${net.D}, hidden ${net.H}, labels ${labels.length}`,
  );
  const trainer = new Trainer(net, { rate: opts.rate, dropout: opts.dropout, seed: seed + 3 });
  const random = seededRandom(seed + 5);
  const order = Array.from({ length: ex.count }, (_, i) => i);
  const batch = opts.batch ?? 32;
  for (let epoch = 1; epoch <= (opts.epochs ?? 5); epoch++) {
    const started = Date.now();
    const cpu = process.cpuUsage();
    shuffle(order, random);
    let loss = 0;
    for (let i = 0; i < order.length; i += batch) {
      const end = Math.min(order.length, i + batch);
      for (let k = i; k < end; k++) loss += trainer.accumulate(ex, order[k]);
      trainer.update(end - i);
    }
    const used = process.cpuUsage(cpu);
    const wall = ((Date.now() - started) / 1000).toFixed(0);
    const cpuS = ((used.user + used.system) / 1e6).toFixed(0);
    log(`epoch ${epoch}: loss ${(loss / ex.count).toFixed(4)}, ${wall} s wall, ${cpuS} s CPU`);
    opts.afterEpoch?.(parser, epoch);
  }
  return parser;
}

/** The oracle path of every sentence as training examples. */
export function staticExamples(parser: NeuralParser, train: readonly TaggedTree[]): Examples {
  const count = 2 * train.reduce((n, s) => n + s.forms.length, 0);
  const ex: Examples = {
    count,
    feats: new Uint16Array(count * SLOTS),
    valid: new Uint8Array(count),
    move: new Int8Array(count),
    dir: new Int8Array(count),
    label: new Int16Array(count),
  };
  const labelIndex = new Map(parser.labelNames.map((l, i) => [l, i]));
  const state = new ArcHybrid();
  const feats = new Int32Array(SLOTS);
  let e = 0;
  for (const s of train) {
    const n = s.forms.length;
    const ids = parser.ids(s.forms, s.xpos, s.upos);
    const gh = new Int32Array(n + 1);
    gh.set(s.heads, 1);
    state.reset(n);
    while (!state.done()) {
      extractFeatures(state, ids, feats, 0);
      ex.feats.set(feats, e * SLOTS);
      const only = state.onlyValid();
      const t = only >= 0 ? only : state.oracle(gh);
      let valid = 0;
      for (let c = 0; c < 3; c++) if (state.valid(c)) valid |= 1 << c;
      ex.valid[e] = valid;
      ex.move[e] = only >= 0 ? -1 : t;
      ex.dir[e] = -1;
      let label = -1;
      if (t === LEFT || t === RIGHT) {
        const d = state.s(0);
        if (t === RIGHT && state.sp === 2) label = parser.rootLabel;
        else {
          label = labelIndex.get(s.labels[d - 1]) ?? 0;
          ex.dir[e] = direction(t);
          ex.label[e] = label;
        }
      }
      state.apply(t, label);
      e++;
    }
  }
  return ex;
}
