import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArcHybrid, LEFT, RIGHT, SHIFT } from './arc-hybrid.js';
import { allocExamples, packSentences, writeExamples } from './examples.js';
import { NeuralParser } from './neural-parser.js';
import { type TaggedTree, trainNeuralParser } from './train-neural.js';

/** word/XPOS/UPOS/head/label, one sentence per string. */
const RAW = [
  'The/DT/DET/2/det cat/NN/NOUN/3/nsubj sat/VBD/VERB/0/root on/IN/ADP/6/case the/DT/DET/6/det mat/NN/NOUN/3/obl ./././3/punct',
  'Police/NNS/NOUN/2/nsubj arrested/VBD/VERB/0/root three/CD/NUM/4/nummod men/NNS/NOUN/2/obj ./././2/punct',
  'She/PRP/PRON/2/nsubj said/VBD/VERB/0/root he/PRP/PRON/4/nsubj left/VBD/VERB/2/ccomp ./././2/punct',
  'A/DT/DET/2/det dog/NN/NOUN/3/nsubj barked/VBD/VERB/0/root loudly/RB/ADV/3/advmod ./././3/punct',
  'Officials/NNS/NOUN/4/nsubj in/IN/ADP/3/case Paris/NNP/PROPN/1/nmod met/VBD/VERB/0/root ./././4/punct',
  'The/DT/DET/2/det men/NNS/NOUN/3/nsubj:pass were/VBD/AUX/4/aux:pass arrested/VBN/VERB/0/root ./././4/punct',
];

const TREES: TaggedTree[] = RAW.map((line) => {
  const parts = line.split(' ').map((w) => w.split('/'));
  return {
    forms: parts.map((p) => p[0]),
    xpos: parts.map((p) => p[1]),
    upos: parts.map((p) => (p[2] === '.' ? 'PUNCT' : p[2])),
    heads: Int32Array.from(parts, (p) => Number(p[p.length - 2])),
    labels: parts.map((p) => p[p.length - 1]),
  };
});

const small = { hidden: 32, dw: 8, epochs: 40, batch: 4, rate: 0.01, seed: 3 };

test('the arc-hybrid oracle rebuilds a projective tree, and moves are valid only where they may be', () => {
  const s = new ArcHybrid();
  const gold = TREES[0];
  const gh = new Int32Array(gold.forms.length + 1);
  gh.set(gold.heads, 1);
  s.reset(gold.forms.length);
  assert.equal(s.valid(LEFT), false);
  assert.equal(s.valid(RIGHT), false);
  assert.equal(s.onlyValid(), SHIFT);
  while (!s.done()) s.apply(s.oracle(gh), 0);
  assert.deepEqual(Array.from(s.heads.subarray(1, gold.forms.length + 1)), Array.from(gold.heads));
});

test('training on a tiny treebank learns it, and every parse is one tree', () => {
  const parser = trainNeuralParser(TREES, small);
  let right = 0;
  let total = 0;
  for (const t of TREES) {
    const p = parser.parse(t.forms, t.xpos, t.upos);
    assert.equal(p.heads.filter((h) => h === 0).length, 1);
    t.heads.forEach((h, i) => {
      total++;
      if (p.heads[i] === h && parser.labelNames[p.labels[i]] === t.labels[i]) right++;
    });
  }
  assert.ok(right / total > 0.9, `training LAS ${right}/${total}`);
});

test('training is deterministic for a seed, and save/load keeps the parses (with precomputed rows)', () => {
  const a = trainNeuralParser(TREES, { ...small, epochs: 3 });
  const b = trainNeuralParser(TREES, { ...small, epochs: 3 });
  assert.deepEqual(a.save(), b.save());
  const loaded = NeuralParser.fromBuffer(a.save(), 20);
  for (const t of TREES) {
    const p = a.parse(t.forms, t.xpos, t.upos);
    const q = loaded.parse(t.forms, t.xpos, t.upos);
    assert.deepEqual(q.heads, p.heads);
    assert.deepEqual(q.labels, p.labels);
  }
});

test('odd input: empty sentence, 500 words, emoji, all caps, unknown tags', () => {
  const parser = trainNeuralParser(TREES, { ...small, epochs: 2 });
  const empty = parser.parse([], [], []);
  assert.equal(empty.heads.length, 0);
  for (const forms of [
    Array.from({ length: 500 }, (_, i) => (i % 7 === 6 ? ',' : `word${i}`)),
    ['🙂', '🔥🔥', 'POLICE', 'ARRESTED', 'THREE', 'MEN', '!!!'],
  ]) {
    const tags = forms.map((_, i) => (i % 2 ? 'NN' : 'XX-unknown'));
    const p = parser.parse(forms, tags, tags);
    assert.equal(p.heads.length, forms.length);
    assert.equal(p.heads.filter((h) => h === 0).length, 1);
    for (const h of p.heads) assert.ok(h >= 0 && h <= forms.length);
    for (let i = 0; i < p.heads.length; i++) assert.notEqual(p.heads[i], i + 1);
  }
});

test('two training threads (data-parallel) learn the treebank too, deterministically', () => {
  const two = { ...small, epochs: 20, workers: 2 };
  const a = trainNeuralParser(TREES, two);
  const b = trainNeuralParser(TREES, two);
  assert.deepEqual(a.save(), b.save());
  let right = 0;
  let total = 0;
  for (const t of TREES) {
    const p = a.parse(t.forms, t.xpos, t.upos);
    t.heads.forEach((h, i) => {
      total++;
      if (p.heads[i] === h) right++;
    });
  }
  assert.ok(right / total > 0.9, `training UAS ${right}/${total}`);
});

test('the dynamic oracle marks every zero-cost move correct, and exploring follows wrong moves', () => {
  const parser = trainNeuralParser(TREES, { ...small, epochs: 1 });
  const labelIndex = new Map(parser.labelNames.map((l, i) => [l, i]));
  const sents = packSentences(
    TREES.map((t) => ({
      ids: parser.ids(t.forms, t.xpos, t.upos),
      heads: t.heads,
      labels: t.labels.map((l) => labelIndex.get(l) ?? 0),
    })),
  );
  const count = sents.firstExample[sents.count];
  const stat = allocExamples(count);
  writeExamples(sents, stat, null, { explore: 0, rootLabel: parser.rootLabel, random: () => 0 });
  // static: exactly one correct move wherever there was a choice
  for (let e = 0; e < count; e++) assert.ok([0, 1, 2, 4].includes(stat.gold[e]));
  const dyn = allocExamples(count);
  writeExamples(sents, dyn, parser.net, { explore: 1, rootLabel: parser.rootLabel, random: () => 0 });
  let several = 0;
  for (let e = 0; e < count; e++) {
    // a correct move is always among the valid ones
    assert.equal(dyn.gold[e] & ~dyn.valid[e], 0);
    if (dyn.gold[e] && (dyn.gold[e] & (dyn.gold[e] - 1)) !== 0) several++;
  }
  // an undertrained network explored into wrong configurations, where several moves cost nothing
  assert.ok(several > 0);
  assert.notDeepEqual(dyn.feats, stat.feats);
});
