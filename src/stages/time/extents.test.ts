import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnchor } from './calendar.js';
import { surfaceTriples } from './surface-triples.js';
import { tagTimexes } from './tagger.js';

const tag = (text: string, anchor = '1989-10-30') => surfaceTriples(text, anchor);

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

test('seasons keep "the" and "early"/"late" inside, a preposition outside; "this past" is the last one', () => {
  assert.deepEqual(tag('Delays ran well into the summer.'), [['the summer', 'DATE', '1989-SU']]);
  assert.deepEqual(tag('Orders rose from the low levels of the early summer.'), [
    ['the early summer', 'DATE', '1989-SU'],
  ]);
  assert.deepEqual(tag('The unit was sold this past spring.'), [['this past spring', 'DATE', '1989-SP']]);
  assert.deepEqual(tag('Fans met this past weekend.', '2013-03-22'), [
    ['this past weekend', 'DATE', '2013-W11-WE'],
  ]);
  assert.deepEqual(tag('It fell in winter of 1988.'), [['winter of 1988', 'DATE', '1988-WI']]);
  // "fall" alone is a verb.
  assert.deepEqual(tag('Prices may fall sharply.'), []);
});

test('a clock time with its zone and the day it names is one TIME', () => {
  assert.deepEqual(tag('The offer runs until 5 p.m. EST Nov. 9.', '1989-11-02'), [
    ['5 p.m. EST Nov. 9', 'TIME', '1989-11-09T17:00'],
  ]);
  assert.deepEqual(tag('The offer expires at 5 p.m. EST, Nov. 6, it said.', '1989-10-30'), [
    ['5 p.m. EST, Nov. 6', 'TIME', '1989-11-06T17:00'],
  ]);
  assert.deepEqual(tag('Polls closed at 3 p.m. ET Wednesday.', '2013-03-22'), [
    ['3 p.m. ET Wednesday', 'TIME', '2013-03-20T15:00'],
  ]);
  // Not a day: the time alone; a full date with its year stays its own DATE.
  assert.deepEqual(tag('It is due by 5 p.m. Feb. 31 at the latest.', '1989-11-02'), [
    ['5 p.m.', 'TIME', '1989-11-02T17:00'],
  ]);
  assert.deepEqual(tag('They met at 10 a.m. March 5, 1990 in Paris.', '1989-11-02').at(-1), [
    'March 5, 1990',
    'DATE',
    '1990-03-05',
  ]);
});

test('"next year\'s first quarter", "last year\'s quarter", "the last half of 1989" are one timex each', () => {
  assert.deepEqual(tag("The levy might apply as soon as next year's first quarter."), [
    ["next year's first quarter", 'DATE', '1990-Q1'],
  ]);
  assert.deepEqual(
    tag("Third-quarter net fell. Sales for last year's quarter were $3 million.", '1989-11-01'),
    [
      ['Third-quarter', 'DATE', '1989-Q3'],
      ["last year's quarter", 'DATE', '1988-Q3'],
    ],
  );
  assert.deepEqual(tag('Earnings for the last half of 1989 will be lower.'), [
    ['the last half of 1989', 'DATE', '1989-H2'],
  ]);
  // TimeBank leaves "right" out of "right now".
  assert.deepEqual(tag('Right now, nobody knows.'), [['now', 'DATE', 'PRESENT_REF']]);
  // negative: "last year's" before a non-period noun leaves the quarter word alone.
  assert.deepEqual(tag("Last year's profits were higher."), [['Last year', 'DATE', '1988']]);
});

test('a trailing hedge belongs to the expression: "or so", "or later", "and beyond"', () => {
  const full = (text: string) =>
    tagTimexes(text, parseAnchor('1989-11-01')).map((t) => [text.slice(t.start, t.end), t.value, t.mod]);
  assert.deepEqual(full('The plants will close over the next year or so, he said.'), [
    ['the next year or so', '1990', 'APPROX'],
  ]);
  assert.deepEqual(full('It will not be profitable until 1994 or later.'), [
    ['1994 or later', '1994', 'ON_OR_AFTER'],
  ]);
  assert.deepEqual(full('Cash flow for 1990 and beyond looks weak.'), [
    ['1990 and beyond', '1990', 'ON_OR_AFTER'],
  ]);
  // negative: "or" before something else is not a hedge.
  assert.deepEqual(full('In 1990 or 1991 it will open.'), [
    ['1990', '1990', undefined],
    ['1991', '1991', undefined],
  ]);
});

test('"N units before" a clause is the amount alone; "N units before." at the end is a date', () => {
  assert.deepEqual(tag('He said so in an interview several months before he took office.'), [
    ['several months', 'DURATION', 'PXM'],
  ]);
  assert.deepEqual(tag('Banks must wait at least 30 days before closing the purchase.'), [
    ['at least 30 days', 'DURATION', 'P30D'],
  ]);
  assert.deepEqual(tag('He had left two days before.', '1989-11-01'), [
    ['two days before', 'DATE', '1989-10-30'],
  ]);
});

test('a spelled-out year joins the month or season before it', () => {
  assert.deepEqual(
    tag('Copper sank back to where it stood in the winter of nineteen ninety-three.', '1998-02-23'),
    [['the winter of nineteen ninety-three', 'DATE', '1993-WI']],
  );
  assert.deepEqual(tag('March nineteen ninety-six. Boston once more.', '1998-02-27'), [
    ['March nineteen ninety-six', 'DATE', '1996-03'],
  ]);
  // negative: a year after other words stays its own date.
  assert.deepEqual(tag('In January he said nineteen ninety-seven was bad.', '1998-02-27').length, 2);
});

test('a word between amount and unit: "eight trading days", "at least 20 more years"', () => {
  assert.deepEqual(tag('Eight trading days after the crash, it recovered.'), [
    ['Eight trading days', 'DURATION', 'P8D'],
  ]);
  assert.deepEqual(tag('The fleet may stay for at least 20 more years.'), [
    ['at least 20 more years', 'DURATION', 'P20Y'],
  ]);
  assert.deepEqual(tag('He sold more trading cards.'), []);
});
