import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { easterSunday, nthWeekday } from './holidays.js';
import { surfaceTriples } from './surface-triples.js';

// Session 9: expression families that news has and TBAQ lacks (checked against the families of the
// established rule systems), each with negatives.
const tag = (text: string, anchor: string | null = '2013-03-20') => surfaceTriples(text, anchor);

describe('holidays: fixed days, nth weekdays of a month, Easter feasts', () => {
  test('calendar arithmetic: Easter Sunday and the nth/last weekday of a month', () => {
    assert.deepEqual(easterSunday(2013), { y: 2013, m: 3, d: 31 });
    assert.deepEqual(easterSunday(2000), { y: 2000, m: 4, d: 23 });
    assert.deepEqual(easterSunday(2019), { y: 2019, m: 4, d: 21 });
    assert.deepEqual(nthWeekday(2013, 9, 1, 1), { y: 2013, m: 9, d: 2 }); // Labor Day
    assert.deepEqual(nthWeekday(2013, 5, 1, -1), { y: 2013, m: 5, d: 27 }); // Memorial Day
  });
  test('US holidays by tense, and a year written after them', () => {
    assert.deepEqual(tag('Stores will close on Memorial Day.'), [['Memorial Day', 'DATE', '2013-05-27']]);
    assert.deepEqual(tag('Crowds gathered over Labor Day.'), [['Labor Day', 'DATE', '2012-09-03']]);
    assert.deepEqual(tag("He proposed on Valentine's Day."), [["Valentine's Day", 'DATE', '2013-02-14']]);
    assert.deepEqual(tag('Fireworks are planned for the Fourth of July.'), [
      ['the Fourth of July', 'DATE', '2013-07-04'],
    ]);
    assert.deepEqual(tag('Sales fell after Christmas 2010.'), [['Christmas 2010', 'DATE', '2010-12-25']]);
    assert.deepEqual(tag('The office closes on Martin Luther King Jr. Day.', '2013-01-10'), [
      ['Martin Luther King Jr. Day', 'DATE', '2013-01-21'],
    ]);
  });
  test('Easter and its feasts; "Easter week" is the week of Easter Sunday', () => {
    assert.deepEqual(tag('The pope will celebrate Mass on Easter Sunday.'), [
      ['Easter Sunday', 'DATE', '2013-03-31'],
    ]);
    assert.deepEqual(tag('Good Friday services will draw thousands.'), [
      ['Good Friday', 'DATE', '2013-03-29'],
    ]);
    assert.deepEqual(tag('Protesters prayed as Easter week began.', '2000-04-17'), [
      ['Easter week', 'DATE', '2000-W16'],
    ]);
  });
  test('negative: names and words that only contain a holiday', () => {
    assert.deepEqual(tag('The Easter Rising failed.'), []);
    assert.deepEqual(tag('Congress passed the Labor Day Act.'), []);
    assert.deepEqual(tag('He works for Eastern Airlines in its labor department.'), []);
    assert.deepEqual(tag('The comic was drawn by illustrator Johnnie Christmas.'), []);
  });
});

describe('the nth weekday of a month', () => {
  test('"the first Monday of May", "the last Friday in June 2012"', () => {
    assert.deepEqual(tag('Voting will be held on the first Monday of May.'), [
      ['the first Monday of May', 'DATE', '2013-05-06'],
    ]);
    assert.deepEqual(tag('It met on the last Friday in June 2012.'), [
      ['the last Friday in June 2012', 'DATE', '2012-06-29'],
    ]);
  });
  test('negative: no such day, or no month', () => {
    assert.deepEqual(
      tag('They meet on the fifth Monday of February.').map((t) => t[0]),
      ['Monday', 'February'],
    );
    assert.deepEqual(tag('He won the first race of May.'), [['May', 'DATE', '2013-05']]);
  });
});

describe('24-hour clock times ("0300 hours") and dawn/dusk', () => {
  test('"0300 hours" is a clock time, not 300 hours', () => {
    assert.deepEqual(tag('The raid began at 0300 hours.'), [['0300 hours', 'TIME', '2013-03-20T03:00']]);
    assert.deepEqual(tag('Troops will leave by 2300 hrs Friday.'), [
      ['2300 hrs Friday', 'TIME', '2013-03-22T23:00'],
    ]);
  });
  test('negative: an amount of hours stays a duration', () => {
    assert.deepEqual(tag('Volunteers logged 1200 hours last year.'), [['last year', 'DATE', '2012']]);
    assert.deepEqual(tag('The flight took 12 hours.'), [['12 hours', 'DURATION', 'PT12H']]);
  });
  test('"at dawn", "before dusk": the part of the day after a preposition', () => {
    assert.deepEqual(tag('They left at dawn and returned before dusk.'), [
      ['dawn', 'TIME', '2013-03-20TMO'],
      ['dusk', 'TIME', '2013-03-20TEV'],
    ]);
  });
  test('negative: "as dawn broke", "a pre-dawn raid", "the dawn of a new era"', () => {
    assert.deepEqual(tag('Rescuers dug as dawn broke.'), []);
    assert.deepEqual(tag('Agents took the child in a pre-dawn raid.'), []);
    assert.deepEqual(tag('It marked the dawn of a new era.'), []);
    assert.deepEqual(tag('It marked the start, from dawn of history.'), []);
  });
});

describe('fiscal years, year ranges, the turn of the century', () => {
  test('"FY2014", "FY 13", "the 2013 fiscal year"', () => {
    assert.deepEqual(tag('Its budget for FY2014 was cut.'), [['FY2014', 'DATE', '2014']]);
    assert.deepEqual(tag('Results for FY 13 were weak.'), [['FY 13', 'DATE', '2013']]);
    assert.deepEqual(tag('Sales rose in the 2012 fiscal year.'), [['the 2012 fiscal year', 'DATE', '2012']]);
  });
  test('negative: "FYI", a model number', () => {
    assert.deepEqual(tag('FYI, the office is closed.'), []);
    assert.deepEqual(tag('The FY2 model sold well.'), []);
  });
  test('"the 2012-13 season": each year of the range is a date', () => {
    assert.deepEqual(tag('He scored 20 goals in the 2012-13 season.'), [
      ['2012', 'DATE', '2012'],
      ['13', 'DATE', '2013'],
    ]);
  });
  test('negative: not consecutive years, an ISO date', () => {
    assert.deepEqual(tag('Call 2012-47 for help.'), [['2012', 'DATE', '2012']]);
    assert.deepEqual(tag('It was filed on 2013-03-12.'), [['2013-03-12', 'DATE', '2013-03-12']]);
  });
  test('"the turn of the century": the nearest century year the tense allows', () => {
    assert.deepEqual(tag('The building dates from the turn of the century.'), [
      ['the turn of the century', 'DATE', '2000'],
    ]);
    assert.deepEqual(tag('The house was built at the turn of the century.', '1998-03-20'), [
      ['the turn of the century', 'DATE', '1900'],
    ]);
    assert.deepEqual(tag('The house was built at the turn of the 20th century.'), [
      ['the turn of the 20th century', 'DATE', '1900'],
    ]);
  });
  test('"the noughties", "the early aughts": the decade 2000-2009', () => {
    assert.deepEqual(tag('Prices soared in the noughties.'), [['the noughties', 'DATE', '200']]);
    assert.deepEqual(tag('It began in the early aughts.'), [['the early aughts', 'DATE', '200']]);
    assert.deepEqual(tag('She is in her sixties.'), []);
  });
  test('negative: a turn of events', () => {
    assert.deepEqual(tag('It was a strange turn of the tide.'), []);
  });
});

describe('years that are counts', () => {
  test('"about 2000 soldiers", "1800 kilometers", "1990 dollars" are not years', () => {
    assert.deepEqual(tag('About 2000 soldiers were sent.'), []);
    assert.deepEqual(tag('The pipeline runs 1800 kilometers.'), []);
    assert.deepEqual(tag('It cost 1990 dollars.'), []);
  });
  test('numbers that name things: "Resolution 1973", "Room 1701", "1600 Pennsylvania Avenue"', () => {
    assert.deepEqual(tag('It acted under Security Council Resolution 1973.'), []);
    assert.deepEqual(tag('The meeting was held in Room 1701.'), []);
    assert.deepEqual(tag('Protesters marched to 1600 Pennsylvania Avenue.'), []);
    assert.deepEqual(tag('The ship carried 1800 passengers.'), []);
  });
  test('negative: a year before a street name, after a preposition', () => {
    assert.deepEqual(tag('In 1984 Pennsylvania Avenue was rebuilt.'), [['1984', 'DATE', '1984']]);
    assert.deepEqual(
      tag('In March 2011 Resolution 1973 passed.').map((t) => t[0]),
      ['March 2011'],
    );
  });
  test('negative: a year before a plural subject, a hedged year', () => {
    assert.deepEqual(tag('In 2012 sales rose.'), [['2012', 'DATE', '2012']]);
    assert.deepEqual(tag('Around 2000, the market rose.'), [['Around 2000', 'DATE', '2000']]);
  });
});

describe('clock times in words: "10 o\'clock", "4 in the morning"', () => {
  test('the hour with its part of the day', () => {
    assert.deepEqual(tag("The polls close at 10 o'clock."), [["10 o'clock", 'TIME', '2013-03-20T10:00']]);
    assert.deepEqual(tag('He will leave at 4 in the morning.'), [
      ['4 in the morning', 'TIME', '2013-03-20T04:00'],
    ]);
    assert.deepEqual(tag("It starts at eight o'clock in the evening."), [
      ["eight o'clock in the evening", 'TIME', '2013-03-20T20:00'],
    ]);
    assert.deepEqual(tag('The bars stay open until 11 at night.'), [
      ['11 at night', 'TIME', '2013-03-20T23:00'],
    ]);
  });
  test('negative: a count before a part of the day', () => {
    assert.deepEqual(tag('Two in the morning shift were hurt.'), []);
    assert.deepEqual(
      tag('He had 3 at night and 2 at noon.').map((t) => t[0]),
      ['noon'],
    );
  });
});

describe('more spans of the calendar', () => {
  test('"this time last year" is one expression', () => {
    assert.deepEqual(tag('This time last year, sales were weak.'), [['This time last year', 'DATE', '2012']]);
  });
  test('"the end of the decade", "later in the month"', () => {
    assert.deepEqual(tag('Output will double by the end of the decade.'), [
      ['the end of the decade', 'DATE', '201'],
    ]);
    assert.deepEqual(tag('A vote is expected later in the month.'), [
      ['later in the month', 'DATE', '2013-03'],
    ]);
  });
  test('"the past fortnight" is a two-week span, not "the past"', () => {
    assert.deepEqual(tag('Prices rose over the past fortnight.'), [
      ['the past fortnight', 'DURATION', 'P2W'],
    ]);
    assert.deepEqual(tag('He lived in the past.'), [['the past', 'DATE', 'PAST_REF']]);
  });
  test('negative: "this time" alone, "the month" alone', () => {
    assert.deepEqual(tag('This time, he won.'), []);
    assert.deepEqual(tag('For the month, sales rose.'), []);
  });
  test('negative: a spring of water is not the season', () => {
    assert.deepEqual(tag('The spring water is clean.'), []);
    assert.deepEqual(tag('They swam in a spring-fed lake.'), []);
    assert.deepEqual(tag('The house will be sold in the spring.'), [['the spring', 'DATE', '2013-SP']]);
  });
});

describe('time words inside names', () => {
  test('a capitalised season before a name word: "the Summer Olympics", "the Fall of Rome"', () => {
    assert.deepEqual(tag('She won gold at the Summer Olympics.'), []);
    assert.deepEqual(tag('Millions travel for the Spring Festival.'), []);
    assert.deepEqual(tag('He wrote about the Fall of Rome.'), []);
  });
  test('"the March 14 alliance", "the March 8 movement": Lebanese blocs', () => {
    assert.deepEqual(tag('Leaders of the March 14 alliance met.'), []);
    assert.deepEqual(tag('The March 8 movement walked out.'), []);
  });
  test('"Bloody Sunday", "Black Monday", "Super Tuesday": names of days, not the last such weekday', () => {
    assert.deepEqual(tag('He marched on the anniversary of Bloody Sunday.'), []);
    assert.deepEqual(tag('Stocks fell as on Black Monday.'), []);
    assert.deepEqual(tag('Candidates campaigned before Super Tuesday.'), []);
  });
  test('negative: seasons and days that are times', () => {
    assert.deepEqual(tag('He left on Sunday.'), [['Sunday', 'DATE', '2013-03-17']]);
    assert.deepEqual(tag('He left in the Summer of 2012.'), [['the Summer of 2012', 'DATE', '2012-SU']]);
    assert.deepEqual(tag('The Winter was cold.'), [['The Winter', 'DATE', '2013-WI']]);
    assert.deepEqual(tag('On March 8, Alliance officials met.'), [['March 8', 'DATE', '2013-03-08']]);
  });
});

describe('frequencies: "twice-yearly", "semiannual"', () => {
  test('one set over the whole word', () => {
    assert.deepEqual(tag('The twice-yearly summit opened.'), [['twice-yearly', 'SET', 'P1Y']]);
    assert.deepEqual(tag('It files semiannual reports.'), [['semiannual', 'SET', 'P6M']]);
    assert.deepEqual(tag('They hold a semi-annual review.'), [['semi-annual', 'SET', 'P6M']]);
  });
  test('negative: a name, "annual" alone', () => {
    assert.deepEqual(tag('He edits the Biannual Review.'), []);
    assert.deepEqual(tag('The annual meeting opened.'), []);
  });
});

describe('pairs of days written day first ("between 1 and 3 April")', () => {
  test('each day is a date, the first taking the month and year after the pair', () => {
    assert.deepEqual(tag('The talks run between 1 and 3 April.'), [
      ['1', 'DATE', '2013-04-01'],
      ['3 April', 'DATE', '2013-04-03'],
    ]);
    assert.deepEqual(tag('They met on 21-22 March 2012.'), [
      ['21', 'DATE', '2012-03-21'],
      ['22 March 2012', 'DATE', '2012-03-22'],
    ]);
  });
  test('negative: a score, a descending pair', () => {
    assert.deepEqual(tag('They won 2-1 in March.'), [['March', 'DATE', '2013-03']]);
    assert.deepEqual(tag('The 3 and 2 April figures differ.'), [['2 April', 'DATE', '2013-04-02']]);
  });
});

describe('British clock times and dates: "7.30pm", "1530 GMT", "22/03/2013"', () => {
  test('a dotted clock time, a 24-hour time with its zone, a day-first numeric date', () => {
    assert.deepEqual(tag('The match starts at 7.30pm.'), [['7.30pm', 'TIME', '2013-03-20T19:30']]);
    assert.deepEqual(tag('The ferry sank at 0900 GMT.'), [['0900 GMT', 'TIME', '2013-03-20T09:00']]);
    assert.deepEqual(tag('The form is dated 22/03/2013.'), [['22/03/2013', 'DATE', '2013-03-22']]);
    assert.deepEqual(tag('The form is dated 3/12/2013.'), [['3/12/2013', 'DATE', '2013-03-12']]);
  });
  test('negative: a price, a bracketed restatement of the clock time before it', () => {
    assert.deepEqual(tag('Tickets cost $7.30 pm and am alike.'), []);
    assert.deepEqual(tag('It hit at 1 p.m. (1700 GMT).'), [['1 p.m.', 'TIME', '2013-03-20T13:00']]);
  });
});
