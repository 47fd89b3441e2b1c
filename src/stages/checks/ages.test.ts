import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, textOf } from '../../model/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { segment } from '../segment/index.js';
import { checks } from './index.js';

async function findingsOf(text: string, published: string) {
  const pipe = await buildPipeline([segment, checks], { only: ['segment', 'checks'] });
  const doc = createDoc(text, { published: { value: published, from: 'given' } });
  pipe.run(doc);
  return { doc, findings: doc.findings };
}

test('an age that does not fit the birth year against the dateline', async () => {
  const text = 'The new harbour master, Ellen Marsh, 45, born in 1950, took office on Monday.';
  const { doc, findings } = await findingsOf(text, '2020-01-06');
  assert.equal(findings.length, 1, JSON.stringify(findings));
  const f = findings[0];
  assert.equal(f.kind, 'age-mismatch');
  assert.deepEqual(
    f.evidence.map((e) => textOf(doc, e)),
    ['45', '1950'],
  );
  assert.match(f.message, /would be 69 or 70/);
  assert.deepEqual(f.suggested, { from: '1995-01-01', to: '1996-12-31' });
});

test('"the 52-year-old, who was born on March 3, 1931" is caught too', async () => {
  const text = 'The 52-year-old, who was born on March 3, 1931, has farmed the valley all his life.';
  const { findings } = await findingsOf(text, '2020-01-06');
  assert.deepEqual(
    findings.map((f) => f.kind),
    ['age-mismatch'],
  );
});

test('negative: consistent ages, either side of the birthday, and ages without a birth year', async () => {
  for (const text of [
    'The new harbour master, Ellen Marsh, 69, born in 1950, took office on Monday.',
    'The new harbour master, Ellen Marsh, 70, born in 1950, took office on Monday.',
    'Ellen Marsh, 45, took office on Monday. Her mother was born in 1950.',
    'The vessel, built in 1950, carried 45 crew.',
  ]) {
    const { findings } = await findingsOf(text, '2020-01-06');
    assert.deepEqual(findings, [], text);
  }
});

test('an anniversary that does not add up against the dateline', async () => {
  const text = 'Crowds gathered for the 10th anniversary of the 2001 attacks on the city.';
  const { doc, findings } = await findingsOf(text, '2020-09-11');
  assert.equal(findings.length, 1, JSON.stringify(findings));
  const f = findings[0];
  assert.equal(f.kind, 'anniversary-mismatch');
  assert.deepEqual(
    f.evidence.map((e) => textOf(doc, e)),
    ['10th anniversary', '2001'],
  );
  assert.match(f.message, /falls in 2011/);
  assert.deepEqual(f.suggested, { from: '2010-01-01', to: '2012-12-31' });
  const words = await findingsOf(
    'They marked the fiftieth anniversary of the 1989 revolution.',
    '2020-11-17',
  );
  assert.deepEqual(
    words.findings.map((x) => x.kind),
    ['anniversary-mismatch'],
  );
});

test('negative: anniversaries that add up, or have no year to count from', async () => {
  for (const [text, published] of [
    ['Crowds gathered for the 19th anniversary of the 2001 attacks on the city.', '2020-09-11'],
    ['Plans for the 20th anniversary of the 2001 attacks were unveiled.', '2020-12-01'],
    ['The couple celebrated their 10th anniversary in Rome.', '2020-09-11'],
    ['The 30th anniversary edition sold out; the band formed in 1975.', '2020-09-11'],
    ['The fund, set up in 2011, marked the 10th anniversary of the 2001 attacks.', '2020-09-11'],
  ]) {
    const { findings } = await findingsOf(text, published);
    assert.deepEqual(findings, [], text);
  }
});
