import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedData } from '../paths.js';
import { annotateConllu } from './annotate-conllu.js';
import { scoreSentences } from './scores.js';
import { SyntaxModel } from './syntax-model.js';
import { trainSyntaxModel } from './train.js';
import { loadEwt } from './treebanks.js';

const EWT = sharedData('ud', 'en_ewt-ud-train.conllu');
const skip = EWT ? false : 'needs ../shared/data/ud/en_ewt-ud-train.conllu';

test('training on a tiny slice converges and save/load round-trips', { skip }, () => {
  const slice = (loadEwt('train') ?? []).slice(0, 300);
  const model = trainSyntaxModel(slice, {
    tagEpochs: 5,
    parseEpochs: 6,
    seed: 3,
    tagBits: 16,
    parseBits: 16,
  });
  const seen = scoreSentences(slice, annotateConllu(model, slice));
  // A perceptron that learned anything fits its own training slice well.
  assert.ok(seen.upos > 95, `UPOS on the training slice ${seen.upos}`);
  assert.ok(seen.uas > 85, `UAS on the training slice ${seen.uas}`);
  assert.ok(seen.las > 80, `LAS on the training slice ${seen.las}`);

  const held = (loadEwt('dev') ?? []).slice(0, 200);
  const heldScores = scoreSentences(held, annotateConllu(model, held));
  assert.ok(heldScores.uas < seen.uas, 'held-out sentences score below training ones');
  assert.ok(heldScores.uas > 50, `held-out UAS ${heldScores.uas} is above chance`);

  // int8 weights are lossy: the loaded model agrees with the float one on nearly every word ...
  const loaded = SyntaxModel.fromBuffer(model.save());
  const direct = scoreSentences(held, annotateConllu(model, held));
  const viaFile = scoreSentences(held, annotateConllu(loaded, held));
  assert.ok(Math.abs(viaFile.upos - direct.upos) < 1, `UPOS ${viaFile.upos} vs ${direct.upos} before saving`);
  assert.ok(Math.abs(viaFile.uas - direct.uas) < 1.5, `UAS ${viaFile.uas} vs ${direct.uas} before saving`);
  // ... and saving a loaded model loses nothing more.
  const again = SyntaxModel.fromBuffer(loaded.save());
  for (const s of held.slice(0, 50)) {
    const forms = s.words.map((w) => w.form);
    const a = loaded.analyze(forms);
    const b = again.analyze(forms);
    assert.deepEqual(b.upos, a.upos);
    assert.deepEqual(b.lemma, a.lemma);
    assert.deepEqual(b.head, a.head);
    assert.deepEqual(b.deprel, a.deprel);
  }
});

test('training is deterministic for a seed', { skip }, () => {
  const slice = (loadEwt('train') ?? []).slice(0, 60);
  const opts = { tagEpochs: 2, parseEpochs: 2, seed: 5, tagBits: 14, parseBits: 14, labelBits: 12 };
  const a = trainSyntaxModel(slice, opts).save();
  const b = trainSyntaxModel(slice, opts).save();
  assert.ok(a.equals(b));
});

test('a two-pass tagger survives save/load and tags what it learned', { skip }, () => {
  const slice = (loadEwt('train') ?? []).slice(0, 150);
  const opts = {
    tagEpochs: 4,
    parseEpochs: 1,
    seed: 2,
    tagBits: 16,
    parseBits: 12,
    labelBits: 12,
    tagPasses: 2,
  };
  const model = trainSyntaxModel(slice, opts);
  const loaded = SyntaxModel.fromBuffer(model.save());
  assert.equal(loaded.tagger.passes, 2);
  assert.equal(
    SyntaxModel.fromBuffer(trainSyntaxModel(slice.slice(0, 20), { ...opts, tagPasses: 1 }).save()).tagger
      .passes,
    1,
  );
  const seen = scoreSentences(slice, annotateConllu(loaded, slice));
  assert.ok(seen.upos > 95, `UPOS on the training slice ${seen.upos}`);
  // the second pass changes some tags: it is not the first pass run twice
  const first = trainSyntaxModel(slice, { ...opts, tagPasses: 1 });
  const differ = slice.some((s) => {
    const forms = s.words.map((w) => w.form);
    return model.tagger.tag(forms).xpos.join() !== first.tagger.tag(forms).xpos.join();
  });
  assert.ok(differ);
});
