import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, textOf } from '../../model/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { segment } from '../segment/index.js';
import { claims } from './index.js';

async function claimsOf(text: string) {
  const pipe = await buildPipeline([segment, claims]);
  const doc = pipe.run(createDoc(text));
  return doc.claims.map((c) => ({ ...c, text: textOf(doc, c) }));
}

test('a count with a modifier and its noun', async () => {
  const [c] = await claimsOf('The uprising has so far killed more than 130,000 people.');
  assert.equal(c.text, 'more than 130,000 people');
  assert.equal(c.value, 130000);
  assert.equal(c.counts, 'people');
  assert.equal(c.approx, 'more-than');
});

test('percentages, currencies and scaled numbers', async () => {
  const cs = await claimsOf(
    'Wages rise by 4.5 percent. The firm must pay 2.1 billion reais and $300 million in fines.',
  );
  assert.deepEqual(
    cs.map((c) => [c.text, c.value, c.unit]),
    [
      ['4.5 percent', 4.5, 'percent'],
      ['2.1 billion reais', 2.1e9, 'BRL'],
      ['$300 million', 3e8, 'USD'],
    ],
  );
});

test('dollars of other countries: C$, A$, HK$, US$', async () => {
  const cs = await claimsOf(
    'The unit paid C$17.9 million, about A$2 billion went to Sydney, HK$300 million to Hong Kong and ' +
      'US$6.3 billion in all. Sales rose to more than NZ$40 million.',
  );
  assert.deepEqual(
    cs.map((c) => [c.text, c.value, c.unit, c.approx]),
    [
      ['C$17.9 million', 17.9e6, 'CAD', undefined],
      ['about A$2 billion', 2e9, 'AUD', 'about'],
      ['HK$300 million', 3e8, 'HKD', undefined],
      ['US$6.3 billion', 6.3e9, 'USD', undefined],
      ['more than NZ$40 million', 4e7, 'NZD', 'more-than'],
    ],
  );
});

test('negative: a plain $ stays USD and a word ending in a capital is no prefix', async () => {
  const cs = await claimsOf('The IRA$ fund holds $5 million. ABC$3 million is a typo.');
  assert.deepEqual(
    cs.map((c) => [c.text, c.unit]),
    [
      ['$5 million', 'USD'],
      ['$3 million', 'USD'],
    ],
  );
});

test('number words and "about"', async () => {
  const [c] = await claimsOf('Floods displaced some 300,000 people and about twelve villages were cut off.');
  assert.equal(c.text, 'some 300,000 people');
  assert.equal(c.approx, 'about');
});

test('negative: years, dates and times are not claims', async () => {
  const cs = await claimsOf('The uprising began in 2011. Talks resume on January 22 at 10:30 GMT.');
  assert.deepEqual(cs, []);
});

test('counts tied to what happened to them: killed, injured, arrested', async () => {
  const cs = await claimsOf(
    'A bomber killed 12 people in Kabul. The attack, which killed 15, left 20 dead and 30 wounded. ' +
      'The death toll rose to at least 17. Twelve people were later reported killed and police arrested 4.',
  );
  assert.deepEqual(
    cs.map((c) => [c.text, c.value, c.outcome?.kind]),
    [
      ['12 people', 12, 'killed'],
      ['15', 15, 'killed'],
      ['20', 20, 'killed'],
      ['30 wounded', 30, 'injured'],
      ['at least 17', 17, 'killed'],
      ['Twelve people', 12, 'killed'],
      ['4', 4, 'arrested'],
    ],
  );
});

test('negative: an outcome word not tied to the number', async () => {
  const cs = await claimsOf(
    'Five people were killed in 3 cities. The 40 delegates left. He paid $5 for the dead man’s coat.',
  );
  assert.deepEqual(
    cs.map((c) => [c.text, c.outcome?.kind]),
    [
      ['Five people', 'killed'],
      ['3 cities', undefined],
      ['40 delegates', undefined],
      ['$5', undefined],
    ],
  );
});
