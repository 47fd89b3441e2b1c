import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnchor } from './calendar.js';
import { tagTimexes } from './tagger.js';

/** Sentences that look temporal to a naive matcher but hold no TIMEX3. */
const NONE = [
  'The troops will march on the capital.',
  'Officials said the plan may fail.',
  'Prices fall when supply rises.',
  'The company employs 2011 people in Ohio.',
  'The fund lost $1,995 per share.',
  'He paid 2010% interest, a court heard.',
  'A 10-year-old boy was hurt in the blast.',
  'A quarter of the shares changed hands.',
  'Three-quarters of voters backed the plan.',
  'She reads the Daily Mail.',
  'The mayor spoke with April Ryan of the network.',
  'He scored 24 points in the second half.',
];

test('no timex in sentences that only look temporal', () => {
  for (const text of NONE) {
    const hits = tagTimexes(text, parseAnchor('2013-03-22')).map((t) => text.slice(t.start, t.end));
    assert.deepEqual(hits, [], text);
  }
});

test('a rate is not a duration: "$1.76 a year", "700 seats a week"', () => {
  for (const text of ['The dividend is $1.76 a year.', 'This adds 700 seats a week.']) {
    const hits = tagTimexes(text, parseAnchor('2013-03-22')).filter((t) => t.type === 'DURATION');
    assert.deepEqual(hits, [], text);
  }
});
