import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveAnaphor } from './anaphora.js';
import { surfaceTriples } from './surface-triples.js';

const tag = (text: string, anchor = '2000-01-28') => surfaceTriples(text, anchor);

test('"that year", "the following year" take the year the text last gave, not the dateline', () => {
  assert.deepEqual(tag('He came to Florida in June 1998 and returned to Cuba later that year.'), [
    ['June 1998', 'DATE', '1998-06'],
    ['later that year', 'DATE', '1998'],
  ]);
  assert.deepEqual(tag('He was made a general in 1995, and the following year he was posted abroad.'), [
    ['1995', 'DATE', '1995'],
    ['the following year', 'DATE', '1996'],
  ]);
  assert.deepEqual(tag('Imports rose in 1988; the previous year they fell.'), [
    ['1988', 'DATE', '1988'],
    ['the previous year', 'DATE', '1987'],
  ]);
});

test('"that day", "the following month" from the last full date or month', () => {
  assert.deepEqual(tag('Slepian was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.'), [
    ['Oct. 23, 1998', 'DATE', '1998-10-23'],
    ['Earlier that day', 'DATE', '1998-10-23'],
  ]);
  assert.deepEqual(tag('The offer lapsed in December 1999. The following month, the company was sold.'), [
    ['December 1999', 'DATE', '1999-12'],
    ['The following month', 'DATE', '2000-01'],
  ]);
});

test('negative: a generic "that day", and "that year\'s", "the following day of …" are left alone', () => {
  assert.deepEqual(tag('You have strong redemptions that day and then a calm.'), []);
  assert.deepEqual(tag("He sold that year's crop."), []);
  // Nothing to refer to: the year stays unresolved rather than taking the dateline's.
  assert.deepEqual(tag('That year he left.'), [['That year', 'DATE', 'XXXX']]);
});

test('an anaphor skips earlier dates too coarse for it', () => {
  assert.equal(resolveAnaphor({ unit: 'D', shift: 1 }, ['1998-10-23', '1998']), '1998-10-24');
  assert.equal(resolveAnaphor({ unit: 'M', shift: -1 }, ['2000-01-05T10:00']), '1999-12');
  assert.equal(resolveAnaphor({ unit: 'M', shift: 0 }, ['2000-W03']), null);
  assert.equal(resolveAnaphor({ unit: 'Y', shift: 0 }, ['PRESENT_REF']), null);
});

test('"the previous year" with no year before it counts from the dateline', () => {
  assert.deepEqual(tag('Sales doubled from the previous year.'), [['the previous year', 'DATE', '1999']]);
});
