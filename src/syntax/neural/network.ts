import { seededRandom } from '../random.js';
import { LABEL_SLOTS, SLOTS, TAG_SLOTS, WORD_SLOTS } from './features.js';

/** Sizes of a network: vocabularies, embedding widths, hidden units, arc labels. */
export interface NetShape {
  words: number;
  tags: number;
  /** arc labels (the label embedding table has labels + 1 rows: 0 = none) */
  labels: number;
  dw: number;
  hidden: number;
}

/**
 * One hidden ReLU layer (Chen & Manning 2014) over word embeddings × a first-layer matrix, plus, for the
 * tag and label slots, a hidden-sized row per (slot, tag) — the same as their embedding × first layer
 * with the product learned directly, so a tag or label costs H adds in training as at run time. Two heads:
 * a softmax over the 3 moves and, per arc direction, a softmax over the labels.
 */
export class Network {
  /** Input width of the first layer: the word slots' embeddings. */
  readonly D: number;
  readonly H: number;
  readonly L: number;
  readonly Ew: Float32Array;
  /** Tag slots × tags × hidden. */
  readonly Tt: Float32Array;
  /** Label slots × (labels + 1) × hidden. */
  readonly Tl: Float32Array;
  /** Input × hidden, row i = input i (so a slot's rows are contiguous). */
  readonly W1: Float32Array;
  readonly b1: Float32Array;
  /** Moves × hidden. */
  readonly Wt: Float32Array;
  readonly bt: Float32Array;
  /** (direction × label) × hidden. */
  readonly Wl: Float32Array;
  readonly bl: Float32Array;
  private pre: { K: number; words: Float32Array } | null = null;

  /** Parameter sizes in `params` order. */
  static sizes(shape: NetShape): number[] {
    const { dw, hidden: H, labels, tags } = shape;
    const D = WORD_SLOTS * dw;
    return [
      shape.words * dw,
      TAG_SLOTS * tags * H,
      LABEL_SLOTS * (labels + 1) * H,
      D * H,
      H,
      3 * H,
      3,
      2 * labels * H,
      2 * labels,
    ];
  }

  /** Bytes of one buffer holding every parameter (e.g. a SharedArrayBuffer for training workers). */
  static byteLength(shape: NetShape): number {
    return 4 * Network.sizes(shape).reduce((a, b) => a + b, 0);
  }

  /** `buffer` (of `byteLength(shape)` bytes) holds the parameters when given, e.g. shared with workers. */
  constructor(
    readonly shape: NetShape,
    readonly buffer: ArrayBuffer | SharedArrayBuffer = new ArrayBuffer(Network.byteLength(shape)),
  ) {
    this.D = WORD_SLOTS * shape.dw;
    this.H = shape.hidden;
    this.L = shape.labels;
    let at = 0;
    const views = Network.sizes(shape).map((n) => {
      const v = new Float32Array(buffer, at, n);
      at += 4 * n;
      return v;
    });
    [this.Ew, this.Tt, this.Tl, this.W1, this.b1, this.Wt, this.bt, this.Wl, this.bl] = views;
  }

  /** Every parameter array, in a fixed order (save, load, optimiser); the first three are row tables. */
  params(): Float32Array[] {
    return [this.Ew, this.Tt, this.Tl, this.W1, this.b1, this.Wt, this.bt, this.Wl, this.bl];
  }

  /** Row of the direct hidden table of slot s (s ≥ WORD_SLOTS) for id: [table, start]. */
  directRow(s: number, id: number): [Float32Array, number] {
    const H = this.H;
    if (s < WORD_SLOTS + TAG_SLOTS) return [this.Tt, ((s - WORD_SLOTS) * this.shape.tags + id) * H];
    return [this.Tl, ((s - WORD_SLOTS - TAG_SLOTS) * (this.L + 1) + id) * H];
  }

  /** Random initial weights (uniform, Glorot-scaled for the layers), deterministic for a seed. */
  init(seed: number): void {
    const random = seededRandom(seed);
    const fill = (a: Float32Array, r: number) => {
      for (let i = 0; i < a.length; i++) a[i] = (2 * random() - 1) * r;
    };
    fill(this.Ew, 0.1);
    const slots = WORD_SLOTS + TAG_SLOTS + LABEL_SLOTS;
    const r1 = Math.sqrt(6 / (this.D + slots + this.H));
    fill(this.Tt, r1);
    fill(this.Tl, r1);
    fill(this.W1, r1);
    this.b1.fill(0.01);
    fill(this.Wt, Math.sqrt(6 / (this.H + 3)));
    fill(this.Wl, Math.sqrt(6 / (this.H + this.L)));
  }

  /** Precomputes embedding × first layer for the K most frequent word ids (the C&M trick). */
  precompute(K: number): void {
    const H = this.H;
    const K2 = Math.min(K, this.shape.words);
    const words = new Float32Array(WORD_SLOTS * K2 * H);
    for (let s = 0; s < WORD_SLOTS; s++)
      for (let id = 0; id < K2; id++) this.project(s, id, words, (s * K2 + id) * H);
    this.pre = { K: K2, words };
  }

  /** Drops the precomputed rows (they are stale once the weights change). */
  dropPrecomputed(): void {
    this.pre = null;
  }

  /** out[at..at+H) += embedding of word id × the first-layer rows of word slot s. */
  private project(s: number, id: number, out: Float32Array, at: number): void {
    const H = this.H;
    const W1 = this.W1;
    const d = this.shape.dw;
    const E = this.Ew;
    const e0 = id * d;
    for (let k = 0; k < d; k++) {
      const v = E[e0 + k];
      const row = (s * d + k) * H;
      for (let j = 0; j < H; j++) out[at + j] += v * W1[row + j];
    }
  }

  /** Hidden activations (ReLU) for one feature vector, at run time (uses the precomputed rows). */
  hidden(f: Int32Array, h: Float32Array): void {
    const H = this.H;
    h.set(this.b1);
    const pre = this.pre;
    for (let s = 0; s < WORD_SLOTS; s++) {
      const id = f[s];
      if (!pre || id >= pre.K) {
        this.project(s, id, h, 0);
        continue;
      }
      const rows = pre.words;
      const at = (s * pre.K + id) * H;
      for (let j = 0; j < H; j++) h[j] += rows[at + j];
    }
    for (let s = WORD_SLOTS; s < SLOTS; s++) {
      const [rows, at] = this.directRow(s, f[s]);
      for (let j = 0; j < H; j++) h[j] += rows[at + j];
    }
    for (let j = 0; j < H; j++) if (h[j] < 0) h[j] = 0;
  }
  /** Scores of the 3 moves from hidden activations. */
  moveScores(h: Float32Array, out: Float32Array): void {
    const H = this.H;
    for (let c = 0; c < 3; c++) {
      let z = this.bt[c];
      const row = c * H;
      for (let j = 0; j < H; j++) z += h[j] * this.Wt[row + j];
      out[c] = z;
    }
  }

  /** Best label of an arc in direction dir (0 LEFT, 1 RIGHT), skipping label `except`. */
  bestLabel(h: Float32Array, dir: number, except: number): number {
    const H = this.H;
    let best = -1;
    let max = -Infinity;
    for (let l = 0; l < this.L; l++) {
      if (l === except) continue;
      const c = dir * this.L + l;
      let z = this.bl[c];
      const row = c * H;
      for (let j = 0; j < H; j++) z += h[j] * this.Wl[row + j];
      if (z > max) {
        max = z;
        best = l;
      }
    }
    return best;
  }
}
