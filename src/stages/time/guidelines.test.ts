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

describe('names and nouns that are not times', () => {
  test('"USA Today", "VOA Today", ABC\'s "This Week" are names', () => {
    assert.deepEqual(tag('This is VOA Today.'), []);
    assert.deepEqual(tag('He told USA Today that he would stay.'), []);
    assert.deepEqual(tag('Baker said on ABC\'s "This Week" that talks would go on.'), []);
  });
  test('negative: "Today" and "this week" as times', () => {
    assert.deepEqual(tag('Today the market fell.'), [['Today', 'DATE', '1998-02-13']]);
    assert.deepEqual(tag('Markets in Tokyo today fell.'), [['today', 'DATE', '1998-02-13']]);
    assert.deepEqual(tag('The talks resume this week.'), [['this week', 'DATE', '1998-W07']]);
  });
  test('"the annual March for Life" is a march; "the people of tomorrow" no day', () => {
    assert.deepEqual(
      tag('Protesters gathered at the annual March for Life on Capitol Hill.', '1999-01-22'),
      [],
    );
    assert.deepEqual(tag('He led the ``March of the Mothers.', '2000-01-15'), []);
    assert.deepEqual(tag('"I would have chosen the people of tomorrow," he said.'), []);
  });
  test('negative: March the month, "as of tomorrow"', () => {
    assert.deepEqual(tag('The vote came in the March of 1997.', '1999-01-22'), [
      ['March of 1997', 'DATE', '1997-03'],
    ]);
    assert.deepEqual(tag('The rule applies as of tomorrow.'), [['tomorrow', 'DATE', '1998-02-14']]);
  });
  test('"quarterly" is no quarter; "the second and fourth quarters" a set', () => {
    assert.deepEqual(tag('After its first quarterly loss, it earned $3 million.', '1989-11-01'), []);
    assert.deepEqual(tag('Business is done in the second and fourth quarters.', '1989-11-01').at(-1), [
      'fourth quarters',
      'SET',
      'XXXX-Q4',
    ]);
    assert.deepEqual(tag('Its first quarter was weak.', '1989-11-01'), [
      ['first quarter', 'DATE', '1989-Q1'],
    ]);
  });
  test('"mid afternoon" with a space, as "mid-afternoon"', () => {
    assert.deepEqual(tag('By mid afternoon, officials said the fighting stopped.', '1998-03-06'), [
      ['mid afternoon', 'TIME', '1998-03-06TAF'],
    ]);
  });
});

describe('references and parts of day', () => {
  test('a headline line before "Today" is no name', () => {
    assert.deepEqual(tag('Flu Season Winds Down\nToday the CDC said it peaked.'), [
      ['Today', 'DATE', '1998-02-13'],
    ]);
  });
  test('"now" is PRESENT_REF wherever it stands, "Now," opening a sentence too (TimeML has no exception)', () => {
    assert.deepEqual(tag('The company now holds 5% of the shares.'), [['now', 'DATE', 'PRESENT_REF']]);
    assert.deepEqual(tag('He was charged. Now, officials are investigating.'), [
      ['Now', 'DATE', 'PRESENT_REF'],
    ]);
  });
  test('negative: "every now and then" is no reference', () => {
    assert.deepEqual(tag('Every now and then, the river floods.'), []);
  });
  test('"later this afternoon", "early this morning": the adverb inside, with its mod', () => {
    assert.deepEqual(tag('He meets Aziz later this afternoon.'), [
      ['later this afternoon', 'TIME', '1998-02-13TAF'],
    ]);
    const [h] = tagTimexes('Shots rang out early this morning.', parseAnchor('1998-02-13'));
    assert.equal(h.mod, 'START');
    assert.deepEqual(tag('Talks ended this evening.'), [['this evening', 'TIME', '1998-02-13TEV']]);
  });
});

describe('the fiscal year and Election Day', () => {
  test('"for the fiscal year" is the dateline\'s year; "the fiscal year ended June 30" stays a duration', () => {
    assert.deepEqual(tag('It will report lower earnings for the fiscal year.', '1989-10-30'), [
      ['the fiscal year', 'DATE', '1989'],
    ]);
    assert.deepEqual(tag('In the fiscal year ended Jan. 31, it earned $3 million.', '1989-10-30')[0], [
      'the fiscal year',
      'DURATION',
      'P1Y',
    ]);
  });
  test('"Election Day" is the Tuesday after the first Monday of November', () => {
    assert.deepEqual(tag('It is a theme of our campaign until Election Day.', '1998-10-25'), [
      ['Election Day', 'DATE', '1998-11-03'],
    ]);
    assert.deepEqual(tag('Polls opened on Election Day.', '2013-03-22'), [
      ['Election Day', 'DATE', '2012-11-06'],
    ]);
  });
  test('negative: "election day" in lower case is not the US holiday', () => {
    assert.deepEqual(tag('Israel set an election day for its parliament.', '2013-03-22'), []);
  });
});

describe('a hedge on "N units ago" takes TimeML\'s mod', () => {
  const mod = (text: string) => tagTimexes(text, parseAnchor('2013-03-22'))[0]?.mod;
  test('"more than a decade ago" BEFORE, "less than a year ago" AFTER, "about two years ago" APPROX', () => {
    assert.equal(mod('It closed more than a decade ago.'), 'BEFORE');
    assert.equal(mod('It closed less than a year ago.'), 'AFTER');
    assert.equal(mod('It closed nearly four years ago.'), 'AFTER');
    assert.equal(mod('It closed about two years ago.'), 'APPROX');
    assert.deepEqual(tag('It closed more than a decade ago.', '2013-03-22'), [
      ['more than a decade ago', 'DATE', '200'],
    ]);
  });
  test('negative: no hedge, no mod', () => {
    assert.equal(mod('It closed two years ago.'), undefined);
  });
});
