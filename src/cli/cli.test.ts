import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type Doc, textOf } from '../model/doc.js';
import { validateDoc } from '../model/validate.js';
import { PACKAGE_ROOT, sharedDir } from '../paths.js';
import { runCli } from './run-cli.js';

const cli = (args: string[], input?: string) => runCli(args, { input }).done;
const docsOf = (stdout: string): Doc[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

test('--help lists the commands; bad usage exits 2', async () => {
  const help = await cli(['--help']);
  assert.equal(help.code, 0);
  for (const c of ['extract', 'ingest', 'query', 'show', 'eval', 'bench'])
    assert.match(help.stdout, new RegExp(c));
  assert.equal((await cli(['frobnicate'])).code, 2);
  assert.equal((await cli(['extract', '--no-such-flag'])).code, 2);
  assert.equal((await cli(['query', 'nonsense'])).code, 2);
});

test('extract prints one valid Doc per line with the header dateline as publication date', async () => {
  const r = await cli(['extract', join(PACKAGE_ROOT, 'samples/01-harbour-strike.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const [doc] = docsOf(r.stdout);
  validateDoc(doc);
  assert.equal(doc.meta.published.value, '2025-03-03');
  assert.equal(doc.meta.published.from, 'header');
  assert.equal(textOf(doc, doc.meta.published as { start: number; end: number }), 'Monday, March 3, 2025');
  assert.ok(doc.tokens.length > 100 && doc.sentences.length > 5);
  assert.ok(doc.claims.some((c) => textOf(doc, c) === 'more than 40 ships'));
});

test('stdin and a given publication date', async () => {
  const r = await cli(
    ['extract', '--published', '2024-05-06', '-'],
    'The minister said on Monday that talks would resume.',
  );
  assert.equal(r.code, 0, r.stderr);
  const [doc] = docsOf(r.stdout);
  assert.deepEqual(doc.meta.published, { value: '2024-05-06', from: 'given' });
});

test('a batch with bad inputs reports each by name, keeps order and exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  const jsonl = join(dir, 'batch.jsonl');
  writeFileSync(
    jsonl,
    [
      JSON.stringify({ id: 'first', text: 'The mayor said on Monday that the bridge would reopen in May.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'empty', text: '   ' }),
      JSON.stringify({
        id: 'last',
        published: '2025-01-02',
        text: 'Police said two people were hurt in the crash.',
      }),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
  const r = await cli(['extract', jsonl, join(dir, 'binary.txt'), join(dir, 'latin1.txt')]);
  assert.equal(r.code, 1);
  assert.deepEqual(
    docsOf(r.stdout).map((d) => d.id),
    ['first', 'last'],
  );
  assert.match(r.stderr, /batch\.jsonl:2\b.*DL_INGEST_BAD_JSON/);
  assert.match(r.stderr, /DL_INGEST_EMPTY/);
  assert.match(r.stderr, /binary\.txt.*DL_INGEST_BINARY/);
  assert.match(r.stderr, /latin1\.txt.*DL_INGEST_BAD_UTF8/);
});

test('ingest stores the samples once; query and show read them back', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dateline-db-')), 'd.db');
  const first = await cli(['ingest', '--db', db, join(PACKAGE_ROOT, 'samples')]);
  assert.equal(first.code, 0, first.stderr);
  const again = await cli(['ingest', '--db', db, join(PACKAGE_ROOT, 'samples')]);
  assert.equal(again.code, 0, again.stderr);
  const docs = docsOf(
    (await cli(['query', 'docs', '--db', db, '--format', 'json', '--limit', '100'])).stdout,
  );
  assert.equal(docs.length, 7);
  assert.equal(new Set(docs.map((d) => d.id)).size, 7);
  const found = await cli(['query', 'docs', '--db', db, '--search', 'helicopters', '--format', 'csv']);
  assert.match(found.stdout, /Pakistan/);
  const show = await cli(['show', '--db', db, docs[0].id]);
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /published/);
  const quotes = await cli(['query', 'quotes', '--db', db, '--format', 'json']);
  assert.ok(docsOf(quotes.stdout).length >= 5);
});

const seed = join(sharedDir(), 'seed', 'article.txt');
let seedText: string | null = null;
try {
  seedText = readFileSync(seed, 'utf8');
} catch {}

test('the seed article end to end', {
  skip: seedText ? false : 'needs ../shared/seed/article.txt',
}, async () => {
  const r = await cli(['extract', seed]);
  assert.equal(r.code, 0, r.stderr);
  const [doc] = docsOf(r.stdout);
  validateDoc(doc);
  assert.equal(doc.meta.published.value, '2020-01-01');
  assert.equal(doc.meta.published.from, 'header');
  assert.equal(
    textOf(doc, doc.meta.published as { start: number; end: number }),
    'Wednesday, January 1, 2020',
  );
  // TIMEX3 extents may leave out the preposition ("On Tuesday" → "Tuesday")
  const timex = (phrase: string) => {
    const at = doc.text.indexOf(phrase);
    return doc.timexes.find((t) => t.start < at + phrase.length && at < t.end)?.value;
  };
  assert.equal(timex('On Tuesday'), '2019-12-31');
  assert.equal(timex('on Sunday'), '2019-12-29');
  const gpe = new Set(doc.mentions.filter((m) => m.type === 'GPE').map((m) => textOf(doc, m)));
  for (const c of ['Russia', 'Iran', 'Syria', 'Switzerland', 'US']) assert.ok(gpe.has(c), `GPE ${c}`);
  assert.ok(doc.claims.some((c) => textOf(doc, c) === 'more than 130,000 people'));
  const direct = doc.quotes.filter((q) => q.kind !== 'indirect');
  const passages = ['helped strengthen', 'unseemly', 'absence of Iran', 'banned'];
  for (const p of passages) {
    const q = direct.find((x) => x.parts.some((s) => textOf(doc, s).includes(p)));
    assert.ok(q, `quote with "${p}"`);
    assert.ok(q.speaker, `speaker for "${p}"`);
    assert.match(textOf(doc, q.speaker), /Lavrov|He|Foreign Minister/);
  }
  assert.equal(timex('in 2011'), '2011');
  assert.ok(doc.findings.some((f) => f.kind === 'stale-dateline'));
});
