import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createDoc } from '../../model/doc.js';
import { parseAnchor } from './calendar.js';
import { time } from './index.js';
import { surfaceTriples } from './surface-triples.js';
import { tagTimexes } from './tagger.js';

const tag = (text: string, anchor: string | null = '2013-03-22') => surfaceTriples(text, anchor);
const one = (text: string, anchor?: string | null) => {
  const hits = tag(text, anchor);
  assert.equal(hits.length, 1, `expected one timex in "${text}", got ${JSON.stringify(hits)}`);
  return hits[0];
};

describe('explicit dates', () => {
  test('month day year, with and without weekday', () => {
    assert.deepEqual(one('The strike began on March 5, 2011, in Homs.'), [
      'March 5, 2011',
      'DATE',
      '2011-03-05',
    ]);
    assert.deepEqual(one('It was signed on Wednesday, January 21, 2014.'), [
      'Wednesday, January 21, 2014',
      'DATE',
      '2014-01-21',
    ]);
    assert.deepEqual(one('Polls close on 5 May 2015 at the latest.'), ['5 May 2015', 'DATE', '2015-05-05']);
  });
  test('month and day without a year take the nearest year', () => {
    assert.deepEqual(one('The vote is set for Feb. 28.'), ['Feb. 28', 'DATE', '2013-02-28']);
    assert.deepEqual(one('Ballots are due Jan. 2.', '2012-11-30'), ['Jan. 2', 'DATE', '2013-01-02']);
  });
  test('months, month-year, bare years, modifiers', () => {
    assert.deepEqual(one('Prices rose in May 2010 after the deal.'), ['May 2010', 'DATE', '2010-05']);
    assert.deepEqual(one('The uprising began in 2011.'), ['2011', 'DATE', '2011']);
    assert.deepEqual(one('Sales slumped in early December.'), ['early December', 'DATE', '2012-12']);
    assert.deepEqual(one('Output peaked last June.'), ['last June', 'DATE', '2012-06']);
    assert.deepEqual(one('Growth slowed in mid-1996.'), ['mid-1996', 'DATE', '1996']);
  });
  test('decades, centuries, spoken years, ISO dates', () => {
    assert.deepEqual(one('It was built in the 1990s.'), ['the 1990s', 'DATE', '199']);
    assert.deepEqual(one('A relic of the 20th century.'), ['the 20th century', 'DATE', '19']);
    assert.deepEqual(one('He left in nineteen ninety-six.'), ['nineteen ninety-six', 'DATE', '1996']);
    assert.deepEqual(one('Filed 2013-03-18 by the court.'), ['2013-03-18', 'DATE', '2013-03-18']);
  });
});

describe('relative dates', () => {
  test('yesterday, today, tomorrow, tonight', () => {
    assert.deepEqual(one('Officials said yesterday that talks had stalled.'), [
      'yesterday',
      'DATE',
      '2013-03-21',
    ]);
    assert.deepEqual(one('The minister will speak tonight.'), ['tonight', 'TIME', '2013-03-22TNI']);
  });
  test('this/last/next unit', () => {
    assert.deepEqual(one('Profits fell last year.'), ['last year', 'DATE', '2012']);
    assert.deepEqual(one('The law takes effect next month.'), ['next month', 'DATE', '2013-04']);
    assert.deepEqual(one('Inflation was flat in the last week.'), ['the last week', 'DATE', '2013-W11']);
    assert.deepEqual(one('Shares rose earlier this year.'), ['earlier this year', 'DATE', '2013']);
  });
  test('amounts ago', () => {
    assert.deepEqual(one('He was arrested two years ago.'), ['two years ago', 'DATE', '2011']);
    assert.deepEqual(one('It closed 10 days ago.'), ['10 days ago', 'DATE', '2013-03-12']);
  });
  test('weekdays by tense: past by default, coming with a future cue, today included', () => {
    const a = '2020-01-01'; // a Wednesday
    assert.deepEqual(one('On Tuesday, Lavrov said the move was a mistake.', a), [
      'Tuesday',
      'DATE',
      '2019-12-31',
    ]);
    assert.deepEqual(one('The offer made on Sunday was withdrawn.', a), ['Sunday', 'DATE', '2019-12-29']);
    assert.deepEqual(one('The talks will resume on Friday.', a), ['Friday', 'DATE', '2020-01-03']);
    assert.deepEqual(one('Talks due to begin on Wednesday were delayed.', a), [
      'Wednesday',
      'DATE',
      '2020-01-01',
    ]);
    assert.deepEqual(one('He left last Friday.', a), ['last Friday', 'DATE', '2019-12-27']);
    assert.deepEqual(one('The storm hit Friday afternoon.'), ['Friday afternoon', 'TIME', '2013-03-22TAF']);
  });
});

describe('periods', () => {
  test('seasons', () => {
    assert.deepEqual(one('Sales were weak last summer.'), ['last summer', 'DATE', '2012-SU']);
    assert.deepEqual(one('A drought in the summer of 2013 hurt crops.'), [
      'the summer of 2013',
      'DATE',
      '2013-SU',
    ]);
  });
  test('quarters and halves', () => {
    assert.deepEqual(one('Earnings rose in the third quarter.', '2013-10-20'), [
      'the third quarter',
      'DATE',
      '2013-Q3',
    ]);
    assert.deepEqual(one('The first quarter of 2012 was weak.'), [
      'The first quarter of 2012',
      'DATE',
      '2012-Q1',
    ]);
    assert.deepEqual(one('Profit doubled in the first half of 2012.'), [
      'the first half of 2012',
      'DATE',
      '2012-H1',
    ]);
  });
  test('ISO weeks', () => {
    assert.deepEqual(one('Retail sales rose this week.'), ['this week', 'DATE', '2013-W12']);
  });
});

describe('durations', () => {
  test('amounts of units, hyphenated and vague', () => {
    assert.deepEqual(one('The siege lasted three days.'), ['three days', 'DURATION', 'P3D']);
    assert.deepEqual(one('He signed a two-year contract.'), ['two-year', 'DURATION', 'P2Y']);
    assert.deepEqual(one('Rates have risen in the past two years.'), [
      'the past two years',
      'DURATION',
      'P2Y',
    ]);
    assert.deepEqual(one('The ceasefire held for several weeks.'), ['several weeks', 'DURATION', 'PXW']);
    assert.deepEqual(one('The flight took 24 hours.'), ['24 hours', 'DURATION', 'PT24H']);
    assert.deepEqual(one('Fighting has gone on for years.'), ['years', 'DURATION', 'PXY']);
  });
  test('modifiers: "nearly" and "about" inside the extent, a preposition outside', () => {
    const near = tagTimexes('The war lasted nearly forty years.', parseAnchor('2013-03-22'))[0];
    assert.equal(near.mod, 'LESS_THAN');
    assert.deepEqual(one('The war lasted nearly forty years.'), ['nearly forty years', 'DURATION', 'P40Y']);
    assert.deepEqual(one('The trip took about five hours.'), ['about five hours', 'DURATION', 'PT5H']);
    assert.deepEqual(one('It will end within five hours.'), ['five hours', 'DURATION', 'PT5H']);
  });
});

describe('sets', () => {
  test('frequency words, every unit, weekdays', () => {
    assert.deepEqual(one('The paper is published daily.'), ['daily', 'SET', 'P1D']);
    assert.deepEqual(one('Inspectors visit every week.'), ['every week', 'SET', 'P1W']);
    assert.deepEqual(one('The market opens on Tuesdays.'), ['Tuesdays', 'SET', 'XXXX-WXX-2']);
    assert.deepEqual(one('The board meets twice a year.'), ['twice a year', 'SET', 'P1Y']);
  });
});

describe('references', () => {
  test('now, so far, recently, the future', () => {
    assert.deepEqual(one('Iran has so far been a key ally.'), ['so far', 'DATE', 'PRESENT_REF']);
    assert.deepEqual(one('The border is now closed.'), ['now', 'DATE', 'PRESENT_REF']);
    assert.deepEqual(one('He recently moved to Geneva.'), ['recently', 'DATE', 'PAST_REF']);
    assert.deepEqual(one('Rates may rise in the future.'), ['the future', 'DATE', 'FUTURE_REF']);
  });
});

describe('event-anchored references', () => {
  test('typed DATE, value left unresolved', () => {
    assert.deepEqual(one('Thousands have fled since the start of the uprising.'), [
      'the start of the uprising',
      'DATE',
      'XXXX-XX-XX',
    ]);
    assert.deepEqual(one('Prices fell at the end of the war.'), ['the end of the war', 'DATE', 'XXXX-XX-XX']);
  });
});

describe('clock times', () => {
  test('a.m./p.m., with a weekday', () => {
    assert.deepEqual(one('Polls close at 8 p.m. tomorrow.'), ['8 p.m. tomorrow', 'TIME', '2013-03-23T20:00']);
    assert.deepEqual(one('The blast came at 10:30 a.m. Friday.'), [
      '10:30 a.m. Friday',
      'TIME',
      '2013-03-22T10:30',
    ]);
  });
});

describe('ranges', () => {
  test('each end of a range is its own timex', () => {
    assert.deepEqual(tag('He served from 2011 to 2014.'), [
      ['2011', 'DATE', '2011'],
      ['2014', 'DATE', '2014'],
    ]);
    assert.deepEqual(tag('The 2009-2010 pandemic.'), [
      ['2009', 'DATE', '2009'],
      ['2010', 'DATE', '2010'],
    ]);
  });
});

describe('without a publication date', () => {
  test('relative values stay unresolved and the doc says why', () => {
    assert.deepEqual(one('Officials said on Tuesday that talks stalled.', null), [
      'Tuesday',
      'DATE',
      'XXXX-WXX-2',
    ]);
    assert.deepEqual(one('Profits fell last year.', null), ['last year', 'DATE', 'XXXX']);
    assert.deepEqual(one('The uprising began in 2011.', null), ['2011', 'DATE', '2011']);
    const doc = createDoc('Profits fell last year.');
    time.run(doc);
    assert.equal(doc.timexes[0].value, 'XXXX');
    assert.ok(doc.messages.some((m) => m.rule === 'time/no-anchor'));
  });
});
