import { seededRandom } from '../random.js';
import { SLOTS, TAG_SLOTS, WORD_SLOTS } from './features.js';
import type { Network } from './network.js';

/** Training examples: feature ids, valid moves and targets of each configuration, packed. */
export interface Examples {
  count: number;
  feats: Uint16Array;
  /** Bit t set when move t is valid. */
  valid: Uint8Array;
  /** Bit t set when move t is correct (zero cost); 0 when only one move was valid (no move loss). */
  gold: Uint8Array;
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
 * One participant's gradients and the embedding-table rows it touched in the current batch. Data-parallel
 * training gives each participant one set over shared memory; the update sums the sets.
 */
export interface GradientSet {
  grads: Float32Array[];
  /** Per row table: 1 when the row was touched. */
  flags: Uint8Array[];
  /** Per row table: the touched rows, `counts[table]` of them. */
  lists: Int32Array[];
  counts: Int32Array;
}

/** Row width of row table t (0 word embeddings, 1 tag rows, 2 label rows). */
const rowWidth = (net: Network, table: number) => (table === 0 ? net.shape.dw : net.H);

/** Byte sizes of a gradient set's arrays (grads…, flags…, lists…, counts), to allocate shared memory. */
export function gradientSetSizes(net: Network): { grads: number[]; rows: number[] } {
  const params = net.params();
  return {
    grads: params.map((p) => p.length),
    rows: [0, 1, 2].map((t) => params[t].length / rowWidth(net, t)),
  };
}

/** A gradient set over `buffers` (from `gradientSetBuffers`), or fresh memory. */
export function gradientSet(net: Network, buffers?: ArrayBufferLike[]): GradientSet {
  const { grads, rows } = gradientSetSizes(net);
  const b = buffers ?? gradientSetBuffers(net, false);
  return {
    grads: grads.map((_, i) => new Float32Array(b[i])),
    flags: rows.map((_, t) => new Uint8Array(b[grads.length + t])),
    lists: rows.map((_, t) => new Int32Array(b[grads.length + 3 + t])),
    counts: new Int32Array(b[grads.length + 6]),
  };
}

/** Buffers for one gradient set (shared when `shared`). */
export function gradientSetBuffers(net: Network, shared: boolean): ArrayBufferLike[] {
  const { grads, rows } = gradientSetSizes(net);
  const make = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return [
    ...grads.map((n) => make(4 * n)),
    ...rows.map((n) => make(n)),
    ...rows.map((n) => make(4 * n)),
    make(4 * 3),
  ];
}

/**
 * Minibatch Adam for a `Network`: dense gradients for the layers, sparse (touched rows only, "lazy Adam")
 * for the embedding tables. With several participants (data-parallel), each accumulates into its own set
 * and updates its share of the parameters from the sum of all sets, so the result does not depend on timing.
 */
export class Trainer {
  private readonly own: GradientSet;
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];
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
  /** Learning rate; the schedule may change it between epochs. */
  rate: number;
  readonly dropout: number;

  /** `sets`: every participant's gradient set, `part`: this participant's index (0 alone). */
  constructor(
    readonly net: Network,
    opts: TrainerOptions = {},
    private readonly sets: GradientSet[] = [gradientSet(net)],
    private readonly part = 0,
  ) {
    const params = net.params();
    this.own = sets[part];
    this.m = params.map((p) => new Float32Array(p.length));
    this.v = params.map((p) => new Float32Array(p.length));
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

  private touch(table: number, row: number): void {
    const own = this.own;
    if (own.flags[table][row]) return;
    own.flags[table][row] = 1;
    own.lists[table][own.counts[table]++] = row;
  }

  /** Forward + backward on example e, gradients accumulated; returns its loss. */
  accumulate(ex: Examples, e: number): number {
    const net = this.net;
    const { H, L } = net;
    const dw = net.shape.dw;
    const { x, pre, h, dh, mask, active } = this;
    const [gEw, gTt, gTl, gW1, gb1, gWt, gbt, gWl, gbl] = this.own.grads;
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
    const gold = ex.gold[e];
    if (gold) {
      // loss −log Σ p over the correct moves (one under the static oracle, all zero-cost ones under the dynamic)
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
      let good = 0;
      for (let c = 0; c < 3; c++) {
        if (!(valid & (1 << c))) continue;
        const q = Math.exp(z[c] - max);
        z[c] = q;
        sum += q;
        if (gold & (1 << c)) good += q;
      }
      loss -= Math.log(good / sum + 1e-12);
      for (let c = 0; c < 3; c++) {
        if (!(valid & (1 << c))) continue;
        const p = z[c] / sum;
        const g = gold & (1 << c) ? p - z[c] / good : p;
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
      const target = ex.label[e];
      for (let l = 0; l < L; l++) {
        const p = Math.exp(lz[l] - max) / sum;
        if (l === target) loss -= Math.log(p + 1e-12);
        const g = p - (l === target ? 1 : 0);
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

  /**
   * Applies the summed gradients of a batch of `n` examples (Adam) to this participant's share of the
   * parameters (all of them when alone) and clears those gradients. With several participants every one
   * must have finished accumulating first, and none may accumulate again before all have updated.
   */
  update(n: number): void {
    this.t++;
    const b1 = 0.9;
    const b2 = 0.999;
    const lr = (this.rate * Math.sqrt(1 - b2 ** this.t)) / (1 - b1 ** this.t);
    const scale = 1 / n;
    const params = this.net.params();
    const sets = this.sets;
    const parts = sets.length;
    const part = this.part;
    const step = (p: number, from: number, to: number) => {
      const w = params[p];
      const m = this.m[p];
      const v = this.v[p];
      for (let i = from; i < to; i++) {
        let gi = 0;
        for (let k = 0; k < parts; k++) {
          const g = sets[k].grads[p];
          gi += g[i];
          g[i] = 0;
        }
        gi *= scale;
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        w[i] -= (lr * m[i]) / (Math.sqrt(v[i]) + 1e-8);
      }
    };
    for (let table = 0; table < 3; table++) {
      const d = rowWidth(this.net, table);
      // a row is updated by participant row % parts, once, from the first set that touched it
      for (let k = 0; k < parts; k++) {
        const { lists, counts } = sets[k];
        for (let r = 0; r < counts[table]; r++) {
          const id = lists[table][r];
          if (id % parts !== part) continue;
          let seen = false;
          for (let q = 0; q < k && !seen; q++) seen = sets[q].flags[table][id] === 1;
          if (!seen) step(table, id * d, (id + 1) * d);
        }
      }
      for (let k = 0; k < parts; k++) {
        const { lists, counts, flags } = sets[k];
        for (let r = 0; r < counts[table]; r++) {
          const id = lists[table][r];
          if (id % parts === part) flags[table][id] = 0;
        }
      }
    }
    for (let p = 3; p < params.length; p++) {
      const len = params[p].length;
      step(p, Math.floor((len * part) / parts), Math.floor((len * (part + 1)) / parts));
    }
    if (parts === 1) this.startBatch();
  }

  /** Forgets this participant's touched rows (after every participant has updated). */
  startBatch(): void {
    this.own.counts.fill(0);
  }
}
