import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAnchor } from './calendar.js';
import { tagTimexes } from './tagger.js';

/** The single timex in `text` as [surface text, value], its offsets checked by slicing. */
function only(text: string, anchor: string): [string, string] {
  const hits = tagTimexes(text, parseAnchor(anchor));
  assert.equal(hits.length, 1, `expected one timex in "${text}", got ${JSON.stringify(hits)}`);
  return [text.slice(hits[0].start, hits[0].end), hits[0].value];
}

describe('bare months and days: nearest year unless the tense rules it out', () => {
  test('a past-tense month far ahead of the dateline is last year', () => {
    assert.deepEqual(only('The chairman stepped down in April after a long illness.', '1995-11-03'), [
      'April',
      '1995-04',
    ]);
    assert.deepEqual(only('The old lease ended March 31, the landlord said.', '1995-11-03'), [
      'March 31',
      '1995-03-31',
    ]);
    assert.deepEqual(only('The farmer was last seen Oct. 12 near the river.', '2004-05-06'), [
      'Oct. 12',
      '2003-10-12',
    ]);
  });
  test('a future month far behind the dateline is next year', () => {
    assert.deepEqual(only('The new chief will take over Feb. 1, the bank said.', '1995-10-20'), [
      'Feb. 1',
      '1996-02-01',
    ]);
    assert.deepEqual(only('The wage deal becomes binding, effective June 1.', '1995-10-20'), [
      'June 1',
      '1996-06-01',
    ]);
  });
  test('near months keep the nearest year whatever the tense (negatives)', () => {
    // "expected" is not a past tense; December is near either way.
    assert.deepEqual(only('Closing is expected in December.', '1995-11-03'), ['December', '1995-12']);
    assert.deepEqual(only('The dividend is payable Jan. 2 to holders.', '1995-11-03'), [
      'Jan. 2',
      '1996-01-02',
    ]);
    assert.deepEqual(only('The offer was extended to Nov. 20.', '1995-11-03'), ['Nov. 20', '1995-11-20']);
  });
});

describe('weekday tense cues', () => {
  test('"next to" is a place, not the coming week', () => {
    assert.deepEqual(only('Dozens were hurt in the blast next to the town hall on Friday.', '2001-06-09'), [
      'Friday',
      '2001-06-08',
    ]);
  });
  test('plans and "as soon as" point forward', () => {
    assert.deepEqual(only('The envoys planned to fly home on Thursday.', '2001-06-06'), [
      'Thursday',
      '2001-06-07',
    ]);
    assert.deepEqual(only('The ferry could sail as soon as Tuesday, officials hope.', '2001-06-04'), [
      'Tuesday',
      '2001-06-05',
    ]);
  });
  test('a plain past sentence keeps the past weekday (negative)', () => {
    assert.deepEqual(only('The council met on Thursday to vote.', '2001-06-06'), ['Thursday', '2001-05-31']);
  });
});

describe('year-ago references in earnings reports', () => {
  const report =
    'Acme Corp. said third-quarter profit rose 12% to $40 million, or 80 cents a share. ' +
    'Acme earned $35.7 million, or 71 cents a share, a year earlier. ' +
    'Sales climbed to $1.2 billion from $1.1 billion a year ago.';
  test('"a year earlier" and "a year ago" mean the year-ago quarter', () => {
    const hits = tagTimexes(report, parseAnchor('1995-10-20')).map((t) => [
      report.slice(t.start, t.end),
      t.value,
    ]);
    assert.deepEqual(hits, [
      ['third-quarter', '1995-Q3'],
      ['a year earlier', '1994-Q3'],
      ['a year ago', '1994-Q3'],
    ]);
  });
  test('the year-earlier figure follows the quarter named', () => {
    const text = 'Fourth-quarter net fell to $3 million from year-earlier net of $5 million.';
    const hits = tagTimexes(text, parseAnchor('1995-10-20')).map((t) => [
      text.slice(t.start, t.end),
      t.value,
    ]);
    assert.deepEqual(hits[1], ['year-earlier', '1994-Q4']);
  });
  test('without a quarter, or over nine months, it stays the year (negatives)', () => {
    assert.deepEqual(only('The mayor was elected a year ago with 60% of the vote.', '1995-10-20'), [
      'a year ago',
      '1994',
    ]);
    const text =
      'Third-quarter sales rose. In the first nine months, profit was $9 million, against $7 million a year earlier.';
    const hits = tagTimexes(text, parseAnchor('1995-10-20')).map((t) => [
      text.slice(t.start, t.end),
      t.value,
    ]);
    assert.ok(
      hits.some(([s, v]) => s === 'a year earlier' && v === '1994'),
      JSON.stringify(hits),
    );
  });
});

describe('extents and amounts after TimeBank practice', () => {
  test('halves: "2 1/2 years", "an hour and a half"', () => {
    assert.deepEqual(only('Refugees waited in the camps for 3 1/2 years.', '1998-02-02'), [
      '3 1/2 years',
      'P3Y6M',
    ]);
    assert.deepEqual(only('The ferry crossing took an hour and a half.', '1998-02-02'), [
      'an hour and a half',
      'PT1H30M',
    ]);
    assert.deepEqual(only('Talks dragged on for two and a half days.', '1998-02-02'), [
      'two and a half days',
      'P2DT12H',
    ]);
  });
  test('"N days later" is the amount alone, a duration; "N days ago" stays a date', () => {
    assert.deepEqual(only('Four days later, the rebels withdrew.', '1998-02-02'), ['Four days', 'P4D']);
    assert.deepEqual(only('The rebels withdrew four days ago.', '1998-02-02'), [
      'four days ago',
      '1998-01-29',
    ]);
  });
  test('"earlier Friday" and "early Friday" keep the adverb (session 8: as "earlier this week" does)', () => {
    assert.deepEqual(only('Earlier Friday, the mayor resigned.', '1998-02-07'), [
      'Earlier Friday',
      '1998-02-06',
    ]);
    assert.deepEqual(only('The mayor resigned early Friday.', '1998-02-07'), ['early Friday', '1998-02-06']);
  });
  test('"the year ended March 31" is a fiscal year: a one-year duration', () => {
    const text = 'Revenue rose 4% for the fiscal year ended March 31.';
    const hits = tagTimexes(text, parseAnchor('1995-11-03')).map((t) => [
      text.slice(t.start, t.end),
      t.type,
      t.value,
    ]);
    assert.deepEqual(hits, [
      ['the fiscal year', 'DURATION', 'P1Y'],
      ['March 31', 'DATE', '1995-03-31'],
    ]);
  });
  test('"in recent years" is a vague past; "in recent weeks" stays a vague duration', () => {
    assert.deepEqual(only('Tourism has grown fast in recent years.', '1998-02-02'), [
      'recent years',
      'PAST_REF',
    ]);
    assert.deepEqual(only('Tourism has grown fast in recent weeks.', '1998-02-02'), ['recent weeks', 'PXW']);
  });
  test('"now that" is still now; "at the time" is not tagged (negative)', () => {
    assert.deepEqual(only('Now that the ceasefire holds, aid can move.', '1998-02-02'), [
      'Now',
      'PRESENT_REF',
    ]);
    assert.deepEqual(
      tagTimexes('At the time he was captured, the rebels ruled.', parseAnchor('1998-02-02')),
      [],
    );
  });
});
