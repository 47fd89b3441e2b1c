import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_MODEL, SyntaxModel } from './syntax-model.js';

const skip = existsSync(DEFAULT_MODEL) ? false : 'needs models/syntax-en.bin.gz';

test('memoised word scores: a tagger that has seen the words elsewhere tags as a fresh one', { skip }, () => {
  const bytes = readFileSync(DEFAULT_MODEL);
  const fresh = SyntaxModel.fromBuffer(bytes);
  const used = SyntaxModel.fromBuffer(bytes);
  const later = 'Protesters rallied outside the embassy , and police fired tear gas on Tuesday .'.split(' ');
  const earlier = 'On Tuesday the embassy said police and protesters had rallied , firing gas .'.split(' ');
  used.analyze(earlier);
  const a = used.analyze(later);
  assert.deepEqual(a, fresh.analyze(later));
  assert.deepEqual(a.xpos.slice(0, 3), ['NNS', 'VBD', 'IN']);
  // the same form in another sentence keeps its own context: "rallied" is a participle after "had"
  assert.equal(used.analyze(earlier).xpos[earlier.indexOf('rallied')], 'VBN');
});

test('per-form notes: after the score memos start over (more forms than they keep) the tags stay the same', {
  skip,
}, () => {
  const bytes = readFileSync(DEFAULT_MODEL);
  const fresh = SyntaxModel.fromBuffer(bytes);
  const used = SyntaxModel.fromBuffer(bytes);
  const later = 'Protesters rallied outside the embassy , and police fired tear gas on Tuesday .'.split(' ');
  const first = used.analyze(later);
  // 9000 new forms: more than the 8192 each form memo keeps, so every memo starts over once
  for (let s = 0; s < 300; s++) {
    const words = Array.from({ length: 30 }, (_, i) => `Zorvex${s * 30 + i}`);
    used.analyze([...words, '.']);
  }
  const again = used.analyze(later);
  assert.deepEqual(again, first);
  assert.deepEqual(again, fresh.analyze(later));
  assert.deepEqual(again.xpos.slice(0, 3), ['NNS', 'VBD', 'IN']);
});
