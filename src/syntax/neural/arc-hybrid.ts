/**
 * The arc-hybrid system of `src/syntax/parser.ts` (SHIFT / LEFT / RIGHT, root at the stack bottom and
 * attached last), restated here because that file keeps its state class private. Same moves, same
 * validity, same dynamic-oracle cost.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/** A parser configuration over words 1..n; index 0 is the artificial root. Reused across sentences. */
export class ArcHybrid {
  n = 0;
  sp = 1;
  b = 1;
  stack = new Int32Array(0);
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  /** Leftmost / second leftmost and rightmost / second rightmost children, -1 when none. */
  l1 = new Int32Array(0);
  l2 = new Int32Array(0);
  r1 = new Int32Array(0);
  r2 = new Int32Array(0);

  /** Starts a sentence of n words. */
  reset(n: number): void {
    this.n = n;
    this.sp = 1;
    this.b = 1;
    if (this.stack.length < n + 1) {
      const size = Math.max(n + 1, 2 * this.stack.length);
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.labels = new Int32Array(size);
      this.l1 = new Int32Array(size);
      this.l2 = new Int32Array(size);
      this.r1 = new Int32Array(size);
      this.r2 = new Int32Array(size);
    }
    const end = n + 1;
    this.stack.fill(0, 0, end);
    this.heads.fill(-1, 0, end);
    this.labels.fill(-1, 0, end);
    this.l1.fill(-1, 0, end);
    this.l2.fill(-1, 0, end);
    this.r1.fill(-1, 0, end);
    this.r2.fill(-1, 0, end);
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

  /** The one valid move when there is just one, else -1. */
  onlyValid(): number {
    if (this.b > this.n) return RIGHT;
    return this.sp === 1 ? SHIFT : -1;
  }

  /** Stack item k from the top (0 = s0), -1 when absent; the root (0) counts as an item. */
  s(k: number): number {
    return k < this.sp ? this.stack[this.sp - 1 - k] : -1;
  }

  /** Buffer item k (0 = b0), -1 past the end. */
  buf(k: number): number {
    const i = this.b + k;
    return i <= this.n ? i : -1;
  }

  /** Applies move t; `label` is the arc's label for LEFT / RIGHT. */
  apply(t: number, label: number): void {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp];
    const h = t === LEFT ? this.b : this.stack[this.sp - 1];
    this.heads[d] = h;
    this.labels[d] = label;
    if (d < h) {
      if (this.l1[h] < 0 || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] < 0 || d < this.l2[h]) this.l2[h] = d;
    } else if (this.r1[h] < 0 || d > this.r1[h]) {
      this.r2[h] = this.r1[h];
      this.r1[h] = d;
    } else if (this.r2[h] < 0 || d > this.r2[h]) this.r2[h] = d;
  }

  /** Gold arcs lost by move t (gh: gold heads by word, index 0 unused); exact for arc-hybrid. */
  cost(t: number, gh: Int32Array): number {
    const n = this.n;
    const b0 = this.b;
    const sp = this.sp;
    let c = 0;
    if (t === SHIFT) {
      for (let k = 0; k < sp; k++) {
        const x = this.stack[k];
        if (gh[x] === b0 && x !== 0) c++;
        if (k < sp - 1 && gh[b0] === x) c++;
      }
      return c;
    }
    const s0 = this.stack[sp - 1];
    for (let d = b0; d <= n; d++) if (gh[d] === s0) c++;
    const h = gh[s0];
    if (t === LEFT) {
      if (h !== b0 && (h === this.stack[sp - 2] || h > b0)) c++;
    } else if (t === RIGHT && h !== this.stack[sp - 2] && h >= b0) c++;
    return c;
  }

  /** The oracle's move: the cheapest valid one, LEFT before RIGHT before SHIFT on ties. */
  oracle(gh: Int32Array): number {
    let best = -1;
    let min = 1 << 30;
    for (const t of [LEFT, RIGHT, SHIFT]) {
      if (!this.valid(t)) continue;
      const c = this.cost(t, gh);
      if (c < min) {
        min = c;
        best = t;
      }
    }
    return best;
  }
}
