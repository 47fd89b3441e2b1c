import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAnchor } from './calendar.js';
import { surfaceTriples } from './surface-triples.js';
import { tagTimexes } from './tagger.js';

// Extent conventions where TimeBank and AQUAINT disagree, settled by the TimeML guidelines (session 7).
const tag = (text: string, anchor = '1998-02-13') => surfaceTriples(text, anchor);

describe('a hedge on an amount, a clock time or a day is inside the extent (TimeML mod)', () => {
  test('"about", "around", "almost" before an amount', () => {
    assert.deepEqual(tag('It was the first order from a utility in about a decade.'), [
      ['about a decade', 'DURATION', 'P10Y'],
    ]);
    assert.deepEqual(tag('It has stood for almost a hundred years.'), [
      ['almost a hundred years', 'DURATION', 'P100Y'],
    ]);
    const [h] = tagTimexes('The car sat there for around two weeks.', parseAnchor('1998-02-13'));
    assert.equal(h.mod, 'APPROX');
  });
  test('"around 7:15 p.m.", "around Nov. 1", "around year end"', () => {
    assert.deepEqual(tag('He was shot around 7:15 p.m. on the street.'), [
      ['around 7:15 p.m.', 'TIME', '1998-02-13T19:15'],
    ]);
    const [d] = tagTimexes('The sale will be completed around Nov. 1.', parseAnchor('1989-10-20'));
    assert.equal(d.mod, 'APPROX');
    assert.deepEqual(tag('The sale will be completed around Nov. 1.', '1989-10-20'), [
      ['around Nov. 1', 'DATE', '1989-11-01'],
    ]);
  });
  test('negative: a preposition, a vague reference or a possessive keeps the word outside', () => {
    assert.deepEqual(tag('It will be done within two weeks.'), [['two weeks', 'DURATION', 'P2W']]);
    assert.deepEqual(tag('They worry about the future.'), [['the future', 'DATE', 'FUTURE_REF']]);
    assert.deepEqual(tag("They looked for ways to get around Wednesday's ruling.", '2000-04-14'), [
      ['Wednesday', 'DATE', '2000-04-12'],
    ]);
  });
});
