import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAnchor } from './calendar.js';
import { surfaceTriples } from './surface-triples.js';
import { tagTimexes } from './tagger.js';

// Datelines: 2000-04-05 is a Wednesday, 1989-10-30 a Monday.

describe('tense inside a quotation', () => {
  test('a quote keeps its own tense: "will" inside beats "said" outside', () => {
    assert.deepEqual(
      surfaceTriples("''This father will leave at 4 a.m. EDT Thursday,'' Castro said.", '2000-04-05'),
      [['4 a.m. EDT Thursday', 'TIME', '2000-04-06T04:00']],
    );
    assert.deepEqual(surfaceTriples('"We will sign it Thursday," the minister said.', '2000-04-05'), [
      ['Thursday', 'DATE', '2000-04-06'],
    ]);
  });
  test('a past quote, and text outside any quote, keep the usual reading (negatives)', () => {
    assert.deepEqual(surfaceTriples('"We signed it Thursday," the minister said.', '2000-04-05'), [
      ['Thursday', 'DATE', '2000-03-30'],
    ]);
    // the quote is elsewhere in the sentence: "said" is the nearest cue
    assert.deepEqual(
      surfaceTriples('The minister said Thursday that "we will sign it soon".', '2000-04-05'),
      [['Thursday', 'DATE', '2000-03-30']],
    );
  });
});

describe('a plan told in the past perfect is past', () => {
  test('"had been due / scheduled to" points back', () => {
    assert.deepEqual(surfaceTriples('The offer had been due to expire Friday evening.', '1989-10-30'), [
      ['Friday evening', 'TIME', '1989-10-27TEV'],
    ]);
    assert.deepEqual(surfaceTriples('He had planned to leave on Tuesday.', '1989-10-30'), [
      ['Tuesday', 'DATE', '1989-10-24'],
    ]);
  });
  test('"is due to" still points ahead (negative)', () => {
    assert.deepEqual(surfaceTriples('The offer is due to expire Friday.', '1989-10-30'), [
      ['Friday', 'DATE', '1989-11-03'],
    ]);
  });
});

describe('midnight ends its day', () => {
  test('"midnight Friday" is 24:00 of Friday', () => {
    assert.deepEqual(surfaceTriples('It had been scheduled to expire at midnight Friday.', '1989-10-30'), [
      ['midnight Friday', 'TIME', '1989-10-27T24:00'],
    ]);
  });
  test('noon stays 12:00 (negative)', () => {
    assert.deepEqual(surfaceTriples('Trading resumed at noon Friday.', '1989-10-30'), [
      ['noon Friday', 'TIME', '1989-10-27T12:00'],
    ]);
  });
});

describe('extents: prepositions and focus adverbs stay outside', () => {
  test('"at the end of 2012" is "the end of 2012", mod END', () => {
    assert.deepEqual(surfaceTriples('Prices fell at the end of 2012.', '2013-03-22'), [
      ['the end of 2012', 'DATE', '2012'],
    ]);
    assert.deepEqual(surfaceTriples('He arrived at the start of March.', '2013-03-22'), [
      ['the start of March', 'DATE', '2013-03'],
    ]);
  });
  test('"just" and "only" before "N ago" are outside; "about" stays inside', () => {
    assert.deepEqual(surfaceTriples('They were allies just a decade ago.', '1999-03-12'), [
      ['a decade ago', 'DATE', '198'],
    ]);
    assert.deepEqual(surfaceTriples('It opened only two years ago.', '2013-03-22'), [
      ['two years ago', 'DATE', '2011'],
    ]);
    assert.deepEqual(surfaceTriples('It opened about two years ago.', '2013-03-22'), [
      ['about two years ago', 'DATE', '2011'],
    ]);
  });
});

describe('durations and sets in quarters, and "-long" spans', () => {
  test('quarters stay quarters: P2Q, every quarter P1Q', () => {
    assert.deepEqual(surfaceTriples('It has had losses in the past two quarters.', '1989-10-27'), [
      ['the past two quarters', 'DURATION', 'P2Q'],
    ]);
    assert.deepEqual(surfaceTriples('It must pay $100 million in interest every quarter.', '1989-10-30'), [
      ['every quarter', 'SET', 'P1Q'],
    ]);
  });
  test('"day-long", "yearlong", "decades-long" are durations', () => {
    assert.deepEqual(surfaceTriples('They left their third day-long meeting.', '2000-04-03'), [
      ['day-long', 'DURATION', 'P1D'],
    ]);
    assert.deepEqual(surfaceTriples('The yearlong strike ended.', '2000-04-03'), [
      ['yearlong', 'DURATION', 'P1Y'],
    ]);
    assert.deepEqual(surfaceTriples("the government's decades-long battle", '2000-01-15'), [
      ['decades-long', 'DURATION', 'PXDE'],
    ]);
  });
  test('"long" alone, "a" before a plural unit (negatives)', () => {
    assert.deepEqual(surfaceTriples('It was a long day for everyone.', '2000-04-03'), []);
    assert.deepEqual(surfaceTriples('The daylong rain and the longest night.', '2000-04-03'), [
      ['daylong', 'DURATION', 'P1D'],
    ]);
    // "a decades" is no amount: only "decades-long" is tagged
    assert.equal(surfaceTriples('a decades-long feud', '2000-01-15')[0][0], 'decades-long');
  });
});

describe('hyphenated modifiers, "every N units", "year end"', () => {
  test('"late-November", "post-1959", "pre-1990" keep their modifier', () => {
    assert.deepEqual(surfaceTriples('They missed the late-November deadline.', '2000-02-24'), [
      ['late-November', 'DATE', '1999-11'],
    ]);
    assert.deepEqual(surfaceTriples('the post-1959 era and pre-1990 Poland', '2000-02-24'), [
      ['post-1959', 'DATE', '1959'],
      ['pre-1990', 'DATE', '1990'],
    ]);
  });
  test('"post-Soviet", "pre-war" are no dates (negatives)', () => {
    assert.deepEqual(surfaceTriples('the post-Soviet states and pre-war Europe', '2000-02-24'), []);
  });
  test('"every three months", "every other week" are sets of that period', () => {
    assert.deepEqual(surfaceTriples('The board meets every three months.', '2013-03-22'), [
      ['every three months', 'SET', 'P3M'],
    ]);
    assert.deepEqual(surfaceTriples('He visits every other week.', '2013-03-22'), [
      ['every other week', 'SET', 'P2W'],
    ]);
  });
  test('"every three of them" has no unit (negative)', () => {
    assert.deepEqual(surfaceTriples('He met every three of them.', '2013-03-22'), []);
  });
  test('"by year end" is the dateline year, mod END; "the year ended" is not', () => {
    assert.deepEqual(surfaceTriples('The deal should close by year end.', '1989-11-02'), [
      ['year end', 'DATE', '1989'],
    ]);
    assert.deepEqual(
      surfaceTriples('In the year ended Sept. 30, it earned more.', '1989-11-02').map((t) => t[0]),
      ['the year', 'Sept. 30'],
    );
  });
});

describe('vague spans', () => {
  test('"the next couple of years", "the weeks ahead", "over the years", "for a while"', () => {
    assert.deepEqual(surfaceTriples('Over the next couple of years we expect growth.', '1989-11-02'), [
      ['the next couple of years', 'DURATION', 'P2Y'],
    ]);
    assert.deepEqual(surfaceTriples('Funds may sell in the weeks ahead.', '1989-10-27'), [
      ['the weeks ahead', 'DURATION', 'PXW'],
    ]);
    assert.deepEqual(surfaceTriples('Over the years, more patients died.', '1998-03-31'), [
      ['the years', 'DURATION', 'PXY'],
    ]);
    assert.deepEqual(surfaceTriples('We will live without it for a while.', '1998-03-31'), [
      ['a while', 'DURATION', 'PXX'],
    ]);
  });
  test('"over" before "the past N" is a preposition: no MORE_THAN', () => {
    const [h] = tagTimexes('Sales rose over the past two years.', parseAnchor('2013-03-22'));
    assert.equal(h.mod, undefined);
    const [g] = tagTimexes('It took over two years.', parseAnchor('2013-03-22'));
    assert.equal(g.mod, 'MORE_THAN');
  });
  test('"the road ahead", "the years of war", "a while ago" stay untagged (negatives)', () => {
    assert.deepEqual(surfaceTriples('The road ahead is long.', '2013-03-22'), []);
    assert.deepEqual(surfaceTriples('Over the years of war, he grew.', '2013-03-22'), []);
    assert.deepEqual(surfaceTriples('Once in a while, he calls.', '2013-03-22'), []);
  });
});

describe('pairs of days: the second day is its own date', () => {
  test('"April 24 and 25", "Nov. 19-20, 2010"', () => {
    assert.deepEqual(surfaceTriples('the summit on April 24 and 25.', '1999-02-10'), [
      ['April 24', 'DATE', '1999-04-24'],
      ['25', 'DATE', '1999-04-25'],
    ]);
    assert.deepEqual(surfaceTriples('They met Nov. 19-20, 2010, in Lisbon.', '2013-03-22'), [
      ['Nov. 19', 'DATE', '2010-11-19'],
      ['20, 2010', 'DATE', '2010-11-20'],
    ]);
  });
  test('a number that counts something is no day (negatives)', () => {
    assert.deepEqual(surfaceTriples('By April 24 and 25 people had died.', '1999-02-10'), [
      ['April 24', 'DATE', '1999-04-24'],
    ]);
    assert.deepEqual(surfaceTriples('On March 5 and 6 percent of voters', '1999-02-10'), [
      ['March 5', 'DATE', '1999-03-05'],
    ]);
  });
});

describe('tense cues: passives and irregular pasts', () => {
  test('a participle after "be" is no past: "will be announced Friday" is the coming Friday', () => {
    // 2013-03-20 is a Wednesday
    assert.deepEqual(surfaceTriples('The results will be announced Friday.', '2013-03-20'), [
      ['Friday', 'DATE', '2013-03-22'],
    ]);
    assert.deepEqual(surfaceTriples('The talks are expected to be completed by Friday.', '2013-03-20'), [
      ['Friday', 'DATE', '2013-03-22'],
    ]);
  });
  test('irregular pasts point back: "left", "met", "went"', () => {
    assert.deepEqual(surfaceTriples('She left for Paris Friday.', '2013-03-20'), [
      ['Friday', 'DATE', '2013-03-15'],
    ]);
    assert.deepEqual(surfaceTriples('The two leaders met Tuesday.', '2013-03-20'), [
      ['Tuesday', 'DATE', '2013-03-19'],
    ]);
  });
  test('"were announced" stays past (negative)', () => {
    assert.deepEqual(surfaceTriples('The results were announced Friday.', '2013-03-20'), [
      ['Friday', 'DATE', '2013-03-15'],
    ]);
  });
});

describe('"the next day/morning/year" told in the past follows the last date given', () => {
  test('after a date: the day or year after it', () => {
    assert.deepEqual(
      surfaceTriples('He was arrested on Feb. 1. The next day, he appeared in court.', '2013-03-22'),
      [
        ['Feb. 1', 'DATE', '2013-02-01'],
        ['The next day', 'DATE', '2013-02-02'],
      ],
    );
    assert.deepEqual(
      surfaceTriples('He was arrested on Feb. 1 and released the next morning.', '2013-03-22'),
      [
        ['Feb. 1', 'DATE', '2013-02-01'],
        ['the next morning', 'TIME', '2013-02-02TMO'],
      ],
    );
    assert.deepEqual(surfaceTriples('In 1995 he joined the firm. The next year he left.', '2013-03-22'), [
      ['1995', 'DATE', '1995'],
      ['The next year', 'DATE', '1996'],
    ]);
  });
  test('in the future, or with no date before, it counts from the dateline or is left out (negatives)', () => {
    assert.deepEqual(
      surfaceTriples('Sales rose in 2012. Sales will grow over the next year.', '2013-03-22'),
      [
        ['2012', 'DATE', '2012'],
        ['the next year', 'DATE', '2014'],
      ],
    );
    assert.deepEqual(surfaceTriples('He appeared in court the next morning.', '2013-03-22'), []);
    assert.deepEqual(surfaceTriples('He was arrested on Feb. 1. That night he fled.', '2013-03-22'), [
      ['Feb. 1', 'DATE', '2013-02-01'],
    ]);
  });
});
