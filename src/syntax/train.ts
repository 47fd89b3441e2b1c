import type { ConlluSentence } from './conllu.js';
import { hashString } from './feature-hash.js';
import { Lemmatizer } from './lemmatizer.js';
import { Parser } from './parser.js';
import { seededRandom, shuffle } from './random.js';
import { SyntaxModel } from './syntax-model.js';
import { Tagger } from './tagger.js';
import { normalizeWord, wordAtoms } from './word-atoms.js';

export interface TrainOptions {
  seed?: number;
  tagEpochs?: number;
  parseEpochs?: number;
  /** Folds for jackknifed tags (the parser learns from tags as noisy as at run time); 0/1 = gold tags. */
  folds?: number;
  /** Probability of following the parser's own wrong move (dynamic-oracle exploration) after epoch 1. */
  explore?: number;
  tagBits?: number;
  /** Tagger passes: 2 = a second pass that sees the first pass's tags on the right. */
  tagPasses?: number;
  parseBits?: number;
  labelBits?: number;
  log?: (line: string) => void;
  info?: Record<string, unknown>;
}

interface Prepared {
  forms: string[];
  upos: Int32Array;
  xpos: Int32Array;
  heads: Int32Array;
  labels: Int32Array;
}

/** Trains tagger, lemmatizer and parser from CoNLL-U sentences; deterministic for a given seed. */
export function trainSyntaxModel(train: readonly ConlluSentence[], opts: TrainOptions = {}): SyntaxModel {
  const seed = opts.seed ?? 1;
  const log = opts.log ?? (() => {});
  const { uposTags, xposTags, labels, data } = prepare(train);
  const fit = (items: Prepared[], rngSeed: number) => fitTagger(items, uposTags, xposTags, opts, rngSeed);

  // Jackknife: tag each fold with a tagger that never saw it.
  const folds = opts.folds ?? 0;
  const parserTags =
    folds > 1
      ? jackknife(
          data,
          folds,
          (others, f) => {
            const tagger = fit(others, seed + 100 + f);
            return (s) => tagger.tag(s.forms);
          },
          log,
        )
      : data.map((s) => ({ upos: s.upos, xpos: s.xpos }));
  const tagger = fit(data, seed);
  for (const [w, tags] of unambiguousWords(data)) tagger.lexicon.set(w, tags);
  log(`tagger trained (${tagger.lexicon.size} words in its lexicon)`);

  const lemmatizer = Lemmatizer.learn(train.flatMap((s) => s.words));
  log(`lemmatizer: ${lemmatizer.lexicon.size} words, ${lemmatizer.rules.size} suffix rules`);

  const parser = Parser.create(labels, opts.parseBits ?? 21, opts.labelBits ?? 18);
  const random = seededRandom(seed + 7);
  const order = data.map((_, i) => i);
  for (let e = 0; e < (opts.parseEpochs ?? 10); e++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const i of order) {
      const s = data[i];
      const atoms = wordAtoms(s.forms);
      const tags = parserTags[i];
      const out = parser.learn(
        { lower: atoms.lower, suffix3: atoms.suffix3, xpos: tags.xpos, upos: tags.upos },
        { heads: s.heads, labels: s.labels },
        e === 0 ? 0 : (opts.explore ?? 0.9),
        random,
      );
      for (let k = 0; k < s.heads.length; k++) if (out.heads[k] === s.heads[k]) correct++;
      total += s.heads.length;
    }
    log(`parser epoch ${e + 1}: train UAS while learning ${((100 * correct) / total).toFixed(2)}`);
  }
  parser.finish();
  return new SyntaxModel(tagger, lemmatizer, parser, opts.info ?? {});
}

/** Labels fold f (items i with i % folds === f) with a model fitted on the other folds, so no item is labelled by a model that saw it. */
export function jackknife<T, R>(
  items: readonly T[],
  folds: number,
  fitOthers: (others: T[], fold: number) => (item: T) => R,
  log?: (line: string) => void,
): R[] {
  const out = new Array<R>(items.length);
  for (let f = 0; f < folds; f++) {
    const label = fitOthers(
      items.filter((_, i) => i % folds !== f),
      f,
    );
    items.forEach((item, i) => {
      if (i % folds === f) out[i] = label(item);
    });
    log?.(`jackknife fold ${f + 1}/${folds} tagged`);
  }
  return out;
}

/** Tag sets, label set and id-coded sentences of a treebank. */
function prepare(train: readonly ConlluSentence[]) {
  const uposTags = distinct(train, (w) => w.upos);
  const xposTags = distinct(train, (w) => w.xpos);
  const labels = distinct(train, (w) => w.deprel);
  if (!labels.includes('root')) labels.push('root');
  const ui = new Map(uposTags.map((t, i) => [t, i]));
  const xi = new Map(xposTags.map((t, i) => [t, i]));
  const li = new Map(labels.map((t, i) => [t, i]));
  const data: Prepared[] = train
    .filter((s) => s.words.length > 0)
    .map((s) => ({
      forms: s.words.map((w) => w.form),
      upos: Int32Array.from(s.words, (w) => ui.get(w.upos) ?? 0),
      xpos: Int32Array.from(s.words, (w) => xi.get(w.xpos) ?? 0),
      heads: Int32Array.from(s.words, (w) => Math.max(0, w.head)),
      labels: Int32Array.from(s.words, (w) => li.get(w.deprel) ?? 0),
    }));
  return { uposTags, xposTags, labels, data };
}

/** An averaged-perceptron tagger trained on these sentences (no lexicon of unambiguous words yet). */
function fitTagger(
  items: readonly Prepared[],
  uposTags: string[],
  xposTags: string[],
  opts: TrainOptions,
  rngSeed: number,
): Tagger {
  const tagger = Tagger.create(uposTags, xposTags, opts.tagBits ?? 18, opts.tagPasses ?? 1);
  for (const [w, c] of ambiguityClasses(items)) tagger.ambiguity.set(w, c);
  const random = seededRandom(rngSeed);
  const order = [...items];
  for (let e = 0; e < (opts.tagEpochs ?? 5); e++) {
    shuffle(order, random);
    for (const s of order) tagger.learn(s.forms, { upos: s.upos, xpos: s.xpos });
  }
  tagger.finish();
  return tagger;
}

/** The tagger alone, as `trainSyntaxModel` trains it (for tagger trials). */
export function trainTagger(train: readonly ConlluSentence[], opts: TrainOptions = {}): Tagger {
  const { uposTags, xposTags, data } = prepare(train);
  const tagger = fitTagger(data, uposTags, xposTags, opts, opts.seed ?? 1);
  for (const [w, tags] of unambiguousWords(data)) tagger.lexicon.set(w, tags);
  return tagger;
}

function distinct(sentences: readonly ConlluSentence[], get: (w: ConlluSentence['words'][0]) => string) {
  const seen = new Set<string>();
  for (const s of sentences) for (const w of s.words) seen.add(get(w));
  return [...seen].sort();
}

/** Ambiguity classes: each word seen at least `min` times → hash of the set of its XPOS tags. */
export function ambiguityClasses(data: readonly { forms: string[]; xpos: Int32Array }[], min = 3) {
  const tags = new Map<string, Map<number, number>>();
  for (const s of data) {
    s.forms.forEach((f, i) => {
      const w = normalizeWord(f);
      const m = tags.get(w) ?? new Map<number, number>();
      tags.set(w, m);
      m.set(s.xpos[i], (m.get(s.xpos[i]) ?? 0) + 1);
    });
  }
  const out = new Map<string, number>();
  for (const [w, m] of tags) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < min) continue;
    // rare readings (< 1%) are noise, not ambiguity
    const set = [...m]
      .filter(([, c]) => c / total >= 0.01)
      .map(([t]) => t)
      .sort((a, b) => a - b);
    out.set(w, hashString(set.join(',')));
  }
  return out;
}

/** Frequent words that always carry the same tags: the tagger can skip the classifier for them. */
function unambiguousWords(data: Prepared[]): Map<string, [number, number]> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of data) {
    s.forms.forEach((f, i) => {
      const w = normalizeWord(f);
      const m = counts.get(w) ?? new Map<number, number>();
      counts.set(w, m);
      const key = s.xpos[i] * 1000 + s.upos[i];
      m.set(key, (m.get(key) ?? 0) + 1);
    });
  }
  const out = new Map<string, [number, number]>();
  for (const [w, m] of counts) {
    let total = 0;
    let top = 0;
    let topKey = 0;
    for (const [k, c] of m) {
      total += c;
      if (c > top) {
        top = c;
        topKey = k;
      }
    }
    if (total >= 20 && top / total >= 0.995) out.set(w, [Math.floor(topKey / 1000), topKey % 1000]);
  }
  return out;
}
