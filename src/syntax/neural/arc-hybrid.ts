/**
 * The arc-hybrid configuration of the neural trial (SHIFT / LEFT / RIGHT, root at the stack bottom and
 * attached last), on the state, moves and oracle it shares with the perceptron parser (`../arc-hybrid.ts`).
 */
import { ArcHybridState, LEFT, moveCost, oracleMove, SHIFT } from '../arc-hybrid.js';

export { LEFT, RIGHT, SHIFT } from '../arc-hybrid.js';

/** The neural trial's configuration: the shared arc-hybrid state with stack/buffer access and moves. */
export class ArcHybrid extends ArcHybridState {
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
    this.link(t === LEFT ? this.b : this.stack[this.sp - 1], d, label);
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
