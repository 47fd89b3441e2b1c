import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnchor } from './calendar.js';
import { tagTimexes } from './tagger.js';
import { candidateWindows } from './windows.js';

const TEXT = [
  'The port reopened on Tuesday, two weeks after the storm, officials said.',
  'Shipping firms, which lost $4.5 million, plan weekly sailings from March 30 and expect to be back tomorrow.',
  'Nothing in this sentence is about time, and the harbour master declined to comment on the matter.',
  'Third-quarter profit rose to $12 million from $9 million a year earlier; sales are booked annually.',
  'The vote at 10:30 a.m. ended a feud that began in the 1990s and has dragged on since 2011.',
  'In the latest period, revenue fell, and now that the strike is over, output will recover.',
].join(' ');

test('rules over the candidate windows find exactly what they find over the whole text', () => {
  const anchor = parseAnchor('2013-03-22');
  const windowed = tagTimexes(TEXT, anchor);
  assert.ok(windowed.length >= 12, JSON.stringify(windowed));
  assert.deepEqual(windowed, tagTimexes(TEXT, anchor, undefined, true));
});

test('a text without any time word gets no window (negative)', () => {
  assert.deepEqual(candidateWindows('The harbour master declined to comment on the matter.'), []);
  const text =
    'The mill closed on Friday. The owners blamed cheap imports and a strong pound for the loss, ' +
    'and the union asked the council to find a buyer who would keep the looms and the staff together. ' +
    'The mayor was asked to help, and he said he would.';
  const windows = candidateWindows(text);
  assert.equal(windows.length, 1);
  const [s, e] = windows[0];
  assert.equal(s, 0);
  assert.ok(e < text.indexOf('union'), 'the timeless stretch is skipped');
  assert.ok(/\s/.test(text[e]), 'a window ends before whitespace');
});
