import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedData } from '../src/paths.js';
import { suite } from './ingest.js';

test('ingest eval runs on the first CoNLL dev documents', {
  skip: sharedData('ner', 'conll2003_dev.docs.jsonl')
    ? false
    : 'needs ../shared/data/ner/conll2003_dev.docs.jsonl',
}, async () => {
  const r = await suite.run({ split: 'dev', limit: 20 });
  assert.equal(r.suite, 'ingest');
  assert.ok(r.n > 0 && r.n <= 20);
  const counts = r.metrics['published.counts'] as Record<string, number>;
  assert.equal(counts.correct + counts.wrong + counts.missing, r.n);
  assert.equal(typeof r.metrics['english.wrongly_rejected_pct'], 'number');
});
