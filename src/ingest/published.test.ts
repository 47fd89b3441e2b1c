import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DatelineError } from '../model/errors.js';
import type { Message } from '../model/schema.js';
import { sharedDir } from '../paths.js';
import { parseMetaDate, urlDate } from './date-text.js';
import { detectPublished, headerDate } from './published.js';

const SEED = join(sharedDir(), 'seed', 'article.txt');

test('seed article: 2020-01-01 from its header line', {
  skip: existsSync(SEED) ? false : 'needs ../shared/seed/article.txt',
}, () => {
  const text = readFileSync(SEED, 'utf8');
  const p = detectPublished(text);
  assert.equal(p.value, '2020-01-01');
  assert.equal(p.from, 'header');
  assert.equal(text.slice(p.start, p.end), text.split('\n')[0]);
});

test('header date lines in the usual forms, with the span of the date', () => {
  const cases: [string, string, string][] = [
    ['Wednesday, January 1, 2020\n\nTalks stall', '2020-01-01', 'Wednesday, January 1, 2020'],
    ['Jan. 5, 2014\nRussia warns', '2014-01-05', 'Jan. 5, 2014'],
    ['5 January 2014\n\nRussia warns', '2014-01-05', '5 January 2014'],
    ['2014-01-22\n\nRussia warns', '2014-01-22', '2014-01-22'],
    ['Sept. 30, 2019\n\nBody.', '2019-09-30', 'Sept. 30, 2019'],
    ['Published: Tuesday, Jan 21, 2014 10:32 AM EST\n\nBody.', '2014-01-21', 'Tuesday, Jan 21, 2014'],
    ['By Jane Doe | March 3, 2015\n\nBody.', '2015-03-03', 'March 3, 2015'],
    ['Russia warns on Iran\nUpdated 3rd March 2015 at 10:00 GMT\n\nBody.', '2015-03-03', '3rd March 2015'],
    ['  Thu 29 Feb 2024\nLeap day', '2024-02-29', 'Thu 29 Feb 2024'],
    ['Wednesday 1 January 2020 10.32 GMT\n\nBody.', '2020-01-01', 'Wednesday 1 January 2020'],
    ['Last modified on Wed 1 Jan 2020 12.01 GMT\n\nBody.', '2020-01-01', 'Wed 1 Jan 2020'],
  ];
  for (const [text, value, shown] of cases) {
    const p = headerDate(text);
    assert.ok(p, text);
    assert.equal(p.value, value, text);
    assert.equal(text.slice(p.start, p.end), shown, text);
  }
});

test('negative: dates inside sentences, impossible dates and dates far down are not header dates', () => {
  assert.equal(headerDate('The talks began on January 22, 2014, in Montreux.\n\nMore.'), null);
  assert.equal(headerDate('February 30, 2014\n\nBody.'), null);
  assert.equal(headerDate('January 2014\n\nBody.'), null);
  assert.equal(
    headerDate('Headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nJan. 5, 2014'),
    null,
  );
  assert.equal(detectPublished('Lavrov spoke on Tuesday in Moscow.').from, 'none');
});

test('wire dateline with a year; without one it takes the year from the URL', () => {
  const withYear = 'WASHINGTON, Jan. 22, 2014 (AP) — The Senate voted.';
  const p = detectPublished(withYear);
  assert.deepEqual(
    [p.value, p.from, withYear.slice(p.start, p.end)],
    ['2014-01-22', 'dateline', 'Jan. 22, 2014'],
  );

  const text = 'Syria talks open\n\nMONTREUX, Switzerland, Jan 22 (Reuters) - Russia said on Wednesday.';
  const q = detectPublished(text, { url: 'https://example.com/world/2014/01/23/syria-talks' });
  assert.deepEqual([q.value, q.from, text.slice(q.start, q.end)], ['2014-01-22', 'dateline', 'Jan 22']);

  // a Dec 31 dateline filed on a URL of Jan 1 belongs to the year before
  const r = detectPublished('LONDON, December 31 — Markets closed.', {
    url: 'http://a.example/2015/01/01/x',
  });
  assert.equal(r.value, '2014-12-31');
});

test('a dateline line of its own, as in Reuters archives', () => {
  const text =
    'ROWING - NORWAY EDGE AHEAD, CANADA SLIP BACK.\nTomas Vedder\nLUCERNE, Switzerland 1996-11-14\nNorway opened their run at the regatta.';
  const p = detectPublished(text);
  assert.deepEqual([p.value, p.from, text.slice(p.start, p.end)], ['1996-11-14', 'dateline', '1996-11-14']);
  const q = detectPublished('LONDON 1996-08-30\nVisiting bowler Rafe Dunmore took three for 41 on Tuesday.');
  assert.equal(q.value, '1996-08-30');
  // negative: a capitalised phrase and a date at the end of a sentence line is not a dateline
  assert.equal(detectPublished('The UN met on 1996-08-30\nMore.').from, 'none');
});

test('a yearless dateline with nothing to date it is left out, with a message on its span', () => {
  const text = 'MONTREUX, Switzerland, Jan 22 (Reuters) - Russia said.';
  const messages: Message[] = [];
  const p = detectPublished(text, {}, messages);
  assert.deepEqual(p, { value: null, from: 'none' });
  assert.equal(messages[0].rule, 'ingest/dateline-no-year');
  assert.equal(text.slice(messages[0].start, messages[0].end), 'Jan 22');
});

test('negative: capitalised openings that are not datelines', () => {
  assert.equal(detectPublished('NATO, the alliance, met on May 5 - and agreed.').from, 'none');
  assert.equal(detectPublished('The UN said on Jan 22 (Reuters) - nothing.').from, 'none');
});

test('URL dates, and the order: given > markup > header > dateline > url', () => {
  assert.deepEqual(urlDate('https://x.example/2014/01/22/story.html'), { year: 2014, month: 1, day: 22 });
  assert.deepEqual(urlDate('https://x.example/news/2014-01-22-story'), { year: 2014, month: 1, day: 22 });
  assert.deepEqual(urlDate('https://x.example/20140122/story'), { year: 2014, month: 1, day: 22 });
  assert.deepEqual(urlDate('https://www.example.co.uk/world/2014/jan/21/iran'), {
    year: 2014,
    month: 1,
    day: 21,
  });
  assert.equal(urlDate('https://x.example/2014/13/40/story'), null);
  assert.equal(urlDate('https://x.example/story-12345678'), null);

  const text = 'Jan. 5, 2014\n\nWASHINGTON, Jan. 6, 2014 (AP) — Text.';
  const url = 'https://x.example/2014/01/07/a';
  const markup = { value: '2014-01-04', from: 'html-meta' as const };
  assert.equal(detectPublished(text, { given: '2014-01-03', markup, url }).value, '2014-01-03');
  assert.equal(detectPublished(text, { markup, url }).from, 'html-meta');
  assert.equal(detectPublished(text, { url }).from, 'header');
  assert.equal(detectPublished(text.split('\n\n')[1], { url }).from, 'dateline');
  const u = detectPublished('No date here.', { url });
  assert.deepEqual(u, { value: '2014-01-07', from: 'url' });
});

test('given dates: ISO dates and date-times pass, anything else throws DL_INGEST_BAD_DATE', () => {
  assert.deepEqual(detectPublished('x', { given: '2020-01-01' }), { value: '2020-01-01', from: 'given' });
  assert.equal(
    detectPublished('x', { given: '2020-01-01T10:30:00+0100' }).value,
    '2020-01-01T10:30:00+01:00',
  );
  for (const bad of ['yesterday', '2020-02-30', '01/02/2020', '2020-1-1', '']) {
    assert.throws(
      () => detectPublished('x', { given: bad, docId: 'a.txt' }),
      (e: unknown) => e instanceof DatelineError && e.code === 'DL_INGEST_BAD_DATE' && e.docId === 'a.txt',
      bad,
    );
  }
});

test('metadata date values', () => {
  assert.equal(parseMetaDate('2014-01-22T08:30:00Z'), '2014-01-22T08:30:00Z');
  assert.equal(parseMetaDate('2014-01-22 08:30'), '2014-01-22T08:30');
  assert.equal(parseMetaDate('Wed, 22 Jan 2014 08:30:00 GMT'), '2014-01-22');
  assert.equal(parseMetaDate('January 22, 2014'), '2014-01-22');
  assert.equal(parseMetaDate('last week'), null);
});
