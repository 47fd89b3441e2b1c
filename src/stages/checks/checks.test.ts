import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, textOf } from '../../model/doc.js';
import type { Timex } from '../../model/schema.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { segment } from '../segment/index.js';
import { monthNumber } from './calendar.js';
import { checks } from './index.js';

async function findingsOf(text: string, published: string | null, timexes: Timex[] = [], header = false) {
  const pipe = await buildPipeline([segment, checks], { only: ['segment', 'checks'] });
  const at = header ? { start: 0, end: text.indexOf('\n') } : {};
  const doc = createDoc(text, { published: { value: published, from: published ? 'given' : 'none', ...at } });
  doc.timexes.push(...timexes);
  pipe.run(doc);
  return { doc, findings: doc.findings };
}

test('month names and abbreviations', () => {
  assert.deepEqual(['Jan.', 'January', 'Sept', 'sep', 'May', 'Dec'].map(monthNumber), [1, 1, 9, 9, 5, 12]);
  assert.equal(monthNumber('Ma'), 0);
});

test('an office holder described as current outside the term flags the dateline', async () => {
  const text =
    'Wednesday, January 1, 2020\n\nThe UN Secretary-General withdrew the invitation. ' +
    'Critics said Ban Ki-Moon acted too late, since the uprising began in 2011.';
  const { doc, findings } = await findingsOf(
    text,
    '2020-01-01',
    [
      { start: 0, end: 26, type: 'DATE', value: '2020-01-01' },
      { start: text.indexOf('2011'), end: text.indexOf('2011') + 4, type: 'DATE', value: '2011' },
    ],
    true,
  );
  const f = findings.find((x) => x.kind === 'stale-dateline');
  assert.ok(f, 'expected a stale-dateline finding');
  assert.deepEqual(
    f.evidence.map((e) => textOf(doc, e)),
    ['Secretary-General', 'Ban Ki-Moon'],
  );
  assert.deepEqual(f.suggested, { from: '2011-01-01', to: '2016-12-31' });
  assert.match(f.message, /fits 2011–2016/);
});

test('negative: a former office holder, or the holder in office, yields nothing', async () => {
  const a = await findingsOf(
    'Former UN Secretary-General Ban Ki-moon spoke in Seoul on Monday.',
    '2020-03-02',
  );
  assert.deepEqual(a.findings, []);
  const b = await findingsOf(
    'UN Secretary-General Antonio Guterres met Ban Ki-moon, who led the UN until 2016.',
    '2020-03-02',
  );
  assert.deepEqual(b.findings, []);
  const c = await findingsOf('UN Secretary-General Ban Ki-moon urged calm.', '2014-01-22');
  assert.deepEqual(c.findings, []);
  // Before the first listed term: the list may lack an early term (Netanyahu led Israel in 1996–1999 too).
  const d = await findingsOf('Israeli Prime Minister Benjamin Netanyahu rejected the plan.', '1998-03-01');
  assert.deepEqual(d.findings, []);
});

test('a weekday that does not match its date', async () => {
  const { doc, findings } = await findingsOf('Wednesday, January 21, 2014\n\nTalks began.', null);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].kind, 'weekday-mismatch');
  assert.equal(textOf(doc, findings[0].evidence[0]), 'Wednesday, January 21, 2014');
  const ok = await findingsOf('Wednesday, January 22, 2014\n\nTalks began.', null);
  assert.deepEqual(ok.findings, []);
});

test('a past-tense report of a date after publication', async () => {
  const text = 'The ministers met on March 5, 2021 and signed the deal.';
  const at = text.indexOf('March');
  const { findings } = await findingsOf(text, '2020-01-01', [
    { start: at, end: at + 'March 5, 2021'.length, type: 'DATE', value: '2021-03-05' },
  ]);
  assert.equal(findings[0]?.kind, 'date-after-publication');
  const future = 'The ministers will meet on March 5, 2021.';
  const f2 = await findingsOf(future, '2020-01-01', [
    { start: future.indexOf('March'), end: future.indexOf('March') + 13, type: 'DATE', value: '2021-03-05' },
  ]);
  assert.deepEqual(f2.findings, []);
});

test('office holders are found in any letter case and before a possessive or dash, never inside a word', async () => {
  const flagged = async (body: string) =>
    (await findingsOf(`The UN Secretary-General spoke. ${body}`, '2020-01-01')).findings.some(
      (f) => f.kind === 'stale-dateline',
    );
  assert.equal(await flagged('BAN KI-MOON’s aides agreed.'), true);
  assert.equal(await flagged('It was Ban Ki-moon—not his deputy.'), true);
  assert.equal(await flagged('Critics of ban ki-moon said so.'), true);
  assert.equal(await flagged('The Bank Ki-moonstone fund said so.'), false);
  assert.equal(await flagged('A ban on moon flights was lifted.'), false);
});

test('negative: an office holder told as dead belongs to the story of their term, not to the dateline', async () => {
  const dead = [
    "A friend of Yitzhak Rabin's assassin said she regretted calling the prime minister a traitor.",
    'Amir is serving a life sentence for the assassination of Rabin, the Israeli prime minister.',
    'The late Prime Minister Yitzhak Rabin was honoured.',
  ];
  for (const text of dead) assert.deepEqual((await findingsOf(text, '1998-02-27')).findings, [], text);
  // Alive and described as in office after the term: still flagged.
  const alive = await findingsOf('Israeli Prime Minister Yitzhak Rabin condemned the killing.', '1998-02-27');
  assert.equal(alive.findings[0]?.kind, 'stale-dateline');
});

test('negative: a forecast for a period ending after publication is not a past-tense report', async () => {
  const text = 'Elco said it expects net income in the year ending June 30, 1990, to fall.';
  const at = text.indexOf('June');
  const { findings } = await findingsOf(text, '1989-11-02', [
    { start: at, end: at + 'June 30, 1990'.length, type: 'DATE', value: '1990-06-30' },
  ]);
  assert.deepEqual(findings, []);
});
