import { FeatureBuffer } from './feature-hash.js';
import type { Perceptron } from './perceptron.js';

/**
 * Scores of a group of features that depend only on a small key (a word form, a tag pair), summed once per
 * key and kept, for one or more tables read with the same feature ids (each table's classes side by side in
 * `pool`). Only exact for loaded tables, whose integer-valued sums do not depend on their order.
 * Use: `let at = memo.get(key); if (at < 0) { fill memo.buf; at = memo.store(key); }`.
 */
export class ScoreMemo<K> {
  private readonly at = new Map<K, number>();
  readonly pool: Float32Array;
  /** Where the caller puts a missing key's features before `store`. */
  readonly buf: FeatureBuffer;
  private readonly width: number;
  /** Counts the times the memo started over: an offset kept elsewhere is valid while this is unchanged. */
  gen = 0;

  constructor(
    private readonly tables: readonly Perceptron[],
    private readonly capacity: number,
  ) {
    this.width = tables.reduce((n, t) => n + t.classes, 0);
    this.pool = new Float32Array(capacity * this.width);
    this.buf = new FeatureBuffer(tables[0].mask, 64);
  }

  /** Offset in `pool` of the key's scores, or -1 when not seen (then fill `buf` and call `store`). */
  get(key: K): number {
    const at = this.at.get(key);
    if (at !== undefined) return at;
    this.buf.n = 0;
    return -1;
  }

  /** Scores the features in `buf` under `key` (the memo starts over when full); returns their offset. */
  store(key: K): number {
    if (this.at.size === this.capacity) {
      this.at.clear();
      this.gen++;
    }
    const off = this.at.size * this.width;
    let c = off;
    for (const t of this.tables) {
      t.score(this.buf.ids, this.buf.n, this.pool.subarray(c, c + t.classes));
      c += t.classes;
    }
    this.at.set(key, off);
    return off;
  }
}
