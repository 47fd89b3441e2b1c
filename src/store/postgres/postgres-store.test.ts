import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { ARTICLES, articleDoc } from '../fixtures.js';
import { openStore } from '../index.js';
import { assertWhole } from '../store-contract.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { PG_ADMIN_URL, pgUnavailable, TestDatabases } from './test-server.js';

const skip = await pgUnavailable();
const dbs = new TestDatabases();
const LATEST = POSTGRES_MIGRATIONS.at(-1)!.version;

async function sql(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

describe('PostgreSQL schema', { skip: skip ?? false }, () => {
  after(() => dbs.dropAll());

  test('an empty database is migrated once, even when two stores open it at the same time', async () => {
    const url = await dbs.create();
    const [a, b] = await Promise.all([openStore(url), openStore(url)]);
    await a.putDoc(articleDoc(ARTICLES[0]));
    assert.equal((await b.stats()).docs, 1);
    await Promise.all([a.close(), b.close()]);
    const once = Array.from({ length: LATEST }, (_, i) => ({ version: i + 1 }));
    assert.deepEqual(await sql(url, 'SELECT version FROM dateline_schema ORDER BY version'), once);
    const indexes = await sql(url, "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_tsv'");
    assert.deepEqual(indexes.map((r) => r.indexname).sort(), ['docs_tsv', 'quotes_tsv']);
  });

  test('a database written by a newer schema is refused', async () => {
    const url = await dbs.create();
    await (await openStore(url)).close();
    await sql(url, 'INSERT INTO dateline_schema (version) VALUES ($1)', [LATEST + 1]);
    await assert.rejects(openStore(url), /newer than this Dateline knows/);
  });

  test('a write that fails half-way leaves the previous version whole (or nothing)', async () => {
    const url = await dbs.create();
    const store = await openStore(url);
    try {
      const first = articleDoc(ARTICLES[1]);
      const other = articleDoc(ARTICLES[2]);
      await store.putDoc(first);
      await sql(url, 'ALTER TABLE events ADD CONSTRAINT no_events CHECK (false) NOT VALID');
      const second = structuredClone(first);
      second.findings = [];
      const failed = (id: string) => (e: Error & { code?: string; docId?: string }) =>
        e.code === 'DL_STORE_FAILED' && e.docId === id && /no_events/.test(e.message);
      await assert.rejects(store.putDoc(second), failed(first.id));
      assert.deepEqual(await assertWhole(store, first.id), first);
      await assert.rejects(store.putDoc(other), failed(other.id));
      assert.equal(await store.hasDoc(other.id), false, 'the docs row was rolled back with the events');
    } finally {
      await store.close();
    }
  });
});

test('a server that refuses the login fails to open with the reason, password hidden', {
  skip: skip ?? false,
}, async () => {
  const url = new URL(PG_ADMIN_URL);
  url.password = 'not-the-secret';
  await assert.rejects(
    openStore(url.toString()),
    (e: Error & { code?: string }) =>
      e.code === 'DL_STORE_FAILED' &&
      /authentication failed/.test(e.message) &&
      !e.message.includes('not-the-secret'),
  );
});
