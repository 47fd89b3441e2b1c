import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { trickyDoc } from '../export/fixture-docs.js';
import { ARTICLES, articleDoc } from '../store/fixtures.js';
import { openStore } from '../store/index.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-export-cli-'));
const db = join(dir, 'store.db');
const cli = (...args: string[]) => runCli(['export', ...args]).done;
after(() => rmSync(dir, { recursive: true, force: true }));

before(async () => {
  const store = await openStore(db);
  for (const d of [trickyDoc(), articleDoc(ARTICLES[0]), articleDoc(ARTICLES[1])]) await store.putDoc(d);
  await store.close();
});

test('bad usage exits 2 and writes nothing: unknown kind or format, parquet to stdout, bad date, no store', async () => {
  const cases = [
    [['nonsense', '--db', db], /export needs one of: docs, quotes, entities, events/],
    [['events', '--db', db, '--format', 'xml'], /--format is jsonl, csv, parquet/],
    [['events', '--db', db, '--format', 'parquet'], /needs --out FILE/],
    [['events', '--db', db, '--from', 'last week'], /not an ISO date/],
    [['events', '--db', join(dir, 'missing.db')], /no store at/],
    [['events', '--db', db, '--no-such-flag'], /no-such-flag/],
  ] as const;
  for (const [args, message] of cases) {
    const r = await cli(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
  assert.equal(existsSync(join(dir, 'missing.db')), false, 'a missing store is not created');
});

test('CSV to stdout: a header, one line per quote, the quoted line break kept inside its field', async () => {
  const r = await cli('quotes', '--db', db, '--format', 'csv');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /exported 7 quotes from 3 docs → stdout/);
  assert.ok(r.stdout.startsWith('doc_id,quote_index,kind,speaker,'));
  assert.ok(r.stdout.includes(',"We will not sign, not now,\nnot ever.",'));
  // 1 header + 7 records; the one line break inside a field is not a record separator.
  assert.equal(r.stdout.split('\r\n').length - 1, 8);
});

test('--out picks the format from the extension and leaves no partial file behind', async () => {
  const out = join(dir, 'events.jsonl');
  const r = await cli('events', '--db', db, '--out', out, '--quiet');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const rows = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(rows.length, 4);
  assert.ok(rows.some((e) => e.negated === true && e.actor1_code === 'RUSGOV'));

  const pq = join(dir, 'entities.parquet');
  const p = await cli('entities', '--db', db, '--out', pq, '--to', '2020-01');
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stderr, /exported 3 entities from 1 docs/);
  assert.equal(readFileSync(pq).subarray(0, 4).toString(), 'PAR1');
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.part')),
    [],
  );
});

test('events: every GDELT-like column in CSV, the same rows in Parquet', async () => {
  const r = await cli('events', '--db', db, '--format', 'csv');
  assert.equal(r.code, 0, r.stderr);
  const [header, ...rows] = r.stdout.trim().split('\r\n');
  const cols = header.split(',');
  for (const c of [
    'date',
    'date_is_published',
    'actor1_name',
    'actor1_code',
    'actor1_country',
    'actor2_name',
    'actor2_code',
    'actor2_country',
    'event_code',
    'event_root_code',
    'quad_class',
    'goldstein',
    'plover_type',
    'negated',
    'place_name',
    'place_lat',
    'place_lon',
    'place_country',
    'source_url',
    'sentence_start',
    'sentence_end',
  ]) {
    assert.ok(cols.includes(c), `column ${c} in ${header}`);
  }
  assert.equal(rows.length, 4);
  const pq = join(dir, 'events.parquet');
  const p = await cli('events', '--db', db, '--out', pq);
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stderr, /exported 4 events from 3 docs/);
  assert.equal(readFileSync(pq).subarray(0, 4).toString(), 'PAR1');
});

test('a reader that stops early (| head) ends the export quietly with exit 0', async () => {
  const big = join(dir, 'big.db');
  const store = await openStore(big);
  for (let i = 0; i < 200; i++) await store.putDoc(articleDoc(ARTICLES[i % 3], i));
  await store.close();
  const { child, done } = runCli(['export', 'entities', '--db', big, '--quiet']);
  child.stdout.once('data', () => child.stdout.destroy());
  const r = await done;
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
});
