import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_MODEL, loadSyntaxModel } from './syntax-model.js';

const skip = existsSync(DEFAULT_MODEL) ? false : 'needs models/syntax-en.bin.gz';

/** Every word gets tags, a lemma and a head inside the sentence; exactly one root. */
function assertWellFormed(forms: string[]) {
  const a = loadSyntaxModel().analyze(forms);
  assert.equal(a.head.length, forms.length);
  assert.equal(a.upos.length, forms.length);
  if (forms.length) assert.equal(a.head.filter((h) => h === 0).length, 1);
  a.head.forEach((h, i) => {
    assert.ok(h >= 0 && h <= forms.length && h !== i + 1, `head ${h} of word ${i + 1}`);
    assert.ok(a.deprel[i] && a.upos[i] && a.xpos[i] && typeof a.lemma[i] === 'string');
  });
  return a;
}

test('empty sentence gives empty analysis', { skip }, () => {
  assert.deepEqual(loadSyntaxModel().analyze([]), { upos: [], xpos: [], lemma: [], head: [], deprel: [] });
});

test('one word, emoji, all caps, symbols and empty strings do not crash', { skip }, () => {
  assertWellFormed(['Hello']);
  assertWellFormed(['🎉', '🇺🇦', 'wow', '👍🏽', '!!!']);
  assertWellFormed('BREAKING : RUSSIA SAYS TALKS WITH IRAN HAVE FAILED'.split(' '));
  assertWellFormed(['', ' ', '\u200b', '—', '…', 'naïve', '東京', 'x'.repeat(300)]);
});

test('a 500-word sentence parses into one tree', { skip }, () => {
  const words = 'the minister said that the talks in Geneva had failed and'.split(' ');
  const forms = Array.from({ length: 500 }, (_, i) => words[i % words.length]);
  assertWellFormed(forms);
});

test('tree has no cycles', { skip }, () => {
  const a = assertWellFormed(
    'Officials said the plan , which was approved on Monday , would cost $ 3 billion .'.split(' '),
  );
  a.head.forEach((_, i) => {
    let at = i + 1;
    for (let steps = 0; at !== 0; steps++) {
      assert.ok(steps <= a.head.length, 'cycle');
      at = a.head[at - 1];
    }
  });
});
