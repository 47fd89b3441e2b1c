/**
 * The arc-hybrid configuration of the neural trial (SHIFT / LEFT / RIGHT, root at the stack bottom and
 * attached last): the perceptron's `State` holds more per word than this needs; the moves' cost and the
 * oracle are shared (`../arc-hybrid-oracle.ts`).
 */
import { LEFT, moveCost, oracleMove, RIGHT, SHIFT } from '../arc-hybrid-oracle.js';

export { LEFT, RIGHT, SHIFT } from '../arc-hybrid-oracle.js';

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
    return moveCost(this, t, gh);
  }

  /** The oracle's move: the cheapest valid one, LEFT before RIGHT before SHIFT on ties. */
  oracle(gh: Int32Array): number {
    return oracleMove(this, gh);
  }
}
