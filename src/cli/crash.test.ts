import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PACKAGE_ROOT } from '../paths.js';
import { openStore } from '../store/index.js';
import { runCli } from './run-cli.js';

const N = 400;

/** A batch of distinct articles built from one sample, so the ingest runs long enough to be killed mid-way. */
function writeBatch(dir: string): string {
  const base = readFileSync(join(PACKAGE_ROOT, 'samples/01-harbour-strike.txt'), 'utf8');
  const lines = Array.from({ length: N }, (_, i) =>
    JSON.stringify({ id: `crash-${i}`, text: `${base}\nThe port said ${i + 2} ships were still waiting.` }),
  );
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

test('kill -9 during ingest leaves a valid store; a re-run completes without duplicates', {
  timeout: 15 * 60_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-crash-'));
  const db = join(dir, 'crash.db');
  const batch = writeBatch(dir);
  const run = runCli(['ingest', '--db', db, batch]);
  let stored = 0;
  // Wait for progress, not for a fixed time: a loaded machine may take long to load the models.
  let exited = false;
  void run.done.then(() => {
    exited = true;
  });
  while (stored < 20 && !exited) {
    await sleep(100);
    try {
      const s = await openStore(db);
      stored = (await s.stats()).docs;
      await s.close();
    } catch {
      // the database may not exist yet
    }
  }
  run.child.kill('SIGKILL');
  const killed = await run.done;
  assert.equal(killed.signal, 'SIGKILL');
  assert.ok(stored >= 20, 'the ingest was killed after it had stored documents');

  const store = await openStore(db);
  const before = (await store.stats()).docs;
  assert.ok(before >= stored && before < N, `killed mid-way: ${before} of ${N} stored`);
  for (const row of await store.docs({ limit: N })) {
    const doc = await store.getDoc(row.id);
    assert.ok(doc, `doc ${row.id} readable`);
    const quotes = await store.quotes({ docId: row.id, limit: 1000 });
    assert.equal(quotes.length, doc.quotes.length, `doc ${row.id} stored whole`);
  }
  await store.close();

  const rerun = await runCli(['ingest', '--db', db, batch]).done;
  assert.equal(rerun.code, 0, rerun.stderr);
  const after = await openStore(db);
  const rows = await after.docs({ limit: N + 10 });
  assert.equal(rows.length, N);
  assert.equal(new Set(rows.map((r) => r.id)).size, N);
  await after.close();
});
