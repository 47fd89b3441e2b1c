import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Lemmatizer } from './lemmatizer.js';
import { DEFAULT_MODEL, SyntaxModel } from './syntax-model.js';

const w = (form: string, xpos: string, lemma: string, upos = 'VERB') => ({ form, xpos, upos, lemma });

test('a suffix rule whose output is no known lemma gives way to one whose output is', () => {
  const lem = Lemmatizer.learn([
    // "-asted" → strip one letter, taught by waste / paste / taste
    w('wasted', 'VBD', 'waste'),
    w('pasted', 'VBD', 'paste'),
    w('tasted', 'VBD', 'taste'),
    // "-sted" → strip two, taught by rest / test / list / post / last
    w('rested', 'VBD', 'rest'),
    w('tested', 'VBD', 'test'),
    w('listed', 'VBD', 'list'),
    w('posted', 'VBD', 'post'),
    w('lasted', 'VBD', 'last'),
    w('blast', 'NN', 'blast', 'NOUN'),
  ]);
  assert.equal(lem.lemma('blasted', 'VBD', 'VERB'), 'blast');
  assert.equal(lem.lemma('hasted', 'VBD', 'VERB'), 'haste', 'no known lemma either way: the longest rule');
  assert.equal(lem.lemma('wasted', 'VBD', 'VERB'), 'waste');
});

test('a form seen under a sibling tag takes that lemma; proper nouns do not leak into common ones', () => {
  const lem = Lemmatizer.learn([
    w('dishonest', 'JJ', 'dishonest', 'ADJ'),
    w('blasted', 'VBN', 'blast'),
    w('Prophet', 'NNP', 'Prophet', 'PROPN'),
  ]);
  assert.equal(lem.lemma('dishonest', 'JJS', 'ADJ'), 'dishonest');
  assert.equal(lem.lemma('blasted', 'VBD', 'VERB'), 'blast');
  assert.equal(lem.lemma('prophet', 'NN', 'NOUN'), 'prophet');
});

test('the committed model: news verbs and adjectives get real lemmas', () => {
  const lem = SyntaxModel.fromBuffer(readFileSync(DEFAULT_MODEL)).lemmatizer;
  const cases: [string, string, string, string][] = [
    ['blasted', 'VBD', 'VERB', 'blast'],
    ['dishonest', 'JJS', 'ADJ', 'dishonest'],
    ['dishonest', 'JJ', 'ADJ', 'dishonest'],
    ['slightest', 'JJS', 'ADJ', 'slight'],
    ['provoked', 'VBN', 'VERB', 'provoke'],
    ['toasted', 'VBN', 'VERB', 'toast'],
    ['outlasted', 'VBD', 'VERB', 'outlast'],
    ['wasted', 'VBD', 'VERB', 'waste'],
    ['created', 'VBD', 'VERB', 'create'],
    ['hopped', 'VBD', 'VERB', 'hop'],
    ['hoped', 'VBD', 'VERB', 'hope'],
    ['largest', 'JJS', 'ADJ', 'large'],
  ];
  for (const [form, xpos, upos, lemma] of cases) assert.equal(lem.lemma(form, xpos, upos), lemma, form);
});
