import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc } from '../model/doc.js';
import { ALL_STAGES } from '../stages/index.js';
import { segment } from '../stages/segment/index.js';
import { buildPipeline } from './pipeline.js';
import type { Stage } from './stage.js';

const TEXT =
  'WASHINGTON (Reuters) - The Senate passed the bill on Tuesday. "It\'s done," said Sen. Jane Roe.\n\n' +
  'I’m gonna read it at www.senate.gov... Critics were not so sure!!';

test('a stage may run as its variant for the pipeline it is in', async () => {
  const seen: string[][] = [];
  const plain: Stage = { name: 'b', needs: ['tokens'], makes: ['mentions'], run() {} };
  const variant: Stage = { ...plain, run() {} };
  const b: Stage = {
    ...plain,
    within(names) {
      seen.push([...names]);
      return names.includes('a') ? variant : plain;
    },
  };
  const a: Stage = { name: 'a', needs: [], makes: ['tokens'], run() {} };
  const both = await buildPipeline([b, a]);
  assert.deepEqual(seen, [['a', 'b']]);
  assert.equal(both.stages[1], variant);
  assert.equal((await buildPipeline([a, b], { only: ['b'] })).stages[0], plain);
});

test('segment right before parse skips wink-nlp tags: same sentences and tokens, tags from parse', async () => {
  const withParse = await buildPipeline(ALL_STAGES, { only: ['segment', 'parse'] });
  const alone = await buildPipeline(ALL_STAGES, { only: ['segment', 'time'] });
  assert.notEqual(withParse.stages[0], segment);
  assert.equal(alone.stages[0], segment);
  const tagged = createDoc(TEXT);
  segment.run(tagged);
  const bare = createDoc(TEXT);
  withParse.stages[0].run(bare);
  const spans = (d: typeof bare) => d.tokens.map((t) => TEXT.slice(t.start, t.end));
  assert.deepEqual(bare.sentences, tagged.sentences);
  assert.deepEqual(spans(bare), spans(tagged));
  assert.ok(spans(bare).includes('www.senate.gov'));
  // without parse the tokens keep wink-nlp's tags; with it, every token is tagged by the parser
  assert.equal(tagged.tokens[spans(tagged).indexOf('passed')].pos, 'VERB');
  const parsed = withParse.run(createDoc(TEXT));
  assert.deepEqual(spans(parsed), spans(tagged));
  for (const t of parsed.tokens) assert.ok(t.xpos && t.deprel, TEXT.slice(t.start, t.end));
  assert.equal(parsed.tokens[spans(parsed).indexOf('passed')].lemma, 'pass');
});
