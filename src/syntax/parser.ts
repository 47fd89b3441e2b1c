import { FeatureBuffer, feat } from './feature-hash.js';
import { argmax, Perceptron } from './perceptron.js';

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

const SHIFT = 0;
const LEFT = 1;
const RIGHT = 2;
const NONE = 0x7f01;
const ROOT_W = 0x7f02;

/** Parser configuration of the arc-hybrid system; index 0 is the artificial root. */
class State {
  readonly stack: Int32Array;
  sp = 1;
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  readonly setLo: Int32Array;
  readonly setHi: Int32Array;
  /** Word of the last case/mark child: tells obl from obj, advcl from xcomp. */
  readonly fn: Int32Array;

  constructor(readonly n: number) {
    const mk = (fill: number) => new Int32Array(n + 1).fill(fill);
    this.stack = mk(0);
    this.heads = mk(-1);
    this.labels = mk(-1);
    this.l1 = mk(-1);
    this.l2 = mk(-1);
    this.r1 = mk(-1);
    this.r2 = mk(-1);
    this.nl = mk(0);
    this.nr = mk(0);
    this.setLo = mk(0);
    this.setHi = mk(0);
    this.fn = mk(NONE);
  }

  done(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  valid(t: number): boolean {
    const bufferEmpty = this.b > this.n;
    if (t === SHIFT) return !bufferEmpty;
    if (t === LEFT) return !bufferEmpty && this.sp > 1;
    return this.sp > 2 || (this.sp === 2 && bufferEmpty);
  }

  attach(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    if (label < 32) this.setLo[h] |= 1 << label;
    else this.setHi[h] |= 1 << (label - 32);
    if (d < h) {
      this.nl[h]++;
      if (this.l1[h] < 0 || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] < 0 || d < this.l2[h]) this.l2[h] = d;
    } else {
      this.nr[h]++;
      if (this.r1[h] < 0 || d > this.r1[h]) {
        this.r2[h] = this.r1[h];
        this.r1[h] = d;
      } else if (this.r2[h] < 0 || d > this.r2[h]) this.r2[h] = d;
    }
  }
}

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
  private readonly lscores: Float32Array;
  /** Labels that may attach a word to another (all but root). */
  private readonly canLabel: (c: number) => boolean;

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
    this.canLabel = (c) => c !== this.rootLabel;
  }

  /** A fresh, untrained parser. */
  static create(labelNames: string[], bits = 21, labelBits = 18): Parser {
    return new Parser(labelNames, new Perceptron(3, bits), new Perceptron(labelNames.length, labelBits));
  }

  /** Parses one sentence. */
  parse(input: ParserInput): ParseResult {
    return this.run(input, null, null);
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
    const s = new State(n);
    // 1-based views with the root at 0
    const W = new Int32Array(n + 1);
    const T = new Int32Array(n + 1);
    const U = new Int32Array(n + 1);
    W[0] = ROOT_W;
    T[0] = 0x7f03;
    U[0] = 0x7f03;
    for (let i = 0; i < n; i++) {
      W[i + 1] = input.lower[i];
      T[i + 1] = input.xpos[i];
      U[i + 1] = input.upos[i];
    }
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
      buf.n = 0;
      this.features(s, W, T, U);
      this.transitions.score(buf.ids, buf.n, scores);
      let pred = -1;
      for (let t = 0; t < 3; t++) if (s.valid(t) && (pred < 0 || scores[t] > scores[pred])) pred = t;
      let next = pred;
      if (gh && opts) {
        let min = 1 << 30;
        for (let t = 0; t < 3; t++) {
          costs[t] = s.valid(t) ? cost(s, t, gh) : 1 << 30;
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
    const heads = s.heads.slice(1);
    const labels = s.labels.slice(1);
    return { heads, labels };
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
      this.labelFeatures(s, h, d, W, T, U, input);
      this.labeler.score(lb.ids, lb.n, this.lscores);
      label = argmax(this.lscores, this.labeler.classes, this.canLabel);
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
    const w = (p: number) => (p < 0 ? NONE : W[p]);
    const t = (p: number) => (p < 0 ? NONE : T[p]);
    const u = (p: number) => (p < 0 ? NONE : U[p]);
    const l = (p: number) => (p < 0 ? NONE : s.labels[p]);
    const ch = (a: Int32Array, p: number) => (p < 0 ? -1 : a[p]);
    const s0w = w(s0);
    const s0t = t(s0);
    const s1w = w(s1);
    const s1t = t(s1);
    const b0w = w(b0);
    const b0t = t(b0);
    const b1w = w(b1);
    const b1t = t(b1);
    const b2t = t(b2);
    const s2t = t(s2);
    const s0L = ch(s.l1, s0);
    const s0L2 = ch(s.l2, s0);
    const s0R = ch(s.r1, s0);
    const s0R2 = ch(s.r2, s0);
    const s1L = ch(s.l1, s1);
    const s1R = ch(s.r1, s1);
    const s1R2 = ch(s.r2, s1);
    const b0L = ch(s.l1, b0);
    const b0L2 = ch(s.l2, b0);
    const s0b0 = (s0t << 8) | (b0t & 0xff);
    const s1s0 = (s1t << 8) | (s0t & 0xff);
    const d0 = s0 > 0 && b0 > 0 ? bucket(b0 - s0) : 0;
    const d1 = s1 >= 0 && s0 > 0 ? bucket(s0 - s1) : 0;
    const v = (a: Int32Array, p: number) => (p < 0 ? -1 : a[p]);
    let k = 0;
    const f = (a: number, b = 0, c = 0) => buf.add(feat(k++, a, b, c));
    f(0);
    // words and tags
    f(s0w);
    f(s0t);
    f(s0w, s0t);
    f(u(s0));
    f(s1w);
    f(s1t);
    f(s1w, s1t);
    f(b0w);
    f(b0t);
    f(b0w, b0t);
    f(u(b0));
    f(b1w);
    f(b1t);
    f(b1w, b1t);
    f(w(b2));
    f(b2t);
    f(s2t);
    f(w(s2), s2t);
    // pairs
    f(s0w, s0b0, b0w);
    f(s0w, s0b0);
    f(b0w, s0b0);
    f(s0w, b0w);
    f(s0b0);
    f(b0t, b1t);
    f(b0t, b1t, b2t);
    f(s0b0, b1t);
    f(s1s0, b0t);
    f(s1s0);
    f(s1w, s0w);
    f(s1w, s1s0, s0w);
    f(s1w, s1s0);
    f(s0w, s1s0);
    f(s2t, s1s0);
    f(s1s0, b1t);
    f(u(s0), u(b0));
    f(u(s1), u(s0));
    f(u(s0), u(b0), u(b1));
    f(u(s2), u(s1), u(s0));
    // distance
    f(s0w, d0);
    f(s0t, d0);
    f(b0w, d0);
    f(b0t, d0);
    f(s0b0, d0);
    f(s1s0, d1);
    f(s1w, d1);
    f(s0w, d1);
    // valency
    f(s0w, v(s.nl, s0));
    f(s0t, v(s.nl, s0));
    f(s0w, v(s.nr, s0));
    f(s0t, v(s.nr, s0));
    f(s1w, v(s.nr, s1));
    f(s1t, v(s.nr, s1));
    f(s1t, v(s.nl, s1));
    f(b0w, v(s.nl, b0));
    f(b0t, v(s.nl, b0));
    // children
    f(w(s0L), t(s0L), l(s0L));
    f(t(s0L));
    f(l(s0L));
    f(w(s0R), t(s0R), l(s0R));
    f(t(s0R));
    f(l(s0R));
    f(w(s1L), t(s1L));
    f(l(s1L));
    f(w(s1R), t(s1R));
    f(l(s1R));
    f(w(b0L), t(b0L));
    f(l(b0L));
    f(t(s0L2), l(s0L2));
    f(t(s0R2), l(s0R2));
    f(t(s1R2), l(s1R2));
    f(t(b0L2), l(b0L2));
    f(s0t, t(s0L), t(s0L2));
    f(s0t, t(s0R), t(s0R2));
    f(s1t, t(s1R), t(s1R2));
    f(b0t, t(b0L), t(b0L2));
    f(s0b0, t(s0L));
    f(s0b0, t(s0R));
    f(s0b0, t(b0L));
    f(s1s0, t(s1R));
    f(s1s0, t(s0L));
    f(s1s0, l(s1R));
    f(s0b0, l(s0L), l(b0L));
    // label sets
    f(s0t, v(s.setLo, s0), v(s.setHi, s0));
    f(s1t, v(s.setLo, s1), v(s.setHi, s1));
    f(b0t, v(s.setLo, b0), v(s.setHi, b0));
    f(s0b0, v(s.setLo, s0), v(s.setHi, s0));
    f(s1s0, v(s.setLo, s1), v(s.setHi, s1));
    // function words attached so far
    f(s0t, v(s.fn, s0));
    f(s1t, v(s.fn, s1));
    f(s0b0, v(s.fn, s0));
  }

  private labelFeatures(
    s: State,
    h: number,
    d: number,
    W: Int32Array,
    T: Int32Array,
    U: Int32Array,
    input: ParserInput,
  ): void {
    const lb = this.lbuf;
    const n = s.n;
    const at = (a: Int32Array, p: number) => (p < 1 || p > n ? NONE : a[p]);
    const dw = W[d];
    const dt = T[d];
    const du = U[d];
    const hw = W[h];
    const ht = T[h];
    const hu = U[h];
    const dir = d < h ? 1 : 2;
    const dist = bucket(Math.abs(h - d));
    const dh = (dt << 8) | (ht & 0xff);
    const ds = input.suffix3[d - 1];
    const dL = s.l1[d];
    const dR = s.r1[d];
    const lab = (p: number) => (p < 0 ? NONE : s.labels[p]);
    let k = 0;
    const f = (a: number, b = 0, c = 0) => lb.add(feat(1000 + k++, a, b, c));
    f(0);
    f(dir);
    f(dw);
    f(dt);
    f(du);
    f(hw);
    f(ht);
    f(hu);
    f(dh, dir);
    f(dw, ht, dir);
    f(dt, hw, dir);
    f(dw, hw);
    f(dh, dir, dist);
    f(du, hu, dir);
    f(ds, ht, dir);
    f(dt, s.setLo[d], s.setHi[d]);
    f(dh, s.setLo[d], s.setHi[d]);
    f(dt, lab(dL), lab(dR));
    f(dh, lab(dL));
    f(dh, lab(dR));
    f(s.fn[d], ht, dir);
    f(s.fn[d], dt);
    f(s.fn[d]);
    f(ht, s.setLo[h], s.setHi[h]);
    f(dh, s.setLo[h], dir);
    f(dh, at(T, d - 1), at(T, d + 1));
    f(dh, at(T, h - 1), at(T, h + 1));
    f(dt, at(W, d - 1));
    f(dt, at(W, d + 1));
    f(dh, s.nl[d], s.nr[d]);
    f(dw, dir);
    f(hw, dir, dt);
    f(s.fn[d], hw);
  }
}

/** Gold arcs lost by taking transition t (arc-decomposable, so this is the exact dynamic-oracle cost). */
function cost(s: State, t: number, gh: Int32Array): number {
  const n = s.n;
  const b0 = s.b;
  const sp = s.sp;
  let c = 0;
  if (t === SHIFT) {
    for (let k = 0; k < sp; k++) {
      const x = s.stack[k];
      if (gh[x] === b0 && x !== 0) c++;
      if (k < sp - 1 && gh[b0] === x) c++;
    }
    return c;
  }
  const s0 = s.stack[sp - 1];
  for (let d = b0; d <= n; d++) if (gh[d] === s0) c++;
  const h = gh[s0];
  if (t === LEFT) {
    if (h !== b0 && (h === s.stack[sp - 2] || h > b0)) c++;
  } else if (t === RIGHT && h !== s.stack[sp - 2] && h >= b0) c++;
  return c;
}
