import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { makeCase } from './cases.js';
import { runCase } from './check.js';

let pipeline: Pipeline;
let store: Store;
before(async () => {
  pipeline = await buildPipeline(ALL_STAGES);
  store = await openStore(':memory:');
});
after(() => store.close());

test('the same seed gives the same case', () => {
  assert.deepEqual(makeCase(42), makeCase(42));
  assert.notDeepEqual(makeCase(42).bytes, makeCase(43).bytes);
});

test('300 fuzz cases: only DatelineErrors, spans inside the text, valid Docs, the store round-trips', async () => {
  let stored = 0;
  let refused = 0;
  for (let seed = 100_001; seed <= 100_300; seed++) {
    const c = makeCase(seed);
    const r = await runCase(c, pipeline, store).catch((err: Error) => {
      throw new Error(`seed ${seed} (${c.kind}): ${err.message}`, { cause: err });
    });
    stored += r.stored;
    refused += r.refused;
  }
  // Both paths must be exercised, or the fuzzer is not testing much.
  assert.ok(stored > 100, `only ${stored} documents stored`);
  assert.ok(refused > 10, `only ${refused} documents refused`);
});
