import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnchor } from './calendar.js';
import { tagTimexes } from './tagger.js';

/** [surface text, type, value] of every timex, offsets checked by slicing. */
function tag(text: string, anchor = '1989-10-30'): [string, string, string][] {
  return tagTimexes(text, parseAnchor(anchor)).map((t) => {
    assert.ok(t.start >= 0 && t.end <= text.length && t.start < t.end);
    return [text.slice(t.start, t.end), t.type, t.value];
  });
}

test('a range of amounts of one unit is one duration of uncertain length', () => {
  assert.deepEqual(tag('It will resume shipments within two to three weeks.'), [
    ['two to three weeks', 'DURATION', 'PXW'],
  ]);
  assert.deepEqual(tag('Acquisitions will be made during the next 12 to 18 months.'), [
    ['the next 12 to 18 months', 'DURATION', 'PXM'],
  ]);
  assert.deepEqual(tag('Funds in recent weeks and months sold bonds.'), [
    ['recent weeks and months', 'DURATION', 'PXW'],
  ]);
});

test('negative: ranges that are not one span', () => {
  // A date range stays two dates; "ago" makes the nearer end a date; a falling range is no range.
  assert.deepEqual(tag('He served from 1990 to 1995.'), [
    ['1990', 'DATE', '1990'],
    ['1995', 'DATE', '1995'],
  ]);
  assert.deepEqual(tag('It began 5 to 10 years ago.'), [['10 years ago', 'DATE', '1979']]);
  assert.deepEqual(tag('It took 8 to 3 days.'), [['3 days', 'DURATION', 'P3D']]);
});
