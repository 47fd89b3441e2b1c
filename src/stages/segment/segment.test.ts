import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../model/doc.js';
import { sharedDir } from '../../paths.js';
import { segment } from './index.js';

function segmented(text: string): Doc {
  const doc = createDoc(text);
  segment.run(doc);
  return doc;
}

const sentences = (text: string) => segmented(text).sentences.map((s) => text.slice(s.start, s.end));
const words = (text: string) => segmented(text).tokens.map((t) => text.slice(t.start, t.end));

test('a wire dateline is a sentence of its own, with its dash', () => {
  const cases: [string, string, string][] = [
    ['ROTTERDAM, Netherlands — Dock workers returned to work on Monday.', 'ROTTERDAM, Netherlands —', 'Dock'],
    ['OTTAWA, Nov 12 — The minister said the plan would fail.', 'OTTAWA, Nov 12 —', 'The minister'],
    ['WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.', 'WASHINGTON (Reuters) -', 'The Senate'],
    ['GENEVA, March 3 (AP) — Talks resumed after a week.', 'GENEVA, March 3 (AP) —', 'Talks'],
    ['LONDON: Prices rose again in March.', 'LONDON:', 'Prices'],
    [
      'Kyiv, Ukraine, 12 May 2025 — Russian drones struck overnight.',
      'Kyiv, Ukraine, 12 May 2025 —',
      'Russian',
    ],
    ['Kyiv — Air raid sirens sounded across the capital.', 'Kyiv —', 'Air'],
    ['NEW YORK, Nov. 12 -- Stocks fell sharply.', 'NEW YORK, Nov. 12 --', 'Stocks'],
    [
      'BRASÍLIA, Oct 7 (Dateline Wire) - A federal court ruled.',
      'BRASÍLIA, Oct 7 (Dateline Wire) -',
      'A federal',
    ],
  ];
  for (const [text, dateline, next] of cases) {
    const got = sentences(text);
    assert.equal(got.length, 2, text);
    assert.equal(got[0], dateline);
    assert.ok(got[1].startsWith(next), got[1]);
  }
});

test('a dateline after a headline and a date line, and mid-paragraph after a colon', () => {
  const text = 'Monday, March 3, 2025\n\nDock workers end strike\n\nROTTERDAM, Netherlands — Work resumed.\n';
  assert.deepEqual(sentences(text), [
    'Monday, March 3, 2025',
    'Dock workers end strike',
    'ROTTERDAM, Netherlands —',
    'Work resumed.',
  ]);
  const colon = 'Here is the contest: TEHRAN (AFP) - An international contest opened.';
  assert.deepEqual(sentences(colon).slice(-2), ['TEHRAN (AFP) -', 'An international contest opened.']);
});

test('parenthetical dashes and ordinary sentences are not datelines', () => {
  for (const text of [
    'The EU — and its members — said the deal was done.',
    'Mr Smith — a lawyer — said he would appeal.',
    'John Smith — The lawyer — said he would appeal.',
    'Officials said the talks — which began in May — had stalled.',
    'Microsoft — The company said it would appeal.',
    'Smith: I will not resign.',
  ]) {
    assert.deepEqual(sentences(text), [text], text);
  }
});

test('the dateline sentence keeps its tokens; the next sentence starts at its first word', () => {
  const text = 'OTTAWA, Nov 12 — The minister said the plan would fail.\n';
  const doc = segmented(text);
  const [a, b] = doc.sentences;
  assert.equal(text.slice(b.start, b.end), 'The minister said the plan would fail.');
  const inA = doc.tokens
    .filter((t) => t.start >= a.start && t.end <= a.end)
    .map((t) => text.slice(t.start, t.end));
  assert.deepEqual(inA, ['OTTAWA', ',', 'Nov', '12', '—']);
});

test('UD tokenisation: I’m and gonna split, web addresses and mark runs whole', () => {
  assert.deepEqual(words("I'm sure I’m gonna win!!!"), [
    'I',
    "'m",
    'sure',
    'I',
    '’m',
    'gon',
    'na',
    'win',
    '!!!',
  ]);
  assert.deepEqual(words('See www.example.com, mail a.b@example.org or https://x.org/a?b=1.'), [
    'See',
    'www.example.com',
    ',',
    'mail',
    'a.b@example.org',
    'or',
    'https://x.org/a?b=1',
    '.',
  ]);
  assert.deepEqual(words('Really?! Wait... the 70’s *** ok'), [
    'Really',
    '?!',
    'Wait',
    '...',
    'the',
    '70’s',
    '***',
    'ok',
  ]);
  assert.deepEqual(words('No. Ask for No. 10 now.'), ['No', '.', 'Ask', 'for', 'No.', '10', 'now', '.']);
  // a stop after marks of another kind stays apart; hyphenated words are left as wink-nlp has them
  assert.deepEqual(words('It costs $$$.'), ['It', 'costs', '$$$', '.']);
});

test('words named like Object.prototype members are plain tokens', () => {
  // "constructor" once found Object.prototype.constructor in the table of words UD splits, and threw
  assert.deepEqual(words('The constructor said toString and valueOf were fine.'), [
    'The',
    'constructor',
    'said',
    'toString',
    'and',
    'valueOf',
    'were',
    'fine',
    '.',
  ]);
});

test('sentence ends: abbreviations, quotes, glued stops, trailers', () => {
  assert.deepEqual(sentences('He met Gen. Smith in Nov. He left.'), [
    'He met Gen. Smith in Nov.',
    'He left.',
  ]);
  assert.deepEqual(sentences('He said "Stop." Then he left.'), ['He said "Stop."', 'Then he left.']);
  assert.deepEqual(sentences('The Gov. said no. Ask him.'), ['The Gov. said no.', 'Ask him.']);
  assert.deepEqual(sentences('Go to Goldstar.com today. It is cheap.'), [
    'Go to Goldstar.com today.',
    'It is cheap.',
  ]);
  assert.deepEqual(sentences('He studied in Dulwich. [17] Later he moved.'), [
    'He studied in Dulwich. [17]',
    'Later he moved.',
  ]);
  assert.deepEqual(sentences('Enjoyed each minute of it. :) Come back.'), [
    'Enjoyed each minute of it. :)',
    'Come back.',
  ]);
  assert.deepEqual(sentences('It is as popular as Yahoo! and AOL.'), ['It is as popular as Yahoo! and AOL.']);
});

test('every token lies in exactly one sentence, in order', () => {
  const text = 'WASHINGTON (Reuters) - It rose.\n\nHeadline with no stop\n\nVisit www.a.com... ok!! Then go.';
  const doc = segmented(text);
  let s = 0;
  for (const t of doc.tokens) {
    while (s < doc.sentences.length && doc.sentences[s].end < t.end) s++;
    assert.ok(s < doc.sentences.length && doc.sentences[s].start <= t.start, text.slice(t.start, t.end));
    assert.ok(t.end > t.start);
  }
});

const seed = join(sharedDir(), 'seed', 'article.txt');

test('seed article: the header date and the headline are sentences', {
  skip: existsSync(seed) ? false : 'needs ../shared/seed/article.txt',
}, () => {
  const text = readFileSync(seed, 'utf8');
  const got = sentences(text);
  // The first two non-empty lines (the header date and the headline, which ends in a quoted phrase with
  // no stop) are each one sentence, whole.
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  assert.equal(got[0], lines[0]);
  assert.equal(got[1], lines[1]);
  assert.ok(/'$/.test(got[1]), got[1]);
});

test('a line with no final stop ends its sentence before a line that starts like one', () => {
  const text =
    'Dock workers end strike\nROTTERDAM, Netherlands — Work resumed on Monday.\nThe union said it would talk.';
  assert.deepEqual(sentences(text), [
    'Dock workers end strike',
    'ROTTERDAM, Netherlands —',
    'Work resumed on Monday.',
    'The union said it would talk.',
  ]);
  const wire =
    'Ports reopen after strike\nPeter Blackburn\nBRUSSELS 1996-08-22\nThe Commission said on Thursday.';
  assert.deepEqual(sentences(wire), [
    'Ports reopen after strike',
    'Peter Blackburn',
    'BRUSSELS 1996-08-22',
    'The Commission said on Thursday.',
  ]);
});

test('a line break inside a sentence does not split it', () => {
  for (const text of [
    'Senator Vale routinely\nstirs up\npolitical anger, the columnist wrote.',
    'He said the plan would fail,\nPresident Macron said.',
    'The vote was close —\nSenators split along party lines.',
  ])
    assert.deepEqual(sentences(text), [text]);
});
