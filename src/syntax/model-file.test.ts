import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packModel, unpackModel } from './model-file.js';
import { HEAVY, interleaveSlots, Perceptron, SLOT } from './perceptron.js';
import { seededRandom } from './random.js';

/** A float table with mostly zero cells, some rows fuller than one slot and some empty. */
function randomTable(classes: number, bits: number, seed: number): Perceptron {
  const random = seededRandom(seed);
  const p = new Perceptron(classes, bits);
  for (let r = 0; r < 1 << bits; r++) {
    const fill = r % 7 === 0 ? 0 : r % 5 === 0 ? 0.9 : 0.15;
    for (let c = 0; c < classes; c++) if (random() < fill) p.weights[r * classes + c] = random() * 8 - 4;
  }
  return p;
}

/** Scores by reading every cell through weightAt, in units of the table's scale (integers): the reference
 * the fast paths must match exactly. */
function slowScore(p: Perceptron, ids: Int32Array, n: number): Float32Array {
  const out = new Float32Array(p.classes);
  const scale = p.quantized?.scale ?? 1;
  for (let i = 0; i < n; i++)
    for (let c = 0; c < p.classes; c++) out[c] += Math.round(p.weightAt(ids[i] * p.classes + c) / scale);
  return out;
}

test('loaded sparse, interleaved and three-class tables score exactly as cell-by-cell sums', () => {
  const wide = randomTable(20, 6, 1);
  const other = randomTable(17, 6, 2);
  const narrow = randomTable(3, 6, 3);
  const { tables } = unpackModel(packModel({}, [wide, other, narrow]));
  const [a, b, t] = tables;
  assert.ok(a.quantized?.slots && t.quantized?.dense, 'wide tables load sparse, narrow ones dense');
  const slotOf = (r: number) => a.quantized?.slots?.subarray(r * SLOT, (r + 1) * SLOT) ?? [];
  const rows = [...Array(1 << 6).keys()];
  assert.ok(
    rows.some((r) => slotOf(r)[0] & HEAVY),
    'some rows are too full for one slot: heavy',
  );
  assert.ok(
    rows.some((r) => slotOf(r)[0] !== 0 && !(slotOf(r)[0] & HEAVY)),
    'some are light',
  );
  const [ia, ib] = interleaveSlots(a, b);
  const random = seededRandom(9);
  const ids = new Int32Array(40);
  const out = new Float32Array(20);
  for (let trial = 0; trial < 50; trial++) {
    for (let i = 0; i < ids.length; i++) ids[i] = Math.floor(random() * (1 << 6));
    for (const p of [a, b, t, ia, ib]) {
      p.score(ids, ids.length, out);
      assert.deepEqual(out.slice(0, p.classes), slowScore(p, ids, ids.length));
    }
    ia.score(ids, ids.length, out);
    const viaA = out.slice(0, 20);
    a.score(ids, ids.length, out);
    assert.deepEqual(viaA, out.slice(0, 20), 'interleaving changes no score');
  }
  // the loaded weights are the int8 codes of the float ones: close, and zero where the floats were zero
  for (let i = 0; i < wide.size; i++) {
    const x = wide.weights[i];
    if (x === 0) assert.equal(a.weightAt(i), 0);
    else assert.ok(Math.abs(a.weightAt(i) - x) < 0.1 * Math.max(1, Math.abs(x)), `cell ${i}: ${x}`);
  }
});
