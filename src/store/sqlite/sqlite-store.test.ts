import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ARTICLES, articleDoc } from '../fixtures.js';
import { openStore } from '../index.js';
import { assertWhole } from '../store-contract.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const LATEST = SQLITE_MIGRATIONS.at(-1)!.version;

test('an empty file is migrated to the latest schema, in WAL mode, and re-opening changes nothing', async () => {
  const file = join(dir, 'nested', 'new.db');
  const store = await openStore(file);
  await store.putDoc(articleDoc(ARTICLES[0]));
  await store.close();

  const db = new Database(file, { readonly: true });
  assert.equal(db.pragma('user_version', { simple: true }), LATEST);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all();
  for (const t of ['docs', 'docs_fts', 'quotes', 'quotes_fts', 'entities', 'events', 'timexes', 'findings']) {
    assert.ok(tables.includes(t), `table ${t}`);
  }
  db.close();

  const again = await openStore(file);
  assert.equal((await again.stats()).docs, 1);
  assert.equal((await again.stats()).schemaVersion, LATEST);
  await again.close();
});

test('a failing migration rolls back whole and leaves the schema version at 0', async () => {
  const file = join(dir, 'clash.db');
  const db = new Database(file);
  db.exec('CREATE TABLE quotes (x INTEGER)');
  db.close();
  await assert.rejects(openStore(file), /quotes already exists/);
  const check = new Database(file, { readonly: true });
  assert.equal(check.pragma('user_version', { simple: true }), 0);
  assert.equal(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'docs'").pluck().get(), 0);
  check.close();
});

test('a file written by a newer schema is refused', async () => {
  const file = join(dir, 'future.db');
  const db = new Database(file);
  db.pragma(`user_version = ${LATEST + 1}`);
  db.close();
  await assert.rejects(openStore(file), /newer than this Dateline knows/);
});

/** Runs the crash writer; resolves with the indices it reported committed and how it ended. */
function runWriter(file: string, count: number, killAfter?: number) {
  const script = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, file, String(count), '60'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const done: number[] = [];
  let buf = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buf += chunk;
    const lines = buf.split('\n');
    buf = lines.pop()!;
    done.push(...lines.map(Number));
    if (killAfter !== undefined && done.length >= killAfter) child.kill('SIGKILL');
  });
  return new Promise<{ done: number[]; code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ done, code, signal })),
  );
}

test('kill -9 in the middle of a batch: the file stays valid, stored documents are whole, re-running completes it', async () => {
  const file = join(dir, 'crash.db');
  const total = 600;
  const killed = await runWriter(file, total, 40);
  assert.equal(killed.signal, 'SIGKILL', 'the writer was killed, not finished');

  const db = new Database(file);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.exec("INSERT INTO docs_fts (docs_fts) VALUES ('integrity-check')");
  db.exec("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')");
  db.close();

  const store = await openStore(file);
  const stored = await store.docs({ limit: 10_000 });
  // Everything reported committed survived; the kill stopped the batch early.
  assert.ok(stored.length >= killed.done.length, `${stored.length} stored, ${killed.done.length} reported`);
  assert.ok(stored.length < total);
  for (const d of stored) await assertWhole(store, d.id);
  await store.close();

  const rerun = await runWriter(file, total);
  assert.equal(rerun.code, 0);
  const done = await openStore(file);
  const stats = await done.stats();
  assert.deepEqual(
    [stats.docs, stats.quotes, stats.entities, stats.events, stats.timexes, stats.claims, stats.findings],
    [total, 3 * total, 3 * total, total, 2 * total, total, total],
  );
  const ids = (await done.docs({ limit: 10_000 })).map((d) => d.id);
  assert.equal(new Set(ids).size, total);
  await assertWhole(done, ids[0]);
  await assertWhole(done, ids.at(-1)!);
  await done.close();
});
