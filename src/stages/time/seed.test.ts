import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc } from '../../model/doc.js';
import { sharedDir } from '../../paths.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { ALL_STAGES } from '../index.js';

const seedPath = join(sharedDir(), 'seed', 'article.txt');

test('seed article: weekdays and the bare year resolve against 2020-01-01', {
  skip: existsSync(seedPath) ? false : 'needs ../shared/seed/article.txt',
}, async () => {
  const text = readFileSync(seedPath, 'utf8');
  const pipe = await buildPipeline(ALL_STAGES, { only: ['segment', 'time'] });
  const doc = pipe.run(createDoc(text, { published: { value: '2020-01-01', from: 'header' } }));
  const valueAt = (phrase: string, after = 0) => {
    const at = text.indexOf(phrase, after);
    assert.ok(at >= 0, phrase);
    const hit = doc.timexes.find((t) => t.start <= at + phrase.length && t.end > at + phrase.length - 1);
    assert.ok(hit, `no timex on "${phrase}"`);
    return hit.value;
  };
  const body = text.indexOf('\n');
  assert.equal(valueAt('On Tuesday', body), '2019-12-31');
  assert.equal(valueAt('on Sunday', body), '2019-12-29');
  assert.equal(valueAt('in 2011', body), '2011');
  assert.equal(valueAt('on Wednesday', body), '2020-01-01');
});
