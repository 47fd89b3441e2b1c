import { ArcHybridState, LEFT, moveCost, oracleMove, SHIFT } from './arc-hybrid.js';
import { FeatureBuffer } from './feature-hash.js';
import { argmaxExcept, Perceptron } from './perceptron.js';
import { ScoreMemo } from './score-memo.js';

/** What the parser reads for a sentence of n words (arrays of length n). */
export interface ParserInput {
  lower: Int32Array;
  suffix3: Int32Array;
  xpos: Int32Array;
  upos: Int32Array;
}

/** Gold tree for training: heads are 0 (root) or 1-based; labels are label ids. */
export interface GoldTree {
  heads: Int32Array;
  labels: Int32Array;
}

/** A parse: 1-based heads (0 = root) and label ids, arrays of length n. */
export interface ParseResult {
  heads: Int32Array;
  labels: Int32Array;
}

const NONE = 0x7f01;
const ROOT_W = 0x7f02;

const STATE_ARRAYS = [
  'stack',
  'heads',
  'labels',
  'l1',
  'l2',
  'r1',
  'r2',
  'nl',
  'nr',
  'setLo',
  'setHi',
  'fn',
] as const;

/** The perceptron's configuration: the arc-hybrid state plus child counts, label sets and function words. */
class State extends ArcHybridState {
  nl = new Int32Array(0);
  nr = new Int32Array(0);
  setLo = new Int32Array(0);
  setHi = new Int32Array(0);
  /** Word of the last case/mark child: tells obl from obj, advcl from xcomp. */
  fn = new Int32Array(0);

  override reset(n: number): void {
    super.reset(n);
    if (this.nl.length < n + 1) {
      const size = this.stack.length;
      this.nl = new Int32Array(size);
      this.nr = new Int32Array(size);
      this.setLo = new Int32Array(size);
      this.setHi = new Int32Array(size);
      this.fn = new Int32Array(size);
    }
    const end = n + 1;
    this.nl.fill(0, 0, end);
    this.nr.fill(0, 0, end);
    this.setLo.fill(0, 0, end);
    this.setHi.fill(0, 0, end);
    this.fn.fill(NONE, 0, end);
  }

  /** Makes this state a copy of `o` (beam search keeps one state per hypothesis). */
  copyFrom(o: State): void {
    this.reset(o.n);
    this.sp = o.sp;
    this.b = o.b;
    const end = o.n + 1;
    for (const k of STATE_ARRAYS) this[k].set(o[k].subarray(0, end));
  }

  attach(h: number, d: number, label: number): void {
    this.link(h, d, label);
    if (label < 32) this.setLo[h] |= 1 << label;
    else this.setHi[h] |= 1 << (label - 32);
    if (d < h) this.nl[h]++;
    else this.nr[h]++;
  }
}

/** Atom of position p, or NONE when there is no such position. */
const at = (a: Int32Array, p: number) => (p < 0 ? NONE : a[p]);
/** A child or count of p, or -1 when there is no p. */
const kid = (a: Int32Array, p: number) => (p < 0 ? -1 : a[p]);
/** Atom of word p (1-based) when it lies in the sentence. */
const word = (a: Int32Array, p: number, n: number) => (p < 1 || p > n ? NONE : a[p]);

const bucket = (d: number) => (d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7);

/**
 * Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with an averaged-perceptron transition
 * model trained by the dynamic oracle of Goldberg & Nivre (2013), and a second perceptron that labels
 * each arc when it is made (the dependent's subtree is complete by then).
 */
export class Parser {
  readonly rootLabel: number;
  private readonly buf: FeatureBuffer;
  private readonly lbuf: FeatureBuffer;
  private readonly scores = new Float32Array(4);
  private readonly state = new State();
  private W = new Int32Array(0);
  private T = new Int32Array(0);
  private U = new Int32Array(0);
  private readonly lscores: Float32Array;
  private labelMemo: ScoreMemo<number> | undefined;

  constructor(
    readonly labelNames: string[],
    readonly transitions: Perceptron,
    readonly labeler: Perceptron,
    /** Label ids of case/mark: their words become features of the head. */
    readonly functionLabels: Set<number> = new Set(
      labelNames.flatMap((l, i) => (l === 'case' || l === 'mark' ? [i] : [])),
    ),
  ) {
    this.rootLabel = labelNames.indexOf('root');
    this.buf = new FeatureBuffer(transitions.mask);
    this.lbuf = new FeatureBuffer(labeler.mask);
    this.lscores = new Float32Array(labelNames.length);
  }

  /** A fresh, untrained parser. */
  static create(labelNames: string[], bits = 21, labelBits = 18): Parser {
    return new Parser(labelNames, new Perceptron(3, bits), new Perceptron(labelNames.length, labelBits));
  }

  /** Parses one sentence. */
  parse(input: ParserInput): ParseResult {
    return this.run(input, null, null);
  }

  /**
   * Parses with a beam of k hypotheses ranked by summed transition scores (labels stay greedy, chosen when
   * each arc is made). The weights are the greedy model's: a trial of beam decoding, not used by the stage.
   */
  parseBeam(input: ParserInput, k: number): ParseResult {
    const n = input.lower.length;
    const { W, T, U } = this.views(input);
    const fresh = () => {
      const st = new State();
      st.reset(n);
      return st;
    };
    let beam: { s: State; score: number }[] = [{ s: fresh(), score: 0 }];
    const scores = this.scores;
    const buf = this.buf;
    while (!beam[0].s.done()) {
      const cands: { from: number; t: number; score: number }[] = [];
      beam.forEach((h, i) => {
        const only = h.s.onlyValid();
        if (only >= 0) {
          cands.push({ from: i, t: only, score: h.score });
          return;
        }
        buf.n = 0;
        this.features(h.s, W, T, U);
        this.transitions.score(buf.ids, buf.n, scores);
        for (let t = 0; t < 3; t++) if (h.s.valid(t)) cands.push({ from: i, t, score: h.score + scores[t] });
      });
      cands.sort((a, b) => b.score - a.score || a.from - b.from || a.t - b.t);
      beam = cands.slice(0, k).map((c) => {
        const st = fresh();
        st.copyFrom(beam[c.from].s);
        this.apply(st, c.t, W, T, U, input, null, null);
        return { s: st, score: c.score };
      });
    }
    const best = beam[0].s;
    return { heads: best.heads.slice(1, n + 1), labels: best.labels.slice(1, n + 1) };
  }

  /**
   * Learns from one sentence with a beam of k and early update (Collins & Roark 2004): when the oracle path
   * falls out of the beam, the transition weights move toward its moves and away from the best hypothesis's.
   * Labels are learned along the oracle path, as in greedy training. A trial learner: see docs/parser.md.
   */
  learnBeam(input: ParserInput, gold: GoldTree, k: number): void {
    const n = input.lower.length;
    const { W, T, U } = this.views(input);
    const gh = new Int32Array(n + 1);
    const gl = new Int32Array(n + 1);
    gh.set(gold.heads, 1);
    gl.set(gold.labels, 1);
    const fresh = (from?: State) => {
      const st = new State();
      if (from) st.copyFrom(from);
      else st.reset(n);
      return st;
    };
    type Step = { ids: Int32Array | null; t: number; prev: Step | null };
    type Hyp = { s: State; score: number; path: Step | null; gold: boolean };
    let beam: Hyp[] = [{ s: fresh(), score: 0, path: null, gold: true }];
    const buf = this.buf;
    const scores = this.scores;
    const update = (good: Step | null, bad: Step | null) => {
      for (let g = good; g; g = g.prev) if (g.ids) this.transitions.add(g.ids, g.ids.length, g.t, 1);
      for (let b = bad; b; b = b.prev) if (b.ids) this.transitions.add(b.ids, b.ids.length, b.t, -1);
    };
    // one tick per sentence: the average weighs every sentence, updated or not
    this.transitions.tick();
    while (!beam[0].s.done()) {
      const cands: { from: number; t: number; score: number; ids: Int32Array | null; gold: boolean }[] = [];
      beam.forEach((h, i) => {
        const only = h.s.onlyValid();
        const oracle = h.gold ? (only >= 0 ? only : oracleMove(h.s, gh)) : -1;
        if (only >= 0) {
          cands.push({ from: i, t: only, score: h.score, ids: null, gold: h.gold });
          return;
        }
        buf.n = 0;
        this.features(h.s, W, T, U);
        this.transitions.score(buf.ids, buf.n, scores);
        const ids = buf.ids.slice(0, buf.n);
        for (let t = 0; t < 3; t++)
          if (h.s.valid(t)) cands.push({ from: i, t, score: h.score + scores[t], ids, gold: t === oracle });
      });
      cands.sort((a, b) => b.score - a.score || a.from - b.from || a.t - b.t);
      const top = cands.slice(0, k);
      const step = (c: (typeof cands)[0]): Step => ({ ids: c.ids, t: c.t, prev: beam[c.from].path });
      if (!top.some((c) => c.gold)) {
        const g = cands.find((c) => c.gold);
        if (!g) return;
        update(step(g), step(top[0]));
        // finish the oracle path for the labeler only
        const s = fresh(beam[g.from].s);
        this.apply(s, g.t, W, T, U, input, gh, gl);
        while (!s.done()) {
          const only = s.onlyValid();
          this.apply(s, only >= 0 ? only : oracleMove(s, gh), W, T, U, input, gh, gl);
        }
        return;
      }
      beam = top.map((c) => {
        const s = fresh(beam[c.from].s);
        this.apply(s, c.t, W, T, U, input, c.gold ? gh : null, c.gold ? gl : null);
        return { s, score: c.score, path: step(c), gold: c.gold };
      });
    }
    if (!beam[0].gold) {
      const g = beam.find((h) => h.gold);
      if (g) update(g.path, beam[0].path);
    }
  }

  /** Parses while learning from `gold`; `explore` (0..1) follows its own mistakes that often. */
  learn(input: ParserInput, gold: GoldTree, explore: number, random: () => number): ParseResult {
    return this.run(input, gold, { explore, random });
  }

  /** Averages the weights: call once after the last epoch. */
  finish(): void {
    this.transitions.average();
    this.labeler.average();
  }

  private run(
    input: ParserInput,
    gold: GoldTree | null,
    opts: { explore: number; random: () => number } | null,
  ): ParseResult {
    const n = input.lower.length;
    const s = this.state;
    s.reset(n);
    const { W, T, U } = this.views(input);
    const gh = gold ? new Int32Array(n + 1) : null;
    const gl = gold ? new Int32Array(n + 1) : null;
    if (gold && gh && gl) {
      gh.set(gold.heads, 1);
      gl.set(gold.labels, 1);
    }
    const buf = this.buf;
    const scores = this.scores;
    const costs = new Int32Array(3);
    while (!s.done()) {
      const only = s.onlyValid();
      if (only >= 0) {
        // a forced move needs no scores, and costs nothing (no update), so training is unchanged
        if (gh) this.transitions.tick();
        this.apply(s, only, W, T, U, input, gh, gl);
        continue;
      }
      buf.n = 0;
      this.features(s, W, T, U);
      this.transitions.score(buf.ids, buf.n, scores);
      let pred = -1;
      for (let t = 0; t < 3; t++) if (s.valid(t) && (pred < 0 || scores[t] > scores[pred])) pred = t;
      let next = pred;
      if (gh && opts) {
        let min = 1 << 30;
        for (let t = 0; t < 3; t++) {
          costs[t] = s.valid(t) ? moveCost(s, t, gh) : 1 << 30;
          if (costs[t] < min) min = costs[t];
        }
        let best = -1;
        for (let t = 0; t < 3; t++) {
          if (costs[t] === min && (best < 0 || scores[t] > scores[best])) best = t;
        }
        if (costs[pred] > min) {
          this.transitions.update(buf.ids, buf.n, best, pred);
          next = opts.random() < opts.explore ? pred : best;
        }
        this.transitions.tick();
      }
      this.apply(s, next, W, T, U, input, gh, gl);
    }
    // one store for both (each typed array over 64 bytes would get an off-heap store of its own)
    const out = new Int32Array(2 * n);
    out.set(s.heads.subarray(1, n + 1));
    out.set(s.labels.subarray(1, n + 1), n);
    return { heads: out.subarray(0, n), labels: out.subarray(n, 2 * n) };
  }

  /** 1-based views of the input with the root at 0 (reused buffers). */
  private views(input: ParserInput): { W: Int32Array; T: Int32Array; U: Int32Array } {
    const n = input.lower.length;
    if (this.W.length < n + 1) {
      this.W = new Int32Array(2 * n + 2);
      this.T = new Int32Array(2 * n + 2);
      this.U = new Int32Array(2 * n + 2);
    }
    const { W, T, U } = this;
    W[0] = ROOT_W;
    T[0] = 0x7f03;
    U[0] = 0x7f03;
    for (let i = 0; i < n; i++) {
      W[i + 1] = input.lower[i];
      T[i + 1] = input.xpos[i];
      U[i + 1] = input.upos[i];
    }
    return { W, T, U };
  }

  private apply(
    s: State,
    t: number,
    W: Int32Array,
    T: Int32Array,
    U: Int32Array,
    input: ParserInput,
    gh: Int32Array | null,
    gl: Int32Array | null,
  ): void {
    if (t === SHIFT) {
      s.stack[s.sp++] = s.b++;
      return;
    }
    const d = s.stack[--s.sp];
    const h = t === LEFT ? s.b : s.stack[s.sp - 1];
    let label = this.rootLabel;
    if (h !== 0) {
      const lb = this.lbuf;
      lb.n = 0;
      const dt = T[d];
      const du = U[d];
      const ht = T[h];
      const hu = U[h];
      const dir = d < h ? 1 : 2;
      const dist = bucket(Math.abs(h - d));
      const scores = this.lscores;
      // a loaded labeler's sums are exact integers: the tag features' share is summed once per key
      if (!gh && this.labeler.quantized && (dt | ht) < 64 && (du | hu) < 32) {
        // a dependent with no children (most are): its own features read only its tags and the head's too
        const leaf = s.l1[d] < 0 && s.r1[d] < 0;
        this.labelFeatures(s, h, d, W, T, input, leaf);
        this.labelMemo ??= new ScoreMemo<number>([this.labeler], 8192);
        const memo = this.labelMemo;
        const key = labelTagKey(dt, du, ht, hu, dir, dist) | (leaf ? LEAF_KEY : 0);
        let m = memo.get(key);
        if (m < 0) {
          labelTagFeatures(memo.buf, dt, du, ht, hu, dir, dist);
          if (leaf) leafFeatures(memo.buf, dt, ht, dir);
          m = memo.store(key);
        }
        for (let c = 0; c < this.labeler.classes; c++) scores[c] = memo.pool[m + c];
        this.labeler.addRows(lb.ids, lb.n, scores);
      } else {
        this.labelFeatures(s, h, d, W, T, input, false);
        labelTagFeatures(lb, dt, du, ht, hu, dir, dist);
        this.labeler.score(lb.ids, lb.n, scores);
      }
      // any label but root may attach a word to another
      label = argmaxExcept(scores, this.labeler.classes, this.rootLabel);
      if (gh && gl && gh[d] === h) {
        this.labeler.update(lb.ids, lb.n, gl[d], label);
        this.labeler.tick();
        label = gl[d];
      }
    }
    s.attach(h, d, label);
    if (this.functionLabels.has(label)) s.fn[h] = W[d];
  }

  private features(s: State, W: Int32Array, T: Int32Array, U: Int32Array): void {
    const buf = this.buf;
    const n = s.n;
    const sp = s.sp;
    const s0 = sp > 0 ? s.stack[sp - 1] : -1;
    const s1 = sp > 1 ? s.stack[sp - 2] : -1;
    const s2 = sp > 2 ? s.stack[sp - 3] : -1;
    const b0 = s.b <= n ? s.b : -1;
    const b1 = s.b + 1 <= n ? s.b + 1 : -1;
    const b2 = s.b + 2 <= n ? s.b + 2 : -1;
    const L = s.labels;
    const s0w = at(W, s0);
    const s0t = at(T, s0);
    const s1w = at(W, s1);
    const s1t = at(T, s1);
    const b0w = at(W, b0);
    const b0t = at(T, b0);
    const b1w = at(W, b1);
    const b1t = at(T, b1);
    const b2t = at(T, b2);
    const s2t = at(T, s2);
    const s0L = kid(s.l1, s0);
    const s0L2 = kid(s.l2, s0);
    const s0R = kid(s.r1, s0);
    const s0R2 = kid(s.r2, s0);
    const s1L = kid(s.l1, s1);
    const s1R = kid(s.r1, s1);
    const s1R2 = kid(s.r2, s1);
    const b0L = kid(s.l1, b0);
    const b0L2 = kid(s.l2, b0);
    const s0b0 = (s0t << 8) | (b0t & 0xff);
    const s1s0 = (s1t << 8) | (s0t & 0xff);
    const d0 = s0 > 0 && b0 > 0 ? bucket(b0 - s0) : 0;
    const d1 = s1 >= 0 && s0 > 0 ? bucket(s0 - s1) : 0;
    // every call passes all three atoms (0 for none, as the defaults): `next` is not inlined here (91 call
    // sites), and a call with fewer arguments than parameters costs more
    buf.template = 0;
    buf.next(0, 0, 0);
    // words and tags
    buf.next(s0w, 0, 0);
    buf.next(s0t, 0, 0);
    buf.next(s0w, s0t, 0);
    buf.next(at(U, s0), 0, 0);
    buf.next(s1w, 0, 0);
    buf.next(s1t, 0, 0);
    buf.next(s1w, s1t, 0);
    buf.next(b0w, 0, 0);
    buf.next(b0t, 0, 0);
    buf.next(b0w, b0t, 0);
    buf.next(at(U, b0), 0, 0);
    buf.next(b1w, 0, 0);
    buf.next(b1t, 0, 0);
    buf.next(b1w, b1t, 0);
    buf.next(at(W, b2), 0, 0);
    buf.next(b2t, 0, 0);
    buf.next(s2t, 0, 0);
    buf.next(at(W, s2), s2t, 0);
    // pairs
    buf.next(s0w, s0b0, b0w);
    buf.next(s0w, s0b0, 0);
    buf.next(b0w, s0b0, 0);
    buf.next(s0w, b0w, 0);
    buf.next(s0b0, 0, 0);
    buf.next(b0t, b1t, 0);
    buf.next(b0t, b1t, b2t);
    buf.next(s0b0, b1t, 0);
    buf.next(s1s0, b0t, 0);
    buf.next(s1s0, 0, 0);
    buf.next(s1w, s0w, 0);
    buf.next(s1w, s1s0, s0w);
    buf.next(s1w, s1s0, 0);
    buf.next(s0w, s1s0, 0);
    buf.next(s2t, s1s0, 0);
    buf.next(s1s0, b1t, 0);
    buf.next(at(U, s0), at(U, b0), 0);
    buf.next(at(U, s1), at(U, s0), 0);
    buf.next(at(U, s0), at(U, b0), at(U, b1));
    buf.next(at(U, s2), at(U, s1), at(U, s0));
    // distance
    buf.next(s0w, d0, 0);
    buf.next(s0t, d0, 0);
    buf.next(b0w, d0, 0);
    buf.next(b0t, d0, 0);
    buf.next(s0b0, d0, 0);
    buf.next(s1s0, d1, 0);
    buf.next(s1w, d1, 0);
    buf.next(s0w, d1, 0);
    // valency
    buf.next(s0w, kid(s.nl, s0), 0);
    buf.next(s0t, kid(s.nl, s0), 0);
    buf.next(s0w, kid(s.nr, s0), 0);
    buf.next(s0t, kid(s.nr, s0), 0);
    buf.next(s1w, kid(s.nr, s1), 0);
    buf.next(s1t, kid(s.nr, s1), 0);
    buf.next(s1t, kid(s.nl, s1), 0);
    buf.next(b0w, kid(s.nl, b0), 0);
    buf.next(b0t, kid(s.nl, b0), 0);
    // children
    buf.next(at(W, s0L), at(T, s0L), at(L, s0L));
    buf.next(at(T, s0L), 0, 0);
    buf.next(at(L, s0L), 0, 0);
    buf.next(at(W, s0R), at(T, s0R), at(L, s0R));
    buf.next(at(T, s0R), 0, 0);
    buf.next(at(L, s0R), 0, 0);
    buf.next(at(W, s1L), at(T, s1L), 0);
    buf.next(at(L, s1L), 0, 0);
    buf.next(at(W, s1R), at(T, s1R), 0);
    buf.next(at(L, s1R), 0, 0);
    buf.next(at(W, b0L), at(T, b0L), 0);
    buf.next(at(L, b0L), 0, 0);
    buf.next(at(T, s0L2), at(L, s0L2), 0);
    buf.next(at(T, s0R2), at(L, s0R2), 0);
    buf.next(at(T, s1R2), at(L, s1R2), 0);
    buf.next(at(T, b0L2), at(L, b0L2), 0);
    buf.next(s0t, at(T, s0L), at(T, s0L2));
    buf.next(s0t, at(T, s0R), at(T, s0R2));
    buf.next(s1t, at(T, s1R), at(T, s1R2));
    buf.next(b0t, at(T, b0L), at(T, b0L2));
    buf.next(s0b0, at(T, s0L), 0);
    buf.next(s0b0, at(T, s0R), 0);
    buf.next(s0b0, at(T, b0L), 0);
    buf.next(s1s0, at(T, s1R), 0);
    buf.next(s1s0, at(T, s0L), 0);
    buf.next(s1s0, at(L, s1R), 0);
    buf.next(s0b0, at(L, s0L), at(L, b0L));
    // label sets
    buf.next(s0t, kid(s.setLo, s0), kid(s.setHi, s0));
    buf.next(s1t, kid(s.setLo, s1), kid(s.setHi, s1));
    buf.next(b0t, kid(s.setLo, b0), kid(s.setHi, b0));
    buf.next(s0b0, kid(s.setLo, s0), kid(s.setHi, s0));
    buf.next(s1s0, kid(s.setLo, s1), kid(s.setHi, s1));
    // function words attached so far
    buf.next(s0t, kid(s.fn, s0), 0);
    buf.next(s1t, kid(s.fn, s1), 0);
    buf.next(s0b0, kid(s.fn, s0), 0);
  }

  /** Label features of arc h → d other than `labelTagFeatures` (and `leafFeatures` when `leaf`). */
  private labelFeatures(
    s: State,
    h: number,
    d: number,
    W: Int32Array,
    T: Int32Array,
    input: ParserInput,
    leaf: boolean,
  ): void {
    const lb = this.lbuf;
    const n = s.n;
    const dw = W[d];
    const dt = T[d];
    const hw = W[h];
    const ht = T[h];
    const dir = d < h ? 1 : 2;
    const dh = (dt << 8) | (ht & 0xff);
    const ds = input.suffix3[d - 1];
    const dL = s.l1[d];
    const dR = s.r1[d];
    // template ids as numbered when the features were one list (1000 + position); all atoms passed, as in `features`
    lb.put(1002, dw, 0, 0);
    lb.put(1005, hw, 0, 0);
    lb.put(1009, dw, ht, dir);
    lb.put(1010, dt, hw, dir);
    lb.put(1011, dw, hw, 0);
    lb.put(1014, ds, ht, dir);
    if (!leaf) {
      lb.put(1015, dt, s.setLo[d], s.setHi[d]);
      lb.put(1016, dh, s.setLo[d], s.setHi[d]);
      lb.put(1017, dt, at(s.labels, dL), at(s.labels, dR));
      lb.put(1018, dh, at(s.labels, dL), 0);
      lb.put(1019, dh, at(s.labels, dR), 0);
      lb.put(1020, s.fn[d], ht, dir);
      lb.put(1021, s.fn[d], dt, 0);
      lb.put(1022, s.fn[d], 0, 0);
    }
    lb.put(1023, ht, s.setLo[h], s.setHi[h]);
    lb.put(1024, dh, s.setLo[h], dir);
    lb.put(1025, dh, word(T, d - 1, n), word(T, d + 1, n));
    lb.put(1026, dh, word(T, h - 1, n), word(T, h + 1, n));
    lb.put(1027, dt, word(W, d - 1, n), 0);
    lb.put(1028, dt, word(W, d + 1, n), 0);
    if (!leaf) lb.put(1029, dh, s.nl[d], s.nr[d]);
    lb.put(1030, dw, dir, 0);
    lb.put(1031, hw, dir, dt);
    lb.put(1032, s.fn[d], hw, 0);
  }
}

/** Label features of the two words' tags, direction and distance alone (9 of 33; see `labelTagKey`). */
function labelTagFeatures(
  lb: FeatureBuffer,
  dt: number,
  du: number,
  ht: number,
  hu: number,
  dir: number,
  dist: number,
): void {
  const dh = (dt << 8) | (ht & 0xff);
  lb.put(1000, 0, 0, 0);
  lb.put(1001, dir, 0, 0);
  lb.put(1003, dt, 0, 0);
  lb.put(1004, du, 0, 0);
  lb.put(1006, ht, 0, 0);
  lb.put(1007, hu, 0, 0);
  lb.put(1008, dh, dir, 0);
  lb.put(1012, dh, dir, dist);
  lb.put(1013, du, hu, dir);
}

/**
 * `labelFeatures`' features of a dependent with no children, which read only tags then: no label set (0), no
 * child labels, no function word (NONE), no children counted (the same values as `labelFeatures` computes).
 */
function leafFeatures(lb: FeatureBuffer, dt: number, ht: number, dir: number): void {
  const dh = (dt << 8) | (ht & 0xff);
  lb.put(1015, dt, 0, 0);
  lb.put(1016, dh, 0, 0);
  lb.put(1017, dt, NONE, NONE);
  lb.put(1018, dh, NONE, 0);
  lb.put(1019, dh, NONE, 0);
  lb.put(1020, NONE, ht, dir);
  lb.put(1021, NONE, dt, 0);
  lb.put(1022, NONE, 0, 0);
  lb.put(1029, dh, 0, 0);
}

/** Bit of a `labelTagKey` whose dependent has no children (`leafFeatures` summed in the memo too). */
const LEAF_KEY = 1 << 26;

/** One small integer for what `labelTagFeatures` reads, when XPOS ids are < 64 and UPOS ids < 32. */
const labelTagKey = (dt: number, du: number, ht: number, hu: number, dir: number, dist: number) =>
  dt | (du << 6) | (ht << 11) | (hu << 17) | ((dir - 1) << 22) | (dist << 23);
