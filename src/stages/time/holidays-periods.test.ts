import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surfaceTriples } from './surface-triples.js';

const tag = (text: string, anchor = '2000-01-07') => surfaceTriples(text, anchor);

test('holidays take the year the tense points to', () => {
  assert.deepEqual(tag('Elian was found on Thanksgiving Day clinging to an inner tube.'), [
    ['Thanksgiving Day', 'DATE', '1999-11-25'],
  ]);
  assert.deepEqual(tag('He was rescued last Thanksgiving.'), [['last Thanksgiving', 'DATE', '1999-11-25']]);
  assert.deepEqual(tag('The shop will close on Christmas Eve.', '2013-09-01'), [
    ['Christmas Eve', 'DATE', '2013-12-24'],
  ]);
  assert.deepEqual(tag('Sales slumped over Christmas.', '2013-01-08'), [['Christmas', 'DATE', '2012-12-25']]);
});

test('"the week" and "the year" of the dateline', () => {
  assert.deepEqual(tag('For the week, the gauge slipped 2.6%.', '1989-10-30'), [
    ['the week', 'DATE', '1989-W44'],
  ]);
  assert.deepEqual(tag('For the year, cereal tonnage held steady.', '1989-11-02'), [
    ['the year', 'DATE', '1989'],
  ]);
  assert.deepEqual(tag('Planting was delayed earlier in the year by rain.', '1989-10-26'), [
    ['earlier in the year', 'DATE', '1989'],
  ]);
});

test('negative: "the year"/"the week" that name another period', () => {
  for (const text of [
    'Net rose from $450 million the year before.',
    'A hearing is set for the week of March 6.',
    'The year-ago results included a charge.',
  ])
    assert.ok(!tag(text, '1989-11-02').some(([s]) => /^the (week|year)$/.test(s)), text);
});

test('decade words and parts of the day', () => {
  assert.deepEqual(tag('Hate group numbers dropped through the nineties.'), [
    ['the nineties', 'DATE', '199'],
  ]);
  assert.deepEqual(tag('Shares were hit by overnight losses in New York.', '1989-10-27'), [
    ['overnight', 'TIME', '1989-10-26TNI'],
  ]);
  assert.deepEqual(tag('He will appear before a judge at midday.', '1999-10-08'), [
    ['midday', 'TIME', '1999-10-08T12:00'],
  ]);
  assert.deepEqual(tag('At mid-afternoon yesterday, the shares were up.', '1989-11-02'), [
    ['mid-afternoon yesterday', 'TIME', '1989-11-01TAF'],
  ]);
});

test('negative: an age in decades is not a date', () => {
  assert.deepEqual(tag('The woman, in her sixties, was unhurt.'), []);
});

test('negative: ordinals, programme names, idioms, growth rates and generic "today\'s"', () => {
  for (const text of [
    'A second group of three directors sold shares.',
    'Gonzalez said on CBS\'s "60 Minutes" that he would stay.',
    'It was high noon for the alliance.',
    'Revenue should rise 8.5% annually, analysts said.',
    "Many of today's personal computers use the chip.",
  ])
    assert.deepEqual(tag(text, '1989-10-27'), [], text);
  assert.deepEqual(tag('The plant makes 10,000 units annually.', '1989-10-27'), [['annually', 'SET', 'P1Y']]);
  assert.deepEqual(tag("Today's meeting was cancelled.", '1989-10-27'), [['Today', 'DATE', '1989-10-27']]);
  assert.deepEqual(tag('He waited a second or two.', '1989-10-27'), [['a second', 'DURATION', 'PT1S']]);
});

test('tense: a cue right before the weekday wins; "United States" and "hundred" are no past cues', () => {
  assert.deepEqual(
    tag('He would leave for the United States as soon as Tuesday, Castro said.', '2000-04-03'),
    [['Tuesday', 'DATE', '2000-04-04']],
  );
  assert.deepEqual(tag('The United Nations team will arrive on Friday.', '2000-04-03'), [
    ['Friday', 'DATE', '2000-04-07'],
  ]);
  assert.deepEqual(tag('Talks ended on Friday, officials said.', '2000-04-03'), [
    ['Friday', 'DATE', '2000-03-31'],
  ]);
});
