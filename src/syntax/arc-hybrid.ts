/** The arc-hybrid system (Kuhlmann et al. 2011) shared by the perceptron and neural parsers: moves, state, oracle. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/**
 * A configuration over words 1..n; index 0 is the artificial root, at the stack bottom and attached last.
 * Reused across sentences: arrays grow when needed, entries past n + 1 are never read.
 */
export class ArcHybridState {
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

  /** The one valid move when there is just one (root alone on the stack, or buffer empty), else -1. */
  onlyValid(): number {
    if (this.b > this.n) return RIGHT;
    return this.sp === 1 ? SHIFT : -1;
  }

  /** Records the arc h → d and keeps h's outermost children. */
  link(h: number, d: number, label: number): void {
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
}

/** Gold arcs lost by taking move t (gh: gold heads by word; arc-decomposable, so the cost is exact). */
export function moveCost(s: ArcHybridState, t: number, gh: Int32Array): number {
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

/** The oracle's move: the cheapest valid one, LEFT before RIGHT before SHIFT on ties. */
export function oracleMove(s: ArcHybridState, gh: Int32Array): number {
  let best = -1;
  let min = 1 << 30;
  for (const t of [LEFT, RIGHT, SHIFT]) {
    if (!s.valid(t)) continue;
    const c = moveCost(s, t, gh);
    if (c < min) {
      min = c;
      best = t;
    }
  }
  return best;
}
