import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../model/doc.js';
import { segment } from '../segment/index.js';
import { mentions } from './index.js';

function run(text: string): Doc {
  const doc = createDoc(text);
  segment.run(doc);
  mentions.run(doc);
  return doc;
}

const found = (doc: Doc) => doc.mentions.map((m) => `${doc.text.slice(m.start, m.end)}|${m.type}|${m.kind}`);

test('countries, demonyms and organisations come from the lexicons', () => {
  const doc = run(
    'Russia and the US backed the plan, while Syrian officials and the United Nations objected.',
  );
  const got = found(doc);
  assert.ok(got.includes('Russia|GPE|name'));
  assert.ok(got.includes('US|GPE|name'));
  assert.ok(got.includes('Syrian|NORP|demonym'));
  assert.ok(got.includes('United Nations|ORG|name'));
});

test('a title before a name is a TITLE mention and the name a PERSON', () => {
  const doc = run("Russia's Foreign Minister Sergey Lavrov met President Bashar Assad on Monday.");
  const got = found(doc);
  assert.ok(got.includes('Foreign Minister|TITLE|title'), got.join(' '));
  assert.ok(got.includes('Sergey Lavrov|PERSON|name'));
  assert.ok(got.includes('President|TITLE|title'));
  assert.ok(got.includes('Bashar Assad|PERSON|name'));
  assert.ok(!got.some((g) => g.startsWith('Monday')), 'days are not names');
});

test('definite descriptions, possessive countries and pronouns', () => {
  const doc = run(
    'The Foreign Minister said he would go. Russia’s Foreign Minister agreed. The Syrian opposition said they would not attend.',
  );
  const got = found(doc);
  assert.ok(got.includes('The Foreign Minister|PERSON|description'));
  assert.ok(got.includes('Russia’s Foreign Minister|PERSON|description'));
  assert.ok(got.includes('The Syrian opposition|ORG|description'));
  assert.ok(got.includes('he|PERSON|pronoun'));
  assert.ok(got.includes('they|ORG|pronoun'));
});

test('names with hyphens, particles and honorifics keep exact offsets', () => {
  const doc = run('Mr Lavrov spoke to Ban Ki-moon and Bashar al-Assad in Geneva.');
  const got = found(doc);
  assert.ok(got.includes('Mr Lavrov|PERSON|name'));
  assert.ok(got.includes('Ban Ki-moon|PERSON|name'), got.join(' '));
  assert.ok(got.includes('Bashar al-Assad|PERSON|name'));
  assert.ok(got.includes('Geneva|GPE|name'));
});

test('organisation cues and sentence-initial words', () => {
  const doc = run('The company said the Bank of England would act. This was new. Reuters reported it.');
  const got = found(doc);
  assert.ok(got.includes('Bank of England|ORG|name'), got.join(' '));
  assert.ok(got.includes('Reuters|ORG|name'));
  assert.ok(!got.some((g) => /^(The|This)\|/.test(g)));
});

test('a town before a score in a results line is a team; a town in running text is a place', () => {
  const results = found(run('Leeds 2 Bristol 1'));
  assert.ok(results.includes('Leeds|ORG|name'), results.join(' '));
  const prose = found(run('The talks will begin in Leeds on Wednesday.'));
  assert.ok(prose.includes('Leeds|GPE|name'), prose.join(' '));
});
