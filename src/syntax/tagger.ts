import { FeatureBuffer, feat } from './feature-hash.js';
import { argmax, Perceptron } from './perceptron.js';
import { ScoreMemo } from './score-memo.js';
import { AFTER, BEFORE, type FormNote, type WordAtoms, wordAtoms } from './word-atoms.js';

/** A tagged sentence: parallel arrays of tag ids. */
export interface TagIds {
  upos: Int32Array;
  xpos: Int32Array;
}

/** Training example for the tagger. */
export interface TaggedSentence {
  forms: string[];
  upos: string[];
  xpos: string[];
}

/** Averaged-perceptron POS tagger: XPOS first, then UPOS seeing the XPOS; greedy left to right. */
export class Tagger {
  readonly uposIndex: Map<string, number>;
  readonly xposIndex: Map<string, number>;
  private readonly buf: FeatureBuffer;
  private readonly scores: Float32Array;
  private memo: TagMemos | null = null;

  constructor(
    readonly uposTags: string[],
    readonly xposTags: string[],
    readonly xposModel: Perceptron,
    readonly uposModel: Perceptron,
    /** Frequent unambiguous words (normalised form → [xpos id, upos id]): skip the classifier. */
    readonly lexicon: Map<string, [number, number]> = new Map(),
    /** Ambiguity classes: normalised form → id of the set of XPOS tags it had in training. */
    readonly ambiguity: Map<string, number> = new Map(),
    /** 2: a second pass re-tags each word seeing the first pass's tags of the words to its right. */
    readonly passes = 1,
  ) {
    this.uposIndex = new Map(uposTags.map((t, i) => [t, i]));
    this.xposIndex = new Map(xposTags.map((t, i) => [t, i]));
    this.buf = new FeatureBuffer(xposModel.mask);
    this.scores = new Float32Array(Math.max(uposTags.length, xposTags.length));
  }

  /** A fresh, untrained tagger over these tag sets. */
  static create(uposTags: string[], xposTags: string[], bits = 18, passes = 1): Tagger {
    return new Tagger(
      uposTags,
      xposTags,
      new Perceptron(xposTags.length, bits),
      new Perceptron(uposTags.length, bits),
      new Map(),
      new Map(),
      passes,
    );
  }

  /** Tags a sentence of word forms. */
  tag(forms: readonly string[], atoms: WordAtoms = wordAtoms(forms)): TagIds {
    const first = this.run(forms, null, atoms, null);
    return this.passes > 1 ? this.run(forms, null, atoms, first) : first;
  }

  /** Tags a sentence, updating the weights where the prediction misses `gold`. */
  learn(forms: readonly string[], gold: TagIds): TagIds {
    const atoms = wordAtoms(forms);
    const first = this.run(forms, gold, atoms, null);
    return this.passes > 1 ? this.run(forms, gold, atoms, first) : first;
  }

  /** Averages the weights: call once after the last epoch. */
  finish(): void {
    this.xposModel.average();
    this.uposModel.average();
  }

  /** One left-to-right pass; `right` holds an earlier pass's tags (features of the words to the right). */
  private run(forms: readonly string[], gold: TagIds | null, a: WordAtoms, right: TagIds | null): TagIds {
    const n = forms.length;
    // one store for the three arrays (each typed array over 64 bytes would get an off-heap store of its own)
    const all = new Int32Array(3 * n);
    const out: TagIds = { upos: all.subarray(0, n), xpos: all.subarray(n, 2 * n) };
    if (n === 0) return out;
    const buf = this.buf;
    const scores = this.scores;
    const norm = a.norm;
    const cls = all.subarray(2 * n, 3 * n);
    const kx = this.xposModel.classes;
    const ku = this.uposModel.classes;
    // a loaded model's scores are exact integers: groups of features that depend on a small key only (the
    // form, the previous tags) are summed once per key
    if (!gold && !this.memo && this.xposModel.quantized && this.uposModel.quantized) this.memo = this.memos();
    // the second pass is a model of its own (template ids + PASS2) in the same tables, scored without memos
    const memo = gold || right ? null : this.memo;
    const t0 = right ? PASS2 : 0;
    // with memos, what depends on the form alone is kept on its atoms' record (one look-up per word, not five)
    const notes = memo ? this.notesOf(a, memo) : null;
    if (notes) for (let i = 0; i < n; i++) cls[i] = notes[i].cls;
    else for (let i = 0; i < n; i++) cls[i] = this.ambiguity.get(norm[i]) ?? 0;
    for (let i = 0; i < n; i++) {
      const known = gold ? undefined : notes ? notes[i].known : this.lexicon.get(norm[i]);
      if (known) {
        out.xpos[i] = known[0];
        out.upos[i] = known[1];
        continue;
      }
      const p1x = i > 0 ? out.xpos[i - 1] : -1;
      const p2x = i > 1 ? out.xpos[i - 2] : -1;
      const p1u = i > 0 ? out.upos[i - 1] : -1;
      buf.n = 0;
      let w = -1;
      let t = -1;
      let l = -1;
      let r = -1;
      if (memo && notes) {
        const note = notes[i];
        if (note.wGen === memo.words.gen) w = note.w;
        else {
          w = memo.words.get(forms[i]);
          if (w < 0) {
            wordFeatures(memo.words.buf, a, i, cls[i]);
            w = memo.words.store(forms[i]);
          }
          note.w = w;
          note.wGen = memo.words.gen;
        }
        // the neighbours' features, memoised by their form (an edge by 0)
        const prev = i > 0 ? notes[i - 1] : null;
        if (prev && prev.lGen === memo.before.gen) l = prev.l;
        else {
          l = memo.before.get(i > 0 ? forms[i - 1] : 0);
          if (l < 0) {
            neighbourFeatures(memo.before.buf, a, i, n, -1);
            l = memo.before.store(i > 0 ? forms[i - 1] : 0);
          }
          if (prev) {
            prev.l = l;
            prev.lGen = memo.before.gen;
          }
        }
        const next = i + 1 < n ? notes[i + 1] : null;
        if (next && next.rGen === memo.after.gen) r = next.r;
        else {
          r = memo.after.get(i + 1 < n ? forms[i + 1] : 0);
          if (r < 0) {
            neighbourFeatures(memo.after.buf, a, i, n, 1);
            r = memo.after.store(i + 1 < n ? forms[i + 1] : 0);
          }
          if (next) {
            next.r = r;
            next.rGen = memo.after.gen;
          }
        }
        const key = (p1x + 1) | ((p2x + 1) << 8) | ((p1u + 1) << 16);
        t = memo.tags.get(key);
        if (t < 0) {
          tagFeatures(memo.tags.buf, p1x, p2x, p1u);
          t = memo.tags.store(key);
        }
      } else {
        wordFeatures(buf, a, i, cls[i], t0);
        tagFeatures(buf, p1x, p2x, p1u, t0);
        neighbourFeatures(buf, a, i, n, -1, t0);
        neighbourFeatures(buf, a, i, n, 1, t0);
      }
      contextFeatures(buf, a, i, n, p1x, cls, t0);
      if (right) rightFeatures(buf, a, i, n, p1x, right);
      if (memo) {
        const wp = memo.words.pool;
        const tp = memo.tags.pool;
        const lp = memo.before.pool;
        const rp = memo.after.pool;
        for (let c = 0; c < kx; c++) scores[c] = wp[w + c] + tp[t + c] + lp[l + c] + rp[r + c];
        this.xposModel.addRows(buf.ids, buf.n, scores);
      } else this.xposModel.score(buf.ids, buf.n, scores);
      const x = argmax(scores, kx);
      if (gold) {
        this.xposModel.update(buf.ids, buf.n, gold.xpos[i], x);
        this.xposModel.tick();
      }
      out.xpos[i] = x;
      buf.add(feat(t0 + 41, x, a.lower[i]));
      buf.add(feat(t0 + 43, x, i + 1 < n ? a.lower[i + 1] : AFTER));
      buf.add(feat(t0 + 44, x, a.suffix3[i]));
      if (memo) {
        const key = x | ((p1u + 1) << 8);
        let u = memo.upos.get(key);
        if (u < 0) {
          uposFeatures(memo.upos.buf, x, p1u);
          u = memo.upos.store(key);
        }
        const wp = memo.words.pool;
        const tp = memo.tags.pool;
        const up = memo.upos.pool;
        const lp = memo.before.pool;
        const rp = memo.after.pool;
        for (let c = 0; c < ku; c++)
          scores[c] = wp[w + kx + c] + tp[t + kx + c] + up[u + c] + lp[l + kx + c] + rp[r + kx + c];
        this.uposModel.addRows(buf.ids, buf.n, scores);
      } else {
        uposFeatures(buf, x, p1u, t0);
        this.uposModel.score(buf.ids, buf.n, scores);
      }
      const u = argmax(scores, ku);
      if (gold) {
        this.uposModel.update(buf.ids, buf.n, gold.upos[i], u);
        this.uposModel.tick();
      }
      out.upos[i] = u;
    }
    return out;
  }

  /** Each word's note for these memos, made from the tagger's maps when its record has none of theirs. */
  private notesOf(a: WordAtoms, memo: TagMemos): FormNote[] {
    const n = a.records.length;
    const notes = new Array<FormNote>(n);
    for (let i = 0; i < n; i++) {
      const e = a.records[i];
      let note = e.note;
      if (!note || note.owner !== memo) {
        const norm = a.norm[i];
        note = {
          owner: memo,
          cls: this.ambiguity.get(norm) ?? 0,
          known: this.lexicon.get(norm),
          w: -1,
          wGen: -1,
          l: -1,
          lGen: -1,
          r: -1,
          rGen: -1,
        };
        e.note = note;
      }
      notes[i] = note;
    }
    return notes;
  }

  private memos(): TagMemos {
    const both = [this.xposModel, this.uposModel];
    return {
      words: new ScoreMemo<string>(both, 8192),
      tags: new ScoreMemo<number>(both, 4096),
      before: new ScoreMemo<string | number>(both, 8192),
      after: new ScoreMemo<string | number>(both, 8192),
      upos: new ScoreMemo<number>([this.uposModel], 4096),
    };
  }
}

/** Memoised score groups (`ScoreMemo`): a form's own features, the previous tags', the UPOS step's tags', and
 * those of the form before and after. */
interface TagMemos {
  words: ScoreMemo<string>;
  tags: ScoreMemo<number>;
  upos: ScoreMemo<number>;
  before: ScoreMemo<string | number>;
  after: ScoreMemo<string | number>;
}

/** Features of the previous predicted tags alone (both classifiers). */
function tagFeatures(buf: FeatureBuffer, p1x: number, p2x: number, p1u: number, t0 = 0): void {
  buf.add(feat(t0 + 19, p1x));
  buf.add(feat(t0 + 20, p2x));
  buf.add(feat(t0 + 21, p1x, p2x));
  buf.add(feat(t0 + 23, p1u));
}

/** Features of the UPOS step that depend on tags alone: the word's XPOS and the previous UPOS. */
function uposFeatures(buf: FeatureBuffer, x: number, p1u: number, t0 = 0): void {
  buf.add(feat(t0 + 40, x));
  buf.add(feat(t0 + 42, x, p1u));
}

/** Features of word i's form alone (shared by both classifiers): the same wherever the form occurs. */
function wordFeatures(buf: FeatureBuffer, a: WordAtoms, i: number, cls: number, t0 = 0): void {
  buf.add(feat(t0 + 0, 0));
  buf.add(feat(t0 + 1, a.lower[i]));
  buf.add(feat(t0 + 2, a.form[i]));
  buf.add(feat(t0 + 3, a.suffix1[i]));
  buf.add(feat(t0 + 4, a.suffix2[i]));
  buf.add(feat(t0 + 5, a.suffix3[i]));
  buf.add(feat(t0 + 6, a.suffix4[i]));
  buf.add(feat(t0 + 7, a.prefix1[i]));
  buf.add(feat(t0 + 8, a.prefix2[i]));
  buf.add(feat(t0 + 9, a.prefix3[i]));
  buf.add(feat(t0 + 10, a.shape[i]));
  buf.add(feat(t0 + 50, cls));
  buf.add(feat(t0 + 55, cls, a.suffix3[i]));
}

/** Features of the word before (side -1) or after (side 1) word i alone: its form, suffix and shape. */
function neighbourFeatures(
  buf: FeatureBuffer,
  a: WordAtoms,
  i: number,
  n: number,
  side: -1 | 1,
  t0 = 0,
): void {
  const k = i + side;
  const edge = k < 0 ? BEFORE : k >= n ? AFTER : 0;
  const left = side < 0 ? 0 : 1;
  buf.add(feat(t0 + 11 + left, edge || a.lower[k]));
  buf.add(feat(t0 + 15 + left, edge || a.suffix3[k]));
  buf.add(feat(t0 + 17 + left, edge || a.shape[k]));
}

/** Template-id offset of the second pass's features. */
const PASS2 = 100;

/** Features of the tags an earlier pass gave the words right of word i (the second pass only). */
function rightFeatures(
  buf: FeatureBuffer,
  a: WordAtoms,
  i: number,
  n: number,
  p1x: number,
  right: TagIds,
): void {
  const x1 = i + 1 < n ? right.xpos[i + 1] : -1;
  const x2 = i + 2 < n ? right.xpos[i + 2] : -1;
  buf.add(feat(60, x1));
  buf.add(feat(61, x1, x2));
  buf.add(feat(62, x1, a.lower[i]));
  buf.add(feat(63, p1x, x1));
  buf.add(feat(64, x1, a.suffix3[i]));
  buf.add(feat(65, i + 1 < n ? right.upos[i + 1] : -1));
}

/** Other features of word i in its sentence (both classifiers); p1x is the previous XPOS. */
function contextFeatures(
  buf: FeatureBuffer,
  a: WordAtoms,
  i: number,
  n: number,
  p1x: number,
  cls: Int32Array,
  t0 = 0,
): void {
  // plain values, not closures over a and n: two closures per word were a fifth of the tagger's garbage
  const lower = a.lower;
  const wm2 = i - 2 < 0 ? BEFORE : lower[i - 2];
  const wm1 = i - 1 < 0 ? BEFORE : lower[i - 1];
  const w1 = i + 1 >= n ? AFTER : lower[i + 1];
  const w2 = i + 2 >= n ? AFTER : lower[i + 2];
  const sh1 = i + 1 >= n ? AFTER : a.shape[i + 1];
  buf.add(feat(t0 + 13, wm2));
  buf.add(feat(t0 + 14, w2));
  buf.add(feat(t0 + 22, p1x, lower[i]));
  buf.add(feat(t0 + 24, p1x, a.suffix3[i]));
  buf.add(feat(t0 + 25, wm1, lower[i]));
  buf.add(feat(t0 + 26, lower[i], w1));
  buf.add(feat(t0 + 27, w1, w2));
  buf.add(feat(t0 + 28, i === 0 ? 1 : 0, a.shape[i]));
  buf.add(feat(t0 + 29, a.shape[i], sh1));
  buf.add(feat(t0 + 30, p1x, w1));
  buf.add(feat(t0 + 31, a.suffix2[i], w1));
  const c1 = i + 1 < n ? cls[i + 1] : -1;
  buf.add(feat(t0 + 51, c1));
  buf.add(feat(t0 + 52, cls[i], p1x));
  buf.add(feat(t0 + 53, cls[i], c1));
  buf.add(feat(t0 + 54, i > 0 ? cls[i - 1] : -1, cls[i]));
}
