import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, docIdFor, sentenceAt, textOf, tokensIn } from './doc.js';
import { DatelineError } from './errors.js';
import { validateDoc } from './validate.js';

test('id is stable under whitespace changes and depends on the url', () => {
  assert.equal(docIdFor('Lavrov  said\nthis.'), docIdFor('Lavrov said this.'));
  assert.notEqual(docIdFor('Lavrov said this.', 'http://a'), docIdFor('Lavrov said this.', 'http://b'));
});

test('a new doc validates and spans slice its text', () => {
  const doc = createDoc('Lavrov said “no.”', { title: 'T' });
  doc.sentences.push({ start: 0, end: 17 });
  doc.tokens.push({ start: 0, end: 6, pos: 'PROPN', lemma: 'Lavrov' });
  validateDoc(doc);
  assert.equal(textOf(doc, doc.tokens[0]), 'Lavrov');
  assert.equal(sentenceAt(doc, 7), 0);
  assert.equal(sentenceAt(doc, 17), -1);
  assert.deepEqual(tokensIn(doc, { start: 0, end: 3 }), [0, 1]);
});

test('validation rejects spans past the text and wrong shapes', () => {
  const doc = createDoc('short');
  doc.mentions.push({ start: 2, end: 9, type: 'PERSON' });
  assert.throws(
    () => validateDoc(doc),
    (e: unknown) => e instanceof DatelineError && e.code === 'DL_MODEL_SPAN_RANGE',
  );
  const bad = createDoc('short') as unknown as Record<string, unknown>;
  bad.timexes = [{ start: 0, end: 1, type: 'MONTH', value: 'x' }];
  assert.throws(
    () => validateDoc(bad as never),
    (e: unknown) => e instanceof DatelineError && e.code === 'DL_MODEL_INVALID',
  );
});
