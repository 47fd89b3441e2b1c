import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorefScorer } from './coref-metrics.js';

test('perfect response scores 100 on every metric', () => {
  const s = new CorefScorer();
  s.add([['a', 'b', 'c'], ['d']], [['a', 'b', 'c'], ['d']]);
  const r = s.scores();
  assert.equal(r.muc.f1, 100);
  assert.equal(r.b3.f1, 100);
  assert.equal(r.ceafe.f1, 100);
});

test('MUC and B³ on the textbook example (Pradhan et al. 2014, fig. 1 style)', () => {
  const s = new CorefScorer();
  // key {a,b,c} {d,e}; response {a,b} {c,d,e}
  s.add(
    [
      ['a', 'b', 'c'],
      ['d', 'e'],
    ],
    [
      ['a', 'b'],
      ['c', 'd', 'e'],
    ],
  );
  const r = s.scores();
  // MUC: recall (2-... ) = ((3-2)+(2-1))/((3-1)+(2-1)) = 2/3; precision = ((2-1)+(3-2))/(1+2) = 2/3
  assert.equal(r.muc.r, 66.67);
  assert.equal(r.muc.p, 66.67);
  // B³ recall: a,b: 2/3 each; c: 1/3; d,e: 2/2 → (2/3+2/3+1/3+1+1)/5 = 0.7333
  assert.equal(r.b3.r, 73.33);
  assert.ok(r.ceafe.f1 > 0 && r.ceafe.f1 < 100);
});
