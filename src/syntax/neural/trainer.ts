import { seededRandom } from '../random.js';
import { SLOTS, TAG_SLOTS, WORD_SLOTS } from './features.js';
import type { Network } from './network.js';

/** Training examples: feature ids, valid moves and targets of each configuration, packed. */
export interface Examples {
  count: number;
  feats: Uint16Array;
  /** Bit t set when move t is valid. */
  valid: Uint8Array;
  /** Oracle move, or -1 when the move was the only valid one (no move loss). */
  move: Int8Array;
  /** 0 LEFT / 1 RIGHT for the label loss, -1 when the example has no label target. */
  dir: Int8Array;
  label: Int16Array;
}

/** Adam options; dropout is on the hidden layer. */
export interface TrainerOptions {
  rate?: number;
  dropout?: number;
  seed?: number;
}

/**
 * Minibatch Adam for a `Network`: dense gradients for the layers, sparse (touched rows only, "lazy Adam")
 * for the embedding tables.
 */
export class Trainer {
  private readonly grads: Float32Array[];
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];
  /** Per embedding table: rows touched in this batch. */
  private readonly touched: Uint8Array[];
  private readonly touchedList: number[][] = [[], [], []];
  private t = 0;
  private readonly x: Float32Array;
  private readonly pre: Float32Array;
  private readonly h: Float32Array;
  private readonly dh: Float32Array;
  private readonly mask: Float32Array;
  private readonly active: Int32Array;
  private readonly z = new Float64Array(3);
  private readonly lz: Float32Array;
  private readonly random: () => number;
  readonly rate: number;
  readonly dropout: number;

  constructor(
    readonly net: Network,
    opts: TrainerOptions = {},
  ) {
    const params = net.params();
    this.grads = params.map((p) => new Float32Array(p.length));
    this.m = params.map((p) => new Float32Array(p.length));
    this.v = params.map((p) => new Float32Array(p.length));
    this.touched = [0, 1, 2].map((t) => new Uint8Array(params[t].length / this.width(t)));
    this.x = new Float32Array(net.D);
    this.pre = new Float32Array(net.H);
    this.h = new Float32Array(net.H);
    this.dh = new Float32Array(net.H);
    this.mask = new Float32Array(net.H);
    this.active = new Int32Array(net.H);
    this.lz = new Float32Array(net.L);
    this.random = seededRandom(opts.seed ?? 1);
    this.rate = opts.rate ?? 0.001;
    this.dropout = opts.dropout ?? 0;
  }

  /** Row width of row table t (0 word embeddings, 1 tag rows, 2 label rows). */
  private width(table: number): number {
    return table === 0 ? this.net.shape.dw : this.net.H;
  }

  private touch(table: number, row: number): void {
    if (this.touched[table][row]) return;
    this.touched[table][row] = 1;
    this.touchedList[table].push(row);
  }

  /** Forward + backward on example e, gradients accumulated; returns its loss. */
  accumulate(ex: Examples, e: number): number {
    const net = this.net;
    const { H, L } = net;
    const dw = net.shape.dw;
    const { x, pre, h, dh, mask, active } = this;
    const [gEw, gTt, gTl, gW1, gb1, gWt, gbt, gWl, gbl] = this.grads;
    const f0 = e * SLOTS;
    const W1 = net.W1;
    const Ew = net.Ew;
    pre.set(net.b1);
    for (let s = 0; s < WORD_SLOTS; s++) {
      const e0 = ex.feats[f0 + s] * dw;
      for (let k = 0; k < dw; k++) {
        const i = s * dw + k;
        const xi = Ew[e0 + k];
        x[i] = xi;
        const row = i * H;
        for (let j = 0; j < H; j++) pre[j] += xi * W1[row + j];
      }
    }
    for (let s = WORD_SLOTS; s < SLOTS; s++) {
      const [rows, at] = net.directRow(s, ex.feats[f0 + s]);
      for (let j = 0; j < H; j++) pre[j] += rows[at + j];
    }
    const keep = 1 - this.dropout;
    for (let j = 0; j < H; j++) {
      mask[j] = this.dropout > 0 && this.random() >= keep ? 0 : 1 / keep;
      h[j] = pre[j] > 0 ? pre[j] * mask[j] : 0;
    }
    dh.fill(0);
    let loss = 0;
    const move = ex.move[e];
    if (move >= 0) {
      const valid = ex.valid[e];
      const z = this.z;
      let max = -Infinity;
      for (let c = 0; c < 3; c++) {
        if (!(valid & (1 << c))) continue;
        let s = net.bt[c];
        const row = c * H;
        for (let j = 0; j < H; j++) s += h[j] * net.Wt[row + j];
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < 3; c++) if (valid & (1 << c)) sum += Math.exp(z[c] - max);
      for (let c = 0; c < 3; c++) {
        if (!(valid & (1 << c))) continue;
        const p = Math.exp(z[c] - max) / sum;
        const g = p - (c === move ? 1 : 0);
        if (c === move) loss -= Math.log(p + 1e-12);
        gbt[c] += g;
        const row = c * H;
        for (let j = 0; j < H; j++) {
          gWt[row + j] += g * h[j];
          dh[j] += g * net.Wt[row + j];
        }
      }
    }
    const dir = ex.dir[e];
    if (dir >= 0) {
      const lz = this.lz;
      let max = -Infinity;
      for (let l = 0; l < L; l++) {
        const c = dir * L + l;
        let s = net.bl[c];
        const row = c * H;
        for (let j = 0; j < H; j++) s += h[j] * net.Wl[row + j];
        lz[l] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let l = 0; l < L; l++) sum += Math.exp(lz[l] - max);
      const gold = ex.label[e];
      for (let l = 0; l < L; l++) {
        const p = Math.exp(lz[l] - max) / sum;
        if (l === gold) loss -= Math.log(p + 1e-12);
        const g = p - (l === gold ? 1 : 0);
        if (g > -1e-6 && g < 1e-6) continue;
        const c = dir * L + l;
        gbl[c] += g;
        const row = c * H;
        for (let j = 0; j < H; j++) {
          gWl[row + j] += g * h[j];
          dh[j] += g * net.Wl[row + j];
        }
      }
    }
    // only units with a non-zero gradient (ReLU on, not dropped) take part in the backward pass
    let na = 0;
    for (let j = 0; j < H; j++) {
      const g = pre[j] > 0 ? dh[j] * mask[j] : 0;
      dh[j] = g;
      if (g !== 0) {
        gb1[j] += g;
        active[na++] = j;
      }
    }
    for (let s = WORD_SLOTS; s < SLOTS; s++) {
      const id = ex.feats[f0 + s];
      const table = s < WORD_SLOTS + TAG_SLOTS ? 1 : 2;
      const [, at] = net.directRow(s, id);
      const g = table === 1 ? gTt : gTl;
      for (let a = 0; a < na; a++) {
        const j = active[a];
        g[at + j] += dh[j];
      }
      this.touch(table, at / H);
    }
    for (let s = 0; s < WORD_SLOTS; s++) {
      const id = ex.feats[f0 + s];
      const e0 = id * dw;
      for (let k = 0; k < dw; k++) {
        const i = s * dw + k;
        const xi = x[i];
        const row = i * H;
        let gx = 0;
        for (let a = 0; a < na; a++) {
          const j = active[a];
          const g = dh[j];
          gx += W1[row + j] * g;
          gW1[row + j] += xi * g;
        }
        gEw[e0 + k] += gx;
      }
      this.touch(0, id);
    }
    return loss;
  }

  /** Applies the accumulated gradients of a batch of `n` examples (Adam) and clears them. */
  update(n: number): void {
    this.t++;
    const b1 = 0.9;
    const b2 = 0.999;
    const lr = (this.rate * Math.sqrt(1 - b2 ** this.t)) / (1 - b1 ** this.t);
    const scale = 1 / n;
    const params = this.net.params();
    const step = (p: number, from: number, to: number) => {
      const w = params[p];
      const g = this.grads[p];
      const m = this.m[p];
      const v = this.v[p];
      for (let i = from; i < to; i++) {
        const gi = g[i] * scale;
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        w[i] -= (lr * m[i]) / (Math.sqrt(v[i]) + 1e-8);
        g[i] = 0;
      }
    };
    for (let table = 0; table < 3; table++) {
      const d = this.width(table);
      for (const id of this.touchedList[table]) {
        step(table, id * d, (id + 1) * d);
        this.touched[table][id] = 0;
      }
      this.touchedList[table].length = 0;
    }
    for (let p = 3; p < params.length; p++) step(p, 0, params[p].length);
  }
}
