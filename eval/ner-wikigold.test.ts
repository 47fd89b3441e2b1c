import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHeldOutWikigold } from './ner-wikigold.js';

test('every fifth wikigold document is held out of the tagger training, the rest are not', () => {
  assert.ok(isHeldOutWikigold('wikigold-all-d0004'));
  assert.ok(isHeldOutWikigold('wikigold-all-d0144'));
  assert.ok(!isHeldOutWikigold('wikigold-all-d0000'));
  assert.ok(!isHeldOutWikigold('wikigold-all-d0143'));
  assert.ok(!isHeldOutWikigold('conll2003-dev'));
  const ids = Array.from({ length: 145 }, (_, k) => `wikigold-all-d${String(k).padStart(4, '0')}`);
  assert.equal(ids.filter(isHeldOutWikigold).length, 29);
});
