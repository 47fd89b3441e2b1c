import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAnchor } from './calendar.js';
import { surfaceTriples } from './surface-triples.js';
import { tagTimexes } from './tagger.js';

// Extent families of session 8 (TBAQ train and the TimeML guidelines; each with negatives).
const tag = (text: string, anchor = '1998-02-13') => surfaceTriples(text, anchor);

describe('a bare plural unit counted from an event or from now', () => {
  test('"hours later", "weeks earlier": the span alone, a vague duration', () => {
    assert.deepEqual(tag('Hours later, he was dead.'), [['Hours', 'DURATION', 'PTXH']]);
    assert.deepEqual(tag('Weeks earlier, the company had warned of losses.'), [['Weeks', 'DURATION', 'PXW']]);
  });
  test('"months ago" keeps "ago" inside, as amounts do', () => {
    assert.deepEqual(tag('The company, which just months ago was losing money, is healthy.'), [
      ['months ago', 'DURATION', 'PXM'],
    ]);
  });
  test('negative: "a matter of days before", "the days before the shooting", ages', () => {
    assert.deepEqual(tag('It is just a matter of days before the boy leaves.'), []);
    assert.deepEqual(tag('Police found the rifle in the days before the shooting.'), []);
    assert.deepEqual(tag('He was 40 years old.'), []);
  });
});

describe('"earlier"/"later" before a weekday is inside, as in "earlier this week" (TimeBank, TimeML mods)', () => {
  test('"Earlier Sunday", "later Thursday"', () => {
    assert.deepEqual(tag('Earlier Sunday, police and marchers clashed.', '1998-03-23'), [
      ['Earlier Sunday', 'DATE', '1998-03-22'],
    ]);
    assert.deepEqual(tag('The cousins will meet the judge later Thursday.', '2000-02-10'), [
      ['later Thursday', 'DATE', '2000-02-10'],
    ]);
    assert.deepEqual(tag('Prices fell earlier this week.'), [['earlier this week', 'DATE', '1998-W07']]);
  });
  test('negative: "earlier" that is not the weekday\'s modifier stays out', () => {
    assert.deepEqual(tag('The vote came earlier, on Friday.'), [['Friday', 'DATE', '1998-02-13']]);
    assert.deepEqual(tag('He left earlier than planned on Friday.'), [['Friday', 'DATE', '1998-02-13']]);
  });
});

describe('vague quarters', () => {
  test('"recent quarters", "several quarters" are spans; "future/coming quarters" the vague future', () => {
    assert.deepEqual(tag('Insurance has been a tough business in recent quarters, as pricing was cut.'), [
      ['recent quarters', 'DURATION', 'PXQ'],
    ]);
    assert.deepEqual(tag('It turned a profit after several quarters of losses.'), [
      ['several quarters', 'DURATION', 'PXQ'],
    ]);
    assert.deepEqual(tag('The losses will cut tax payments in future quarters.'), [
      ['future quarters', 'DATE', 'FUTURE_REF'],
    ]);
    assert.deepEqual(tag("It doesn't bode well for coming quarters."), [
      ['coming quarters', 'DATE', 'FUTURE_REF'],
    ]);
  });
  test('negative: living quarters, headquarters, "future" before other units', () => {
    assert.deepEqual(tag('The soldiers returned to their quarters.'), []);
    assert.deepEqual(tag("The company's headquarters moved."), []);
    assert.deepEqual(tag('They will decide in future years.'), []);
  });
});

describe('a part of a decade is inside its extent ("of" phrases, TimeML mods)', () => {
  test('"the last half of the \'80s", "the end of the 1990s"', () => {
    assert.deepEqual(tag("Sales fell in the last half of the '80s.", '1990-03-01'), [
      ["the last half of the '80s", 'DATE', '198'],
    ]);
    const [end] = tagTimexes('By the end of the 1990s, the plant was closed.', parseAnchor('2003-01-01'));
    assert.equal(end.mod, 'END');
    const [first] = tagTimexes('Sales fell in the first half of the 1980s.', parseAnchor('1990-03-01'));
    assert.equal(first.mod, 'START');
  });
  test('negative: a plain decade keeps its own extent; "half of the" a fraction of something else', () => {
    assert.deepEqual(tag('It was a hit in the 1960s.'), [['the 1960s', 'DATE', '196']]);
    assert.deepEqual(tag('Nearly half of the 1980s graduates left.'), [['the 1980s', 'DATE', '198']]);
  });
});

describe('time words inside names are not times', () => {
  test('wars, newspapers, programmes, a studio, movements', () => {
    assert.deepEqual(tag('Israel captured the land in the Six-Day War.'), []);
    assert.deepEqual(tag('He told the Sunday Times that he would resign.'), []);
    assert.deepEqual(tag("He appeared on NBC's Today show."), []);
    assert.deepEqual(tag('The Monday Night Football game drew viewers.'), []);
    assert.deepEqual(tag('20th Century Fox released the film.'), []);
    assert.deepEqual(tag('The April 6 Youth Movement called for protests.', '2013-03-22'), []);
  });
  test('negative: the same words as times', () => {
    assert.deepEqual(tag('He fought in the 1991 Gulf War.'), [['1991', 'DATE', '1991']]);
    assert.deepEqual(tag('The war lasted six days.'), [['six days', 'DURATION', 'P6D']]);
    assert.deepEqual(tag('On Sunday the movement grew.', '2013-03-22'), [['Sunday', 'DATE', '2013-03-17']]);
    assert.deepEqual(tag('He visited Times Square on Sunday.', '2013-03-22'), [
      ['Sunday', 'DATE', '2013-03-17'],
    ]);
    assert.deepEqual(tag('Today, the show goes on.', '2013-03-22'), [['Today', 'DATE', '2013-03-22']]);
    assert.deepEqual(tag('The 20th century was violent.'), [['The 20th century', 'DATE', '19']]);
  });
});

describe('a four-digit clock time before a zone is not a year', () => {
  test('"1 p.m. (1700 GMT)" tags the local time only (AQUAINT leaves "(0735 GMT)" untagged)', () => {
    assert.deepEqual(tag('The vote began at 1 p.m. (1700 GMT).', '2013-03-22'), [
      ['1 p.m.', 'TIME', '2013-03-22T13:00'],
    ]);
  });
  test('negative: a year before other words stays a year', () => {
    assert.deepEqual(tag('In 2012 hours were cut.', '2013-03-22'), [['2012', 'DATE', '2012']]);
    assert.deepEqual(tag('The 1700 census counted them.', '2013-03-22'), [['1700', 'DATE', '1700']]);
  });
});

describe('a quarter "of this year" is one expression, as "the first quarter of 1989"', () => {
  test('"of this/last/next year", "of the year"', () => {
    assert.deepEqual(tag('Sales in the first quarter of this year rose.', '2013-03-22'), [
      ['the first quarter of this year', 'DATE', '2013-Q1'],
    ]);
    assert.deepEqual(tag('Sales in the fourth quarter of last year fell.', '2013-03-22'), [
      ['the fourth quarter of last year', 'DATE', '2012-Q4'],
    ]);
  });
  test('negative: a possessive year and plural quarters keep their own timexes', () => {
    assert.deepEqual(tag("The first quarter of this year's campaign was slow.", '2013-03-22'), [
      ['The first quarter', 'DATE', '2013-Q1'],
      ['this year', 'DATE', '2013'],
    ]);
    assert.deepEqual(tag('Sales rose in the second and fourth quarters of last year.', '2013-03-22'), [
      ['fourth quarters', 'SET', 'XXXX-Q4'],
      ['last year', 'DATE', '2012'],
    ]);
  });
});

describe('"the same day" follows the last date given, as "that same day"', () => {
  test('"the same day", "the same year"', () => {
    assert.deepEqual(tag('On March 12, the rebels attacked. He left the same day.', '2013-03-22'), [
      ['March 12', 'DATE', '2013-03-12'],
      ['the same day', 'DATE', '2013-03-12'],
    ]);
    assert.deepEqual(tag('In 2010, he was elected. The same year, he married.', '2013-03-22'), [
      ['2010', 'DATE', '2010'],
      ['The same year', 'DATE', '2010'],
    ]);
  });
  test('negative: no date before it, "day-old", "at the same time"', () => {
    assert.deepEqual(tag('He left the same day.', '2013-03-22'), []);
    assert.deepEqual(tag('On March 12, they ate the same day-old bread.', '2013-03-22'), [
      ['March 12', 'DATE', '2013-03-12'],
    ]);
    assert.deepEqual(tag('On March 12, two bombs went off at the same time.', '2013-03-22'), [
      ['March 12', 'DATE', '2013-03-12'],
    ]);
  });
});

describe('"half a century", "end-March"', () => {
  test('"half a/an unit" is one amount, half the unit, hedge inside', () => {
    assert.deepEqual(tag('It lasted half a century.'), [['half a century', 'DURATION', 'P50Y']]);
    assert.deepEqual(tag('He waited half an hour.'), [['half an hour', 'DURATION', 'PT30M']]);
    const [h] = tagTimexes('For nearly half a century, the family ruled.', parseAnchor('2013-03-22'));
    assert.equal(h.mod, 'LESS_THAN');
    assert.deepEqual(tag('It took over half an hour.'), [['half an hour', 'DURATION', 'PT30M']]);
  });
  test('"end-March" keeps its modifier, as "mid-April" does', () => {
    const [h] = tagTimexes('The plan must be ready by end-March.', parseAnchor('2013-03-22'));
    assert.deepEqual([h.value, h.mod], ['2013-03', 'END']);
    assert.deepEqual(tag('The plan must be ready by end-March.', '2013-03-22'), [
      ['end-March', 'DATE', '2013-03'],
    ]);
  });
  test('negative: "half a percent", "the end of March" unchanged', () => {
    assert.deepEqual(tag('Prices rose by half a percent.'), []);
    assert.deepEqual(tag('The end of March was cold.', '2013-03-22'), [
      ['The end of March', 'DATE', '2013-03'],
    ]);
  });
});

describe('"a three-year period": the span noun joins a hyphenated amount (TimeBank 2 of 2)', () => {
  test('"period", "term"; a preposition stays out', () => {
    assert.deepEqual(tag('He reported earnings over a three-year period.'), [
      ['a three-year period', 'DURATION', 'P3Y'],
    ]);
    assert.deepEqual(tag('He served a one-year term.'), [['a one-year term', 'DURATION', 'P1Y']]);
  });
  test('negative: other nouns after a hyphenated amount stay out, with their article', () => {
    assert.deepEqual(tag('They signed a two-year contract.'), [['two-year', 'DURATION', 'P2Y']]);
    assert.deepEqual(tag('It was a 10-day trip.'), [['10-day', 'DURATION', 'P10D']]);
  });
});
