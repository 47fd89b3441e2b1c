import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UnrecoverableError } from 'bullmq';
import { DEFAULT_MAX_BYTES } from '../ingest/options.js';
import { createDoc, type Doc } from '../model/doc.js';
import { DatelineError } from '../model/errors.js';
import { isPermanent, runJob } from './job.js';
import type { JobData } from './names.js';

const TEXT = 'The harbour master in Leeds said on Monday that 12 ships were still waiting.';
const job = (doc: Doc, attemptsMade = 0) => ({
  id: doc.id,
  data: { doc, source: 'test' } as JobData,
  attemptsMade,
  opts: { attempts: 3 },
});
const withText = (text: unknown) => {
  const doc = createDoc(TEXT, {}, 'job-1');
  (doc as { text: unknown }).text = text;
  return doc;
};

/** Runs a job whose processing does `process`; records what was buried. */
async function attempt(j: ReturnType<typeof job>, process: (doc: Doc) => Promise<string>) {
  const buried: { code: string; attempts: number }[] = [];
  const processed: string[] = [];
  let thrown: unknown;
  let result: string | undefined;
  try {
    result = await runJob(j, {
      process: (doc) => {
        processed.push(doc.text);
        return process(doc);
      },
      bury: async (err, attempts) => {
        buried.push({ code: (err as DatelineError).code, attempts });
      },
    });
  } catch (err) {
    thrown = err;
  }
  return { buried, processed, thrown, result };
}

test('bad input goes to the dead-letter queue on the first attempt and is not retried', async () => {
  const cases: [unknown, string][] = [
    ['', 'DL_INGEST_EMPTY'],
    [' \n\t ', 'DL_INGEST_EMPTY'],
    ['PK\u0003\u0004\u0000\u0014 zipped', 'DL_INGEST_BINARY'],
    ['a'.repeat(DEFAULT_MAX_BYTES + 1), 'DL_INGEST_TOO_LARGE'],
    [42, 'DL_MODEL_INVALID'],
  ];
  for (const [text, code] of cases) {
    const r = await attempt(job(withText(text)), async () => 'inserted');
    assert.ok(r.thrown instanceof UnrecoverableError, `${code}: thrown as UnrecoverableError`);
    assert.deepEqual(r.buried, [{ code, attempts: 1 }]);
    assert.deepEqual(r.processed, [], `${code}: the pipeline never ran`);
  }
});

test('a bad-input error raised while processing is permanent too', async () => {
  const r = await attempt(job(withText(TEXT)), async (doc) => {
    throw new DatelineError('DL_MODEL_INVALID', doc.id, 'tokens.0.end: too large');
  });
  assert.ok(r.thrown instanceof UnrecoverableError);
  assert.match((r.thrown as Error).message, /tokens\.0\.end/);
  assert.deepEqual(r.buried, [{ code: 'DL_MODEL_INVALID', attempts: 1 }]);
});

test('a transient failure is thrown as it is for a retry, and buried only on the last attempt', async () => {
  const fail = async (doc: Doc): Promise<string> => {
    throw new DatelineError('DL_STORE_FAILED', doc.id, 'connection reset');
  };
  const first = await attempt(job(withText(TEXT), 0), fail);
  assert.ok(first.thrown instanceof DatelineError && !(first.thrown instanceof UnrecoverableError));
  assert.equal((first.thrown as DatelineError).code, 'DL_STORE_FAILED');
  assert.deepEqual(first.buried, []);
  const last = await attempt(job(withText(TEXT), 2), fail);
  assert.equal((last.thrown as DatelineError).code, 'DL_STORE_FAILED');
  assert.deepEqual(last.buried, [{ code: 'DL_STORE_FAILED', attempts: 3 }]);
});

test('a good job is processed once and its result returned', async () => {
  const r = await attempt(job(withText(TEXT)), async () => 'inserted');
  assert.equal(r.result, 'inserted');
  assert.deepEqual(r.processed, [TEXT]);
  assert.deepEqual(r.buried, []);
});

test('isPermanent: ingest and schema errors yes; timeouts, crashes, store and plain errors no', () => {
  const e = (code: ConstructorParameters<typeof DatelineError>[0]) => new DatelineError(code, 'd', 'x');
  assert.ok(isPermanent(e('DL_INGEST_BAD_UTF8')));
  assert.ok(isPermanent(e('DL_INGEST_TOO_LARGE')));
  assert.ok(isPermanent(e('DL_MODEL_INVALID')));
  assert.ok(!isPermanent(e('DL_STAGE_TIMEOUT')));
  assert.ok(!isPermanent(e('DL_STAGE_FAILED')));
  assert.ok(!isPermanent(e('DL_STORE_FAILED')));
  assert.ok(!isPermanent(new Error('DL_INGEST_EMPTY')));
});
