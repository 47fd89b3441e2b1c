import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { ARTICLES, articleDoc } from '../fixtures.js';
import { everyRow, openStore, type QuoteQuery } from '../index.js';
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

test('a version-1 file gains the claims outcome column and keeps its rows', async () => {
  const file = join(dir, 'v1.db');
  const doc = articleDoc(ARTICLES[0]);
  const old = new Database(file);
  old.exec(SQLITE_MIGRATIONS[0].sql);
  old.pragma('user_version = 1');
  old
    .prepare(
      "INSERT INTO docs (id, hash, published_from, length, n_sentences, n_quotes, n_entities, n_events, n_timexes, n_claims, n_findings, text, json, stored_at) VALUES (?, 'h', 'given', 1, 0, 0, 0, 0, 0, 1, 0, ?, ?, 'now')",
    )
    .run(doc.id, doc.text, JSON.stringify(doc));
  old
    .prepare(
      "INSERT INTO claims (doc_id, idx, value, text, span_start, span_end) VALUES (?, 0, 12, '12 people', 0, 9)",
    )
    .run(doc.id);
  old.close();
  const store = await openStore(file);
  assert.equal((await store.stats()).schemaVersion, LATEST);
  const [claim] = await store.claims({ docId: doc.id });
  assert.equal(claim.value, 12);
  assert.equal(claim.outcome, null);
  await store.close();
});

test('a file written by a newer schema is refused', async () => {
  const file = join(dir, 'future.db');
  const db = new Database(file);
  db.pragma(`user_version = ${LATEST + 1}`);
  db.close();
  await assert.rejects(openStore(file), /newer than this Dateline knows/);
});

test('a write that fails half-way leaves the previous version whole', async () => {
  const file = join(dir, 'fail.db');
  const store = await openStore(file);
  const first = articleDoc(ARTICLES[2]);
  await store.putDoc(first);
  const db = new Database(file);
  db.exec(
    "CREATE TRIGGER no_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'events refused'); END",
  );
  db.close();

  const second = structuredClone(first);
  second.findings = [];
  await assert.rejects(
    store.putDoc(second),
    (e: Error & { code?: string; docId?: string }) =>
      e.code === 'DL_STORE_FAILED' && e.docId === first.id && /events refused/.test(e.message),
  );
  assert.deepEqual(await assertWhole(store, first.id), first);
  await store.close();
});

test('everyRow pages through a whole query', async () => {
  const store = await openStore(':memory:');
  for (let n = 0; n < 7; n++) await store.putDoc(articleDoc(ARTICLES[n % 3], n));
  const rows = [];
  for await (const q of everyRow((q: QuoteQuery) => store.quotes(q), { speaker: 'ministry' }, 3))
    rows.push(q);
  assert.deepEqual(rows, await store.quotes({ speaker: 'ministry' }));
  assert.equal(rows.length, 7);
  await store.close();
});

test('a file that cannot be opened fails with DL_STORE_FAILED naming it', async () => {
  const file = join(dir, 'not-a-db.db');
  writeFileSync(file, 'this is not a database, just some text long enough to fill a header page');
  await assert.rejects(
    openStore(file),
    (e: Error & { code?: string }) => e.code === 'DL_STORE_FAILED' && e.message.startsWith(file),
  );
});
