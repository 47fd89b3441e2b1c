import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { runCli } from '../cli/run-cli.js';
import { createDoc } from '../model/index.js';
import { validateDoc } from '../model/validate.js';
import { openStore } from '../store/index.js';
import { pgUnavailable, TestDatabases } from '../store/postgres/test-server.js';
import { assertWhole } from '../store/store-contract.js';
import { deadQueueOf, type JobData, jobIdOf, queueCounts } from './index.js';

const N = 300;
const REDIS = process.env.DATELINE_REDIS_URL;
const skip = !REDIS
  ? 'needs Redis: set DATELINE_REDIS_URL (e.g. redis://127.0.0.1:6379) or run .ci/run'
  : !process.env.DATELINE_PG_URL
    ? 'needs PostgreSQL: set DATELINE_PG_URL or run .ci/run'
    : await pgUnavailable();

const dbs = new TestDatabases();
const dir = mkdtempSync(join(tmpdir(), 'dateline-queue-'));
const QUEUE = `dateline-test-${process.pid}-${Date.now().toString(36)}`;
// What a failed assertion would leave open (worker processes, Redis connections) and keep the run from ending.
const workers: ReturnType<typeof runCli>[] = [];
const queues: Queue[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const w of workers) w.child.kill('SIGKILL');
  await Promise.all(queues.map((q) => q.close().catch(() => {})));
  if (skip) return;
  for (const name of [QUEUE, deadQueueOf(QUEUE)]) {
    const q = new Queue(name, { connection: { url: REDIS } });
    await q.obliterate({ force: true });
    await q.close();
  }
  await dbs.dropAll();
});

const article = (i: number) =>
  JSON.stringify({
    id: `q-${i}`,
    published: '2020-03-02',
    text:
      `"${i + 2} ships are still waiting," the harbour master in Leeds told reporters on Monday. ` +
      `Dockers said the strike over pay would go on until Friday, and ${i + 10} workers joined it.`,
  });

test('2 workers, one killed -9 mid-way and replaced: every document stored exactly once and whole; bad input dead at once', {
  skip: skip ?? false,
  timeout: 15 * 60_000,
}, async () => {
  const db = await dbs.create();
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, Array.from({ length: N }, (_, i) => article(i)).join('\n') + '\n');
  const worker = () => {
    const w = runCli(['worker', '--queue', QUEUE, '--db', db, '--lock-ms', '5000'], {
      env: { DATELINE_REDIS_URL: REDIS },
    });
    workers.push(w);
    return w;
  };

  // Jobs no worker can process: a document whose text is not a string, one whose text is blank. Bad input
  // fails the same way every time, so each must reach the dead-letter queue on its first attempt.
  const queue = new Queue<JobData>(QUEUE, { connection: { url: REDIS } });
  queues.push(queue);
  const poison = createDoc('placeholder', {}, 'poison:1');
  (poison as { text: unknown }).text = 42;
  const blank = createDoc('placeholder', {}, 'poison:2');
  (blank as { text: unknown }).text = ' \n ';
  for (const doc of [poison, blank]) {
    await queue.add(
      'doc',
      { doc, source: 'test' },
      { jobId: jobIdOf(doc.id), attempts: 3, backoff: { type: 'exponential', delay: 200 } },
    );
  }

  const a = worker();
  const b = worker();
  const enq = await runCli(['enqueue', '--queue', QUEUE, '--jsonl', file]).done;
  assert.equal(enq.code, 0, enq.stderr);
  assert.match(enq.stderr, new RegExp(`enqueued ${N} docs`));

  const stored = async () => {
    const s = await openStore(db);
    try {
      return (await s.stats()).docs;
    } finally {
      await s.close();
    }
  };
  let before = 0;
  for (let i = 0; i < 3000 && before < N / 4; i++) {
    await sleep(200);
    before = await stored();
  }
  a.child.kill('SIGKILL');
  assert.equal((await a.done).signal, 'SIGKILL');
  assert.ok(before >= N / 4 && before < N, `killed mid-way: ${before} of ${N} stored`);
  const c = worker();

  let counts = await queueCounts({ redis: REDIS, queue: QUEUE });
  for (let i = 0; i < 3000 && (counts.completed < N || counts.dead < 2); i++) {
    await sleep(300);
    counts = await queueCounts({ redis: REDIS, queue: QUEUE });
  }
  assert.deepEqual(counts, { waiting: 0, delayed: 0, active: 0, completed: N, failed: 2, dead: 2 });

  // Graceful shutdown: SIGTERM lets each worker finish and exit 0.
  b.child.kill('SIGTERM');
  c.child.kill('SIGTERM');
  for (const w of [b, c]) {
    const r = await w.done;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /worker stopped: \d+ stored/);
  }

  const store = await openStore(db);
  try {
    const rows = await store.docs({ limit: N + 10 });
    assert.equal(rows.length, N);
    assert.deepEqual(new Set(rows.map((r) => r.id)), new Set(Array.from({ length: N }, (_, i) => `q-${i}`)));
    for (const row of rows) validateDoc(await assertWhole(store, row.id));
  } finally {
    await store.close();
  }

  const dead = new Queue(deadQueueOf(QUEUE), { connection: { url: REDIS } });
  queues.push(dead);
  for (const [doc, code] of [
    [poison, 'DL_MODEL_INVALID'],
    [blank, 'DL_INGEST_EMPTY'],
  ] as const) {
    const job = await dead.getJob(jobIdOf(doc.id));
    assert.ok(job, `${doc.id} is in the dead-letter queue`);
    assert.equal(job.data.doc.id, doc.id);
    assert.equal(job.data.error.code, code);
    assert.equal(job.data.attempts, 1, 'bad input is not retried');
    const failed = await queue.getJob(jobIdOf(doc.id));
    assert.equal(failed?.attemptsMade, 1);
  }
  await dead.close();
  await queue.close();
});
