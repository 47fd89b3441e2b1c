/** The arc-hybrid moves and their exact dynamic-oracle cost, shared by the perceptron and neural parsers. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/** What the oracle reads of a parser configuration over words 1..n (index 0 is the root). */
export interface ArcHybridConfig {
  n: number;
  sp: number;
  b: number;
  stack: Int32Array;
  valid(t: number): boolean;
}

/** Gold arcs lost by taking move t (gh: gold heads by word; arc-decomposable, so the cost is exact). */
export function moveCost(s: ArcHybridConfig, t: number, gh: Int32Array): number {
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
export function oracleMove(s: ArcHybridConfig, gh: Int32Array): number {
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
