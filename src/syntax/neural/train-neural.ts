import { seededRandom, shuffle } from '../random.js';
import { allocExamples, packSentences, sharedAlloc, writeExamples } from './examples.js';
import { Network } from './network.js';
import { NeuralParser } from './neural-parser.js';
import { EXPLORE, Participant, type SharedRun, STOP, startWorker, TRAIN } from './parallel.js';
import { gradientSetBuffers } from './trainer.js';
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
  /** Training threads (data-parallel gradients; 1 = the main thread alone). */
  workers?: number;
  /** The learning rate is multiplied by this after every epoch. */
  decay?: number;
  /** First epoch trained on the dynamic oracle's paths (none when unset). */
  exploreFrom?: number;
  /** Probability of following a wrong move while exploring. */
  explore?: number;
  info?: Record<string, unknown>;
}

const distinct = (lists: Iterable<readonly string[]>) => {
  const seen = new Set<string>();
  for (const l of lists) for (const x of l) seen.add(x);
  return [...seen];
};

/** Trains a neural parser (static oracle, then optionally the dynamic one); deterministic for a seed and thread count. */
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
  const shape = {
    words: vocab.size,
    tags: NeuralParser.tagCount(xposTags.length, uposTags.length),
    labels: labels.length,
    dw: opts.dw ?? 32,
    hidden: opts.hidden ?? 128,
  };
  const workers = Math.max(1, opts.workers ?? 1);
  const net = new Network(shape, workers > 1 ? new SharedArrayBuffer(Network.byteLength(shape)) : undefined);
  net.init(seed);
  const parser = new NeuralParser(vocab, xposTags, uposTags, labels, net, opts.info ?? {});
  const alloc = workers > 1 ? sharedAlloc : (bytes: number) => new ArrayBuffer(bytes);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const sentences = packSentences(
    train.map((s) => ({
      ids: parser.ids(s.forms, s.xpos, s.upos),
      heads: s.heads,
      labels: s.labels.map((l) => labelIndex.get(l) ?? 0),
    })),
    alloc,
  );
  const ex = allocExamples(sentences.firstExample[sentences.count], alloc);
  const explore = { explore: 0, rootLabel: parser.rootLabel, random: () => 0 };
  writeExamples(sentences, ex, null, explore);
  log(
    `${ex.count} examples, vocabulary ${vocab.size}, input ${net.D}, hidden ${net.H}, labels ${labels.length}, ${workers} thread(s)`,
  );
  const batch = opts.batch ?? 32;
  const rate = opts.rate ?? 0.001;
  const run: SharedRun = {
    shape: net.shape,
    params: net.buffer,
    sets: Array.from({ length: workers }, () => gradientSetBuffers(net, workers > 1)),
    examples: ex,
    sentences,
    order: new Int32Array(alloc(4 * ex.count)),
    control: new Int32Array(alloc(4 * 4)),
    numbers: new Float64Array(alloc(8 * (2 + workers))),
    batch,
    dropout: opts.dropout ?? 0,
    seed,
    rootLabel: parser.rootLabel,
  };
  const main = new Participant(run, 0);
  // the main thread's participant trains the parser's own network (its buffer is the shared one)
  for (let w = 1; w < workers; w++)
    startWorker(run, w).on('error', (err) => {
      // the main thread would wait at a barrier forever
      console.error(err);
      process.exit(1);
    });
  const random = seededRandom(seed + 5);
  const order = Array.from({ length: ex.count }, (_, i) => i);
  try {
    for (let epoch = 1; epoch <= (opts.epochs ?? 5); epoch++) {
      const started = Date.now();
      const cpu = process.cpuUsage();
      run.control[3] = epoch;
      run.numbers[0] = rate * (opts.decay ?? 1) ** (epoch - 1);
      const exploring = opts.exploreFrom !== undefined && epoch >= opts.exploreFrom;
      if (exploring) {
        run.numbers[1] = opts.explore ?? 0.1;
        main.command(EXPLORE);
      }
      shuffle(order, random);
      run.order.set(order);
      main.command(TRAIN);
      let loss = 0;
      for (let w = 0; w < workers; w++) loss += run.numbers[2 + w];
      const used = process.cpuUsage(cpu);
      const wall = ((Date.now() - started) / 1000).toFixed(0);
      const cpuS = ((used.user + used.system) / 1e6).toFixed(0);
      log(
        `epoch ${epoch}: loss ${(loss / ex.count).toFixed(4)}, rate ${run.numbers[0].toPrecision(3)}${exploring ? `, dynamic oracle (explore ${run.numbers[1]})` : ''}, ${wall} s wall, ${cpuS} s CPU (all threads)`,
      );
      opts.afterEpoch?.(parser, epoch);
      net.dropPrecomputed();
    }
  } finally {
    main.command(STOP);
  }
  return parser;
}
