import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { ingestPaths } from '../cli/ingest.js';
import { type Doc, textOf } from '../model/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import { ARTICLES, articleDoc } from '../store/fixtures.js';
import { openStore, type Store } from '../store/index.js';
import { pgUnavailable, TestDatabases } from '../store/postgres/test-server.js';
import { type ExportOptions, writeRecords } from './export.js';
import { trickyDoc } from './fixture-docs.js';
import { writeParquet } from './parquet.js';
import { EXPORT_KINDS, type ExportRecord, KINDS } from './records.js';
import { TextSink } from './sink.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-export-test-'));
let n = 0;
const file = (ext: string) => join(dir, `f${n++}.${ext}`);
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs SQL in a throwaway DuckDB and returns rows (JSON-safe) with the column types. */
async function duck(sql: string) {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const r = await con.runAndReadAll(sql);
    const types = Object.fromEntries(r.columnNames().map((c, i) => [c, String(r.columnTypes()[i])]));
    return { rows: r.getRowObjectsJson() as Record<string, unknown>[], types };
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

async function exportTo(store: Store, format: 'jsonl' | 'csv', o: ExportOptions): Promise<string> {
  const path = file(format);
  const sink = new TextSink(createWriteStream(path));
  await writeRecords(store, sink, format, o);
  await sink.end(true);
  return path;
}

const jsonl = (path: string): ExportRecord[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** What every format must hold for one kind: the records of each stored doc, in id order. */
const expected = (docs: Doc[], kind: (typeof EXPORT_KINDS)[number]) =>
  [...docs].sort((a, b) => (a.id < b.id ? -1 : 1)).flatMap((d) => KINDS[kind].records(d));

/** Every kind in every format from one store: same records, CSV read back by DuckDB, Parquet typed. */
function exportSuite(label: string, open: () => Promise<Store>, skip: string | false = false) {
  describe(`export from ${label}`, { skip }, () => {
    const docs = [trickyDoc(), ...[0, 1, 2, 3].map((i) => articleDoc(ARTICLES[i % 3], i))];
    let store: Store;
    const ready = (async () => {
      if (skip) return;
      store = await open();
      for (const d of docs) await store.putDoc(d);
    })();
    after(async () => store?.close());

    for (const kind of EXPORT_KINDS) {
      test(`${kind}: JSON Lines, CSV and Parquet hold the same rows`, async () => {
        await ready;
        const want = expected(docs, kind);
        assert.ok(want.length >= docs.length);
        // pageSize 2: several pages of ids, so page joins are crossed.
        const o = { kind, pageSize: 2 };
        assert.deepEqual(jsonl(await exportTo(store, 'jsonl', o)), want);

        const csv = await exportTo(store, 'csv', o);
        const text = readFileSync(csv, 'utf8');
        assert.equal(text.split('\r\n')[0], KINDS[kind].columns.map(([c]) => c).join(','));
        const back = await duck(
          `SELECT * FROM read_csv('${csv}', header = true, all_varchar = true, quote = '"', escape = '"')`,
        );
        assert.equal(back.rows.length, want.length);
        back.rows.forEach((row, i) => {
          for (const [col] of KINDS[kind].columns) {
            const v = want[i][col];
            assert.equal(row[col] ?? '', v === null ? '' : String(v), `${kind} row ${i} ${col}`);
          }
        });

        const pq = file('parquet');
        const sum = await writeParquet(store, pq, o);
        assert.deepEqual(sum, { docs: docs.length, records: want.length });
        const read = await duck(`SELECT * FROM read_parquet('${pq}')`);
        assert.deepEqual(
          read.types,
          Object.fromEntries(KINDS[kind].columns.map(([c, t]) => [c, t])),
          'declared column types',
        );
        assert.deepEqual(read.rows, want);
      });
    }

    test('--from/--to select documents by publication date', async () => {
      await ready;
      const o = { kind: 'docs' as const, from: '2020', to: '2020-12' };
      const got = jsonl(await exportTo(store, 'jsonl', o)).map((r) => r.published);
      assert.deepEqual(got.sort(), ['2020-01-01', '2020-03-03', '2020-03-03']);
      const none = jsonl(await exportTo(store, 'jsonl', { kind: 'events', from: '2030' }));
      assert.deepEqual(none, []);
    });
  });
}

exportSuite('SQLite', () => openStore(file('db')));

const pgSkip = await pgUnavailable();
if (pgSkip) console.log(`# skipping the PostgreSQL export tests: ${pgSkip}`);
const pgDbs = new TestDatabases();
exportSuite('PostgreSQL', async () => openStore(await pgDbs.create()), pgSkip ?? false);
after(() => (pgSkip ? undefined : pgDbs.dropAll()));

test('an empty store: no JSON lines, a CSV header alone, a Parquet file with typed columns and no rows', async () => {
  const store = await openStore(':memory:');
  try {
    for (const kind of EXPORT_KINDS) {
      assert.equal(readFileSync(await exportTo(store, 'jsonl', { kind }), 'utf8'), '');
      const header = KINDS[kind].columns.map(([c]) => c).join(',');
      assert.equal(readFileSync(await exportTo(store, 'csv', { kind }), 'utf8'), `${header}\r\n`);
      const pq = file('parquet');
      assert.deepEqual(await writeParquet(store, pq, { kind }), { docs: 0, records: 0 });
      const read = await duck(`SELECT * FROM read_parquet('${pq}')`);
      assert.deepEqual(read.rows, []);
      assert.equal(Object.keys(read.types).length, KINDS[kind].columns.length);
    }
  } finally {
    await store.close();
  }
});

test('the bundled samples, run through the pipeline: exported offsets slice each stored text', async () => {
  const db = file('db');
  const done = await ingestPaths([join(PACKAGE_ROOT, 'samples')], db, {});
  assert.equal(done.failed, 0);
  const store = await openStore(db);
  try {
    const texts = new Map<string, string>();
    for (const id of await store.docIds()) texts.set(id, (await store.getDoc(id))!.text);
    const at = (r: ExportRecord, s: string, e: string) =>
      texts.get(r.doc_id as string)!.slice(r[s] as number, r[e] as number);

    const docs = jsonl(await exportTo(store, 'jsonl', { kind: 'docs' }));
    assert.equal(docs.length, 7);
    assert.ok(docs.every((d) => d.published && d.n_chars === texts.get(d.id as string)!.length));

    const quotes = jsonl(await exportTo(store, 'jsonl', { kind: 'quotes' }));
    assert.ok(quotes.length > 10);
    for (const q of quotes) {
      const parts = String(q.parts).split(';');
      const joined = parts.map((p) => {
        const [s, e] = p.split('-').map(Number);
        return textOf({ text: texts.get(q.doc_id as string)! }, { start: s, end: e });
      });
      assert.equal(joined.join(' … '), q.text);
      if (q.cue !== null) assert.equal(at(q, 'cue_start', 'cue_end'), q.cue);
    }

    const events = jsonl(await exportTo(store, 'jsonl', { kind: 'events' }));
    assert.ok(events.length > 0);
    for (const e of events) {
      assert.equal(at(e, 'trigger_start', 'trigger_end'), e.trigger);
      assert.ok((e.sentence_start as number) <= (e.trigger_start as number));
      assert.ok((e.trigger_end as number) <= (e.sentence_end as number));
      assert.match(String(e.event_code), /^\d{2,4}$/);
      assert.ok(String(e.event_code).startsWith(String(e.event_root_code)));
    }
  } finally {
    await store.close();
  }
});
