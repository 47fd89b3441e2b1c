import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { surfaceTriples } from './surface-triples.js';

// Datelines: 2013-03-22 is a Friday, 2007-03-05 a Monday.
const tag = (text: string, anchor = '2013-03-22') => surfaceTriples(text, anchor);

describe('hours and minutes counted from an event', () => {
  test('"six minutes later", "five hours earlier": the amount alone, a duration', () => {
    assert.deepEqual(tag('Six minutes later, Lukaku scored a third goal.'), [
      ['Six minutes', 'DURATION', 'PT6M'],
    ]);
    assert.deepEqual(tag('Had it happened an hour later or five hours earlier, more would have died.'), [
      ['an hour', 'DURATION', 'PT1H'],
      ['five hours', 'DURATION', 'PT5H'],
    ]);
  });
  test('negative: "two hours ago" still points back from the dateline; days still shift', () => {
    assert.deepEqual(tag('The site went down two hours ago.'), [['two hours ago', 'DATE', 'PAST_REF']]);
    assert.deepEqual(tag('The talks collapsed three days earlier.'), [
      ['three days earlier', 'DATE', '2013-03-19'],
    ]);
  });
});

describe('ages are not durations', () => {
  test('"aged 8-10 years", "at the age of four months", "a 2000 year old tradition"', () => {
    assert.deepEqual(tag('Children aged 8–10 years were tested.'), []);
    assert.deepEqual(tag('She developed eczema at the age of four months.'), []);
    assert.deepEqual(tag('The festival continues a 2000 year old tradition.', '2007-03-05'), []);
  });
  test('negative: a stay of four months, and the year 2000, are still tagged', () => {
    assert.deepEqual(tag('She stayed in Sydney for four months.'), [['four months', 'DURATION', 'P4M']]);
    assert.deepEqual(tag('The festival started in 2000 with 300 lanterns.', '2007-03-05'), [
      ['2000', 'DATE', '2000'],
    ]);
  });
});

describe('names and idioms that look like times', () => {
  test('"illustrator Johnnie Christmas", "every now and again", "the Party daily Granma"', () => {
    assert.deepEqual(tag('He signed the novel with illustrator Johnnie Christmas.'), []);
    assert.deepEqual(tag('The net produces these events every now and again.'), []);
    assert.deepEqual(tag('The Communist Party daily Granma said so.'), []);
  });
  test('negative: "on Christmas Day", "Merry Christmas", "now", "daily flights" are tagged', () => {
    assert.deepEqual(tag('The shops were shut on Christmas Day.'), [['Christmas Day', 'DATE', '2012-12-25']]);
    assert.deepEqual(tag('"Merry Christmas," he said.'), [['Christmas', 'DATE', '2012-12-25']]);
    assert.deepEqual(tag('The site is now back online.'), [['now', 'DATE', 'PRESENT_REF']]);
    assert.deepEqual(tag('Qantas plans daily flights to Bombay.'), [['daily', 'SET', 'P1D']]);
  });
});

describe('"each of the past three years", "the previous day"', () => {
  test('each of a run of years is a set of years, the whole phrase its extent', () => {
    assert.deepEqual(tag('Operating profit fell in each of the past three years.'), [
      ['each of the past three years', 'SET', 'P1Y'],
    ]);
  });
  test('negative: "the past three years" alone stays a duration', () => {
    assert.deepEqual(tag('Operating profit fell over the past three years.'), [
      ['the past three years', 'DURATION', 'P3Y'],
    ]);
  });
  test('"the previous day" with no date before it is the day before the dateline', () => {
    assert.deepEqual(tag('He had met the minister the previous day.'), [
      ['the previous day', 'DATE', '2013-03-21'],
    ]);
    assert.deepEqual(tag('The vote was on Tuesday. The previous day, he resigned.'), [
      ['Tuesday', 'DATE', '2013-03-19'],
      ['The previous day', 'DATE', '2013-03-18'],
    ]);
  });
  test('negative: "the following day" with no date before it stays untagged', () => {
    assert.deepEqual(tag('He left the following day.'), []);
  });
});

describe('reported plans and the narrative day', () => {
  test('"said Wednesday the talks would resume Monday": the coming Monday', () => {
    assert.deepEqual(tag('A spokesman said Wednesday the talks would resume Monday.'), [
      ['Wednesday', 'DATE', '2013-03-20'],
      ['Monday', 'DATE', '2013-03-25'],
    ]);
  });
  test('negative: "would have" looks back', () => {
    assert.deepEqual(tag('He said the attack would have been worse on Monday.'), [
      ['Monday', 'DATE', '2013-03-18'],
    ]);
  });
  test('a bare clock time takes the day of the full date told just before it', () => {
    assert.deepEqual(
      tag(
        'Slepian was killed on Oct. 23, 1998. He was shot at 10 p.m. as he stood in his kitchen.',
        '1999-04-19',
      ),
      [
        ['Oct. 23, 1998', 'DATE', '1998-10-23'],
        ['10 p.m.', 'TIME', '1998-10-23T22:00'],
      ],
    );
  });
  test('negative: with no date before it, or its own day, a clock time keeps the dateline or that day', () => {
    assert.deepEqual(tag('The polls open at 7 a.m.'), [['7 a.m.', 'TIME', '2013-03-22T07:00']]);
    assert.deepEqual(tag('On March 4, 2013, the court sat. Voting ends at 5 p.m. Friday.'), [
      ['March 4, 2013', 'DATE', '2013-03-04'],
      ['5 p.m. Friday', 'TIME', '2013-03-22T17:00'],
    ]);
  });
});

describe('"the week of March 6"', () => {
  test('the week holding that day', () => {
    assert.deepEqual(
      tag('It may be resolved in a hearing the week of March 6, his cousin said.', '2000-02-24'),
      [['the week of March 6', 'DATE', '2000-W10']],
    );
  });
  test('negative: "the week" alone and an impossible day', () => {
    assert.deepEqual(tag('The hearing is on March 6.', '2000-02-24'), [['March 6', 'DATE', '2000-03-06']]);
    assert.deepEqual(tag('He met her the week of Feb. 31.', '2000-02-24'), []);
  });
});

describe('a clock time with a bracketed aside before its day', () => {
  test('"10:35 a.m. (0735 GMT) Friday" is Friday\'s 10:35', () => {
    assert.deepEqual(
      tag('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08'),
      [
        ['about 10:35 a.m.', 'TIME', '1998-08-07T10:35'],
        ['Friday', 'DATE', '1998-08-07'],
      ],
    );
  });
  test("negative: an aside with no day after it leaves the dateline's day", () => {
    assert.deepEqual(tag('The polls closed at 3 p.m. (1200 GMT).', '1998-08-08'), [
      ['3 p.m.', 'TIME', '1998-08-08T15:00'],
    ]);
  });
});
