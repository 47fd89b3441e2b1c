/** Non-zero cells a light row keeps inline (8 bytes; XPOS + UPOS interleaved: 16, a quarter of a cache line). */
export const SLOT = 4;

/** First cell of a slot whose row is stored densely in `heavy` (bits 0–14: low bits of its index). */
export const HEAVY = 0x8000;

/**
 * Loaded weights as int8 codes (weight = lut[code + 128] × scale; lut holds integers sign(c) c², so sums of
 * up to 1000 of them are exact in float32 whatever the order). Narrow tables keep dense rows (`dense`, row r at
 * r × classes). Wide ones, mostly zeros, keep only non-zero cells `(code + 128) << 7 | class` (classes
 * ascending, < 128) in `slots[r × SLOT ..]` (0 = no more). A row with more than SLOT non-zero cells (few rows,
 * but the most often read: frequent features) is a *heavy* row: its slot holds `HEAVY | at & 0x7fff`,
 * `at >>> 15` and the count, and its cells sit in `heavy[at ..]`, a small block that stays in cache. Two tables read with the same feature ids may share one `slots` array,
 * row r of each side by side (`stride` 2 × SLOT, `offset` 0 or SLOT): one cache line.
 */
export interface QuantizedWeights {
  lut: Float32Array;
  scale: number;
  dense?: Int8Array;
  slots?: Uint16Array;
  stride?: number;
  offset?: number;
  heavy?: Uint16Array;
}

/**
 * A multi-class averaged perceptron over hashed features: weights are a dense table of
 * `2^bits` buckets × `classes`, so scoring a feature is one contiguous row read.
 */
export class Perceptron {
  readonly weights: Float32Array;
  /** Sum of (update time × delta), for averaging without touching every weight each step. */
  private acc: Float32Array | null = null;
  private time = 1;
  /** Slot offsets of the rows being summed (sparse tables; reused). */
  private firsts = new Int32Array(0);
  /** Sink of the cells read ahead, so that the reads are kept. */
  touched = 0;

  constructor(
    readonly classes: number,
    readonly bits: number,
    weights?: Float32Array,
    /** A loaded model keeps int8 codes (a quarter of the memory, fewer cache misses). */
    readonly quantized: QuantizedWeights | null = null,
  ) {
    this.weights = weights ?? new Float32Array(quantized ? 0 : (1 << bits) * classes);
  }

  /** Weight i as a float, whichever form the table is in. */
  weightAt(i: number): number {
    const qw = this.quantized;
    if (!qw) return this.weights[i];
    if (qw.dense) return qw.lut[qw.dense[i] + 128] * qw.scale;
    const { slots, heavy } = qw as Required<QuantizedWeights>;
    const r = Math.floor(i / this.classes);
    const c = i - r * this.classes;
    const at = r * (qw.stride ?? SLOT) + (qw.offset ?? 0);
    const from = (slots[at] & 0x7fff) | (slots[at + 1] << 15);
    const cells =
      slots[at] & HEAVY ? heavy.subarray(from, from + slots[at + 2]) : slots.subarray(at, at + SLOT);
    for (const cell of cells) if (cell !== 0 && (cell & 0x7f) === c) return qw.lut[cell >>> 7] * qw.scale;
    return 0;
  }

  get size(): number {
    return (1 << this.bits) * this.classes;
  }

  get mask(): number {
    return (1 << this.bits) - 1;
  }

  /** Scores of these features: the sum of their rows, into `out` (length ≥ classes). */
  score(ids: Int32Array, n: number, out: Float32Array): void {
    out.fill(0, 0, this.classes);
    this.addRows(ids, n, out);
  }

  /** Adds each feature row into `out` (length ≥ classes). */
  addRows(ids: Int32Array, n: number, out: Float32Array): void {
    const k = this.classes;
    const qw = this.quantized;
    if (qw?.dense) {
      const q = qw.dense;
      const lut = qw.lut;
      if (k === 3) {
        // the transition table: three classes unrolled (integer sums: exact in doubles as in float32). A
        // first loop of a few instructions per row only loads each row's first cell, so many more of the
        // cache misses are in flight at once than in the summing loop, which then finds the rows in cache.
        let touched = 0;
        for (let i = 0; i < n; i++) touched ^= q[ids[i] * 3];
        this.touched = touched;
        let a = 0;
        let b = 0;
        let c = 0;
        for (let i = 0; i < n; i++) {
          const row = ids[i] * 3;
          a += lut[q[row] + 128];
          b += lut[q[row + 1] + 128];
          c += lut[q[row + 2] + 128];
        }
        out[0] += a;
        out[1] += b;
        out[2] += c;
        return;
      }
      for (let i = 0; i < n; i++) {
        const row = ids[i] * k;
        for (let c = 0; c < k; c++) out[c] += lut[q[row + c] + 128];
      }
      return;
    }
    if (qw) {
      // Skipping zero cells changes no (exact, integer) sum. Every cell of a light slot is read, empty ones (cell 0) adding lut[0] = 0 to class 0: no data-dependent branch.
      const { slots, heavy } = qw as Required<QuantizedWeights>;
      const lut = qw.lut;
      const stride = qw.stride ?? SLOT;
      const offset = qw.offset ?? 0;
      // First every row's slot and first heavy cell are read with no branch on what they hold, so their cache
      // misses overlap; the loop below, which branches on them (light or heavy), then finds them in cache.
      if (this.firsts.length < n) this.firsts = new Int32Array(2 * n);
      const firsts = this.firsts;
      let touched = 0;
      for (let i = 0; i < n; i++) {
        const j = ids[i] * stride + offset;
        const first = slots[j];
        firsts[i] = j;
        // heavy rows: their first cell; light rows: heavy[0]
        touched ^= heavy[((first & 0x7fff) | (slots[j + 1] << 15)) * (first >>> 15)];
      }
      this.touched = touched;
      for (let i = 0; i < n; i++) {
        let j = firsts[i];
        const first = slots[j];
        if (first & HEAVY) {
          let m = (first & 0x7fff) | (slots[j + 1] << 15);
          const stop = m + slots[j + 2];
          for (; m < stop; m++) {
            const cell = heavy[m];
            out[cell & 0x7f] += lut[cell >>> 7];
          }
          continue;
        }
        out[first & 0x7f] += lut[first >>> 7];
        const end = j + SLOT;
        for (j++; j < end; j++) {
          const cell = slots[j];
          out[cell & 0x7f] += lut[cell >>> 7];
        }
      }
      return;
    }
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const row = ids[i] * k;
      for (let c = 0; c < k; c++) out[c] += w[row + c];
    }
  }

  /** Moves weight from `bad` to `good` for these features. */
  update(ids: Int32Array, n: number, good: number, bad: number): void {
    if (good === bad) return;
    if (this.quantized) throw new Error('a loaded (quantised) model cannot be trained further');
    this.acc ??= new Float32Array(this.weights.length);
    const k = this.classes;
    const w = this.weights;
    const a = this.acc;
    const t = this.time;
    for (let i = 0; i < n; i++) {
      const row = ids[i] * k;
      w[row + good] += 1;
      a[row + good] += t;
      w[row + bad] -= 1;
      a[row + bad] -= t;
    }
  }

  /** Adds `delta` to class `cls` of these features (global, structured updates). */
  add(ids: Int32Array, n: number, cls: number, delta: number): void {
    if (this.quantized) throw new Error('a loaded (quantised) model cannot be trained further');
    this.acc ??= new Float32Array(this.weights.length);
    const k = this.classes;
    const t = this.time;
    for (let i = 0; i < n; i++) {
      const j = ids[i] * k + cls;
      this.weights[j] += delta;
      this.acc[j] += t * delta;
    }
  }

  /** One training example seen (the clock for averaging). */
  tick(): void {
    this.time++;
  }

  /** Replaces the weights by their average over all ticks; training ends here. */
  average(): void {
    const a = this.acc;
    if (!a) return;
    const w = this.weights;
    const t = this.time;
    for (let i = 0; i < w.length; i++) w[i] -= a[i] / t;
    this.acc = null;
  }
}

/** Index of the best of the first `k` scores among those `allowed` (all when omitted). */
export function argmax(scores: Float32Array, k: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}

/** Index of the best of the first `k` scores other than `skip` (argmax with one class ruled out, no callback). */
export function argmaxExcept(scores: Float32Array, k: number, skip: number): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    if (c !== skip && scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}

/** Loaded sparse tables a and b (same rows) with their slots interleaved: a caller that scores the same
 * ids in both (the tagger's XPOS then UPOS) finds b's row in the cache line it just read for a. */
export function interleaveSlots(a: Perceptron, b: Perceptron): [Perceptron, Perceptron] {
  const qa = a.quantized;
  const qb = b.quantized;
  if (!qa?.slots || !qb?.slots || a.bits !== b.bits || qa.stride || qb.stride) return [a, b];
  const rows = 1 << a.bits;
  const slots = new Uint16Array(rows * 2 * SLOT);
  for (let r = 0, j = 0; r < rows; r++) {
    for (let e = r * SLOT; e < (r + 1) * SLOT; e++) slots[j++] = qa.slots[e];
    for (let e = r * SLOT; e < (r + 1) * SLOT; e++) slots[j++] = qb.slots[e];
  }
  const stride = 2 * SLOT;
  return [
    new Perceptron(a.classes, a.bits, undefined, { ...qa, slots, stride, offset: 0 }),
    new Perceptron(b.classes, b.bits, undefined, { ...qb, slots, stride, offset: SLOT }),
  ];
}
