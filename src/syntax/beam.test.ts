import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../paths.js';
import { Parser } from './parser.js';
import { DEFAULT_MODEL, loadSyntaxModel } from './syntax-model.js';
import { loadEwt } from './treebanks.js';
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
    heads.forEach((h, i) => {
      assert.ok(h >= 0 && h <= n && h !== i + 1, `${s}: head ${h} of ${i + 1}`);
    });
  }
});

test('early-update beam training fits a small slice', {
  skip: sharedData('ud', 'en_ewt-ud-train.conllu') ? false : 'needs ../shared/data/ud',
}, () => {
  const slice = (loadEwt('train') ?? []).slice(0, 150).filter((s) => s.words.length > 0);
  const labels = [...new Set(slice.flatMap((s) => s.words.map((w) => w.deprel))).add('root')].sort();
  const xpos = [...new Set(slice.flatMap((s) => s.words.map((w) => w.xpos)))];
  const data = slice.map((s) => {
    const a = wordAtoms(s.words.map((w) => w.form));
    const tags = Int32Array.from(s.words, (w) => xpos.indexOf(w.xpos));
    return {
      input: { lower: a.lower, suffix3: a.suffix3, xpos: tags, upos: tags },
      gold: {
        heads: Int32Array.from(s.words, (w) => Math.max(0, w.head)),
        labels: Int32Array.from(s.words, (w) => labels.indexOf(w.deprel)),
      },
    };
  });
  const parser = Parser.create(labels, 16, 14);
  for (let e = 0; e < 15; e++) for (const d of data) parser.learnBeam(d.input, d.gold, 4);
  parser.finish();
  let right = 0;
  let all = 0;
  for (const d of data) {
    const { heads } = parser.parseBeam(d.input, 4);
    d.gold.heads.forEach((h, i) => {
      all++;
      if (heads[i] === h) right++;
    });
  }
  assert.ok(right / all > 0.85, `UAS on the training slice ${((100 * right) / all).toFixed(1)}`);
});
