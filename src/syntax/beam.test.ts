import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_MODEL, loadSyntaxModel } from './syntax-model.js';
import { wordAtoms } from './word-atoms.js';

const skip = existsSync(DEFAULT_MODEL) ? false : 'needs models/syntax-en.bin.gz';

function input(sentence: string) {
  const forms = sentence.split(' ');
  const model = loadSyntaxModel();
  const atoms = wordAtoms(forms);
  const tags = model.tagger.tag(forms, atoms);
  return { lower: atoms.lower, suffix3: atoms.suffix3, xpos: tags.xpos, upos: tags.upos };
}

const sentences = [
  'Police arrested three men and seized weapons .',
  'The bill , which passed on Monday , was signed by the president .',
  'Lavrov said the talks would resume in Geneva next week .',
  'Yes',
];

test('a beam of one is the greedy parser', { skip }, () => {
  const parser = loadSyntaxModel().parser;
  for (const s of sentences) {
    const greedy = parser.parse(input(s));
    const beam = parser.parseBeam(input(s), 1);
    assert.deepEqual([...beam.heads], [...greedy.heads], s);
    assert.deepEqual([...beam.labels], [...greedy.labels], s);
  }
});

test('a wider beam still gives one tree with a root and no self-loops', { skip }, () => {
  const parser = loadSyntaxModel().parser;
  for (const s of sentences) {
    const n = s.split(' ').length;
    const { heads } = parser.parseBeam(input(s), 4);
    assert.equal(heads.length, n);
    assert.equal([...heads].filter((h) => h === 0).length, 1, s);
    heads.forEach((h, i) => assert.ok(h >= 0 && h <= n && h !== i + 1, `${s}: head ${h} of ${i + 1}`));
  }
});
