import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_MODEL, loadSyntaxModel } from '../syntax-model.js';
import { HybridParser } from './hybrid.js';
import { trainNeuralParser } from './train-neural.js';

const skip = existsSync(DEFAULT_MODEL) ? false : 'needs models/syntax-en.bin.gz';

const SENTENCES = [
  'Police arrested three men and seized weapons .',
  "Russia 's Foreign Minister Sergey Lavrov said the talks would resume on Monday .",
  'The men were arrested in Paris .',
];

test('the hybrid with weight 0 on the network is the perceptron; any weight gives one tree', { skip }, () => {
  const model = loadSyntaxModel();
  // a deliberately poor network: trained on one sentence for one epoch
  const tree = { forms: ['It', 'rained', '.'], xpos: ['PRP', 'VBD', '.'], upos: ['PRON', 'VERB', 'PUNCT'] };
  const nn = trainNeuralParser(
    [{ ...tree, heads: Int32Array.from([2, 0, 2]), labels: ['expl', 'root', 'punct'] }],
    { hidden: 16, dw: 4, epochs: 1, seed: 2 },
  );
  const hybrid = new HybridParser(model, nn, { alpha: 0, tau: 1 });
  let differs = false;
  for (const line of SENTENCES) {
    const forms = line.split(' ');
    const want = model.analyze(forms);
    hybrid.weights = { alpha: 0, tau: 1 };
    const got = hybrid.analyze(forms);
    assert.deepEqual(Array.from(got.heads), want.head);
    assert.deepEqual(
      Array.from(got.labels, (l) => model.parser.labelNames[l]),
      want.deprel,
    );
    hybrid.weights = { alpha: 1, tau: 1 };
    const nnOnly = hybrid.analyze(forms);
    assert.equal(nnOnly.heads.filter((h) => h === 0).length, 1);
    if (nnOnly.heads.some((h, i) => h !== want.head[i])) differs = true;
  }
  // the untrained network's moves do change the parse
  assert.ok(differs);
});
