import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { validateDoc } from '../model/validate.js';
import { sharedDir } from '../paths.js';
import { type Ingested, readInputs, readStream } from './read.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const STORY =
  'Jan. 22, 2014\n\nSyria talks open\n\nMONTREUX, Switzerland — The talks opened on Wednesday, the UN said.\n';
const OTHER =
  'Russia warns Iran\n\nMOSCOW — Russia warned Iran on Tuesday that the talks would fail without it.\n';

function write(rel: string, data: string | Uint8Array): string {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
}

async function all(gen: AsyncIterable<Ingested>): Promise<Ingested[]> {
  const out: Ingested[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

const summary = (rs: Ingested[]) =>
  rs.map((r) =>
    'doc' in r ? `${r.source.replace(dir, '')} ok` : `${r.source.replace(dir, '')} ${r.error.code}`,
  );

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p, 'utf8');
}

test('a directory: recursive, sorted, hidden and unknown files skipped, each file by its kind', async () => {
  write('tree/b.txt', STORY);
  write('tree/a.md', OTHER);
  write('tree/sub/c.html', `<html><head><title>Talks</title></head><body><p>${OTHER}</p></body></html>`);
  write('tree/sub/d', STORY);
  write('tree/.hidden.txt', STORY);
  write('tree/.git/e.txt', STORY);
  write('tree/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  symlinkSync(join(dir, 'tree/b.txt'), join(dir, 'tree/sub/link.txt'));
  symlinkSync(join(dir, 'tree'), join(dir, 'tree/sub/loop'));
  const rs = await all(readInputs([join(dir, 'tree')]));
  assert.deepEqual(summary(rs), [
    '/tree/a.md ok',
    '/tree/b.txt ok',
    '/tree/sub/c.html ok',
    '/tree/sub/d ok',
    '/tree/sub/link.txt ok',
  ]);
  for (const r of rs) if ('doc' in r) validateDoc(r.doc);
  const b = rs[1] as { doc: { meta: { published: { value: string | null }; source?: string } } };
  assert.equal(b.doc.meta.published.value, '2014-01-22');
  assert.equal(b.doc.meta.source, join(dir, 'tree/b.txt'));
});

test('globs, missing paths and inputs keep their order', async () => {
  write('glob/one.txt', STORY);
  write('glob/two.txt', OTHER);
  write('glob/three.md', OTHER);
  const rs = await all(
    readInputs([
      join(dir, 'glob/*.txt'),
      join(dir, 'missing.txt'),
      join(dir, 'glob/three.md'),
      join(dir, 'nomatch/*.txt'),
    ]),
  );
  assert.deepEqual(summary(rs), [
    '/glob/one.txt ok',
    '/glob/two.txt ok',
    '/missing.txt DL_INGEST_NOT_FOUND',
    '/glob/three.md ok',
    '/nomatch/*.txt DL_INGEST_NOT_FOUND',
  ]);
});

test('JSON Lines: ids, given dates, html records, bad lines named by file:line, order kept', async () => {
  const lines = [
    JSON.stringify({ id: 'r1', text: STORY, published: '2014-01-20' }),
    '',
    '{"id": "r2", "text": "broken',
    JSON.stringify({ id: 'r3', title: 'No body' }),
    JSON.stringify({
      url: 'https://x.example/2014/01/23/a',
      html: `<html><body><p>${OTHER}</p></body></html>`,
    }),
    JSON.stringify({ id: 'r5', text: '   ' }),
    JSON.stringify({ id: 'r6', text: STORY, published: 'last Tuesday' }),
    JSON.stringify([1, 2]),
    JSON.stringify({
      id: 'r8',
      text: 'Le ministre a déclaré mardi que le retrait de l’invitation était une erreur, mais pas une catastrophe.',
    }),
    JSON.stringify({ id: 'r9', text: OTHER }),
  ];
  const path = write('batch.jsonl', `${lines.join('\r\n')}\n`);
  const rs = await all(readInputs([path]));
  assert.deepEqual(summary(rs), [
    '/batch.jsonl:1 ok',
    '/batch.jsonl:3 DL_INGEST_BAD_JSON',
    '/batch.jsonl:4 DL_INGEST_BAD_RECORD',
    '/batch.jsonl:5 ok',
    '/batch.jsonl:6 DL_INGEST_EMPTY',
    '/batch.jsonl:7 DL_INGEST_BAD_DATE',
    '/batch.jsonl:8 DL_INGEST_BAD_RECORD',
    '/batch.jsonl:9 DL_INGEST_NOT_ENGLISH',
    '/batch.jsonl:10 ok',
  ]);
  const first = rs[0] as { doc: { id: string; meta: { published: unknown } } };
  assert.equal(first.doc.id, 'r1');
  assert.deepEqual(first.doc.meta.published, { value: '2014-01-20', from: 'given' });
  const html = rs[3] as { doc: { meta: { published: unknown; url?: string } } };
  assert.deepEqual(html.doc.meta.published, { value: '2014-01-23', from: 'url' });
  // errors name the record by its id when it has one, else by file:line
  const named = rs
    .filter((r) => 'error' in r)
    .map((r) => ('error' in r ? r.error.docId.replace(dir, '') : ''));
  assert.deepEqual(named, ['/batch.jsonl:3', 'r3', 'r5', 'r6', '/batch.jsonl:8', 'r8']);
});

test('bad files: empty, binary, invalid UTF-8, too large; the batch goes on', async () => {
  const paths = [
    write('bad/empty.txt', ''),
    write('bad/blank.txt', ' \n\n\t \n'),
    write('bad/binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])),
    write(
      'bad/latin1.txt',
      Buffer.from('Caf\xe9 talks in Montr\xe9al, the minister said on Tuesday.', 'latin1'),
    ),
    write('bad/huge.txt', STORY.repeat(40)),
    write('bad/broken.html', '<html><body><script>var a = 1;</script><style>p{}</style></body></html>'),
    write('bad/good.txt', STORY),
  ];
  const rs = await all(readInputs(paths, { maxBytes: 2000 }));
  assert.deepEqual(summary(rs), [
    '/bad/empty.txt DL_INGEST_EMPTY',
    '/bad/blank.txt DL_INGEST_EMPTY',
    '/bad/binary.txt DL_INGEST_BINARY',
    '/bad/latin1.txt DL_INGEST_BAD_UTF8',
    '/bad/huge.txt DL_INGEST_TOO_LARGE',
    '/bad/broken.html DL_INGEST_BAD_HTML',
    '/bad/good.txt ok',
  ]);
  const bin = rs[2] as { error: { docId: string; offset?: number } };
  assert.equal(bin.error.docId, paths[2]);
  assert.equal(bin.error.offset, 4);
  const utf = rs[3] as { error: { offset?: number } };
  assert.equal(utf.error.offset, 3);
});

test('a JSON Lines line with invalid UTF-8 or a NUL fails alone, named by its line', async () => {
  const path = write(
    'enc.jsonl',
    Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 'a', text: OTHER })}\n{"text": "Montr`),
      Buffer.from([0xe9]),
      Buffer.from('al talks"}\n{"text": "a\u0000b"}\n'),
      Buffer.from(`${JSON.stringify({ id: 'd', text: STORY })}\n`),
    ]),
  );
  assert.deepEqual(summary(await all(readInputs([path]))), [
    '/enc.jsonl:1 ok',
    '/enc.jsonl:2 DL_INGEST_BAD_UTF8',
    '/enc.jsonl:3 DL_INGEST_BINARY',
    '/enc.jsonl:4 ok',
  ]);
});

test('a JSON Lines line over the limit fails alone', async () => {
  const path = write(
    'long.jsonl',
    [JSON.stringify({ text: STORY.repeat(50) }), JSON.stringify({ text: OTHER })].join('\n'),
  );
  assert.deepEqual(summary(await all(readInputs([path], { maxBytes: 1000 }))), [
    '/long.jsonl:1 DL_INGEST_TOO_LARGE',
    '/long.jsonl:2 ok',
  ]);
});

test('stdin: JSON Lines when the first line is a JSON object, split across chunks', async () => {
  const a = JSON.stringify({ id: 'a', text: STORY });
  const b = JSON.stringify({ id: 'b', text: OTHER });
  const rs = await all(
    readStream(chunks('\n', a.slice(0, 10), `${a.slice(10)}\n${b.slice(0, 5)}`, `${b.slice(5)}\n`), '-'),
  );
  assert.deepEqual(summary(rs), ['-:2 ok', '-:3 ok']);
  assert.deepEqual(
    rs.map((r) => ('doc' in r ? r.doc.id : '')),
    ['a', 'b'],
  );
});

test('stdin: text or HTML otherwise, as one document named "-"', async () => {
  const text = await all(
    readStream(
      chunks('\ufeffJan. 22, 2014\r\n\r\nSyria talks', ' open\n\nMONTREUX — The talks opened.\n'),
      '-',
    ),
  );
  assert.equal(summary(text)[0], '- ok');
  const doc = (text[0] as { doc: { text: string; meta: { published: { value: string | null } } } }).doc;
  assert.equal(doc.text, 'Jan. 22, 2014\n\nSyria talks open\n\nMONTREUX — The talks opened.\n');
  assert.equal(doc.meta.published.value, '2014-01-22');
  const html = await all(readStream(chunks(`<!doctype html><html><body><p>${OTHER}</p></body></html>`), '-'));
  assert.ok((html[0] as { doc: { text: string } }).doc.text.startsWith('Russia warns Iran'));
  assert.deepEqual(summary(await all(readStream(chunks(''), '-'))), ['- DL_INGEST_EMPTY']);
  assert.deepEqual(summary(await all(readStream(chunks(STORY, STORY), '-', { maxBytes: 100 }))), [
    '- DL_INGEST_TOO_LARGE',
  ]);
});

test('a date given by the caller applies to every document; a bad one fails each, the batch goes on', async () => {
  const a = write('given/a.txt', STORY);
  const b = write('given/b.txt', OTHER);
  const rs = await all(readInputs([a, b], { published: '2014-02-01' }));
  assert.deepEqual(
    rs.map((r) => ('doc' in r ? r.doc.meta.published : null)),
    [
      { value: '2014-02-01', from: 'given' },
      { value: '2014-02-01', from: 'given' },
    ],
  );
  assert.deepEqual(summary(await all(readInputs([a, b], { published: 'Feb 1' }))), [
    '/given/a.txt DL_INGEST_BAD_DATE',
    '/given/b.txt DL_INGEST_BAD_DATE',
  ]);
});

const SEED = join(sharedDir(), 'seed', 'article.txt');

test('the seed article read from disk: date from its header, headline as title', {
  skip: existsSync(SEED) ? false : 'needs ../shared/seed/article.txt',
}, async () => {
  const [r] = await all(readInputs([SEED]));
  assert.ok('doc' in r);
  const { doc } = r;
  validateDoc(doc);
  const firstLine = doc.text.split('\n')[0];
  assert.deepEqual(doc.meta.published, {
    value: '2020-01-01',
    from: 'header',
    start: 0,
    end: firstLine.length,
  });
  const t = doc.meta.title as { start: number; end: number };
  // the headline is the first non-empty line after the date line
  assert.equal(doc.text.slice(t.start, t.end), doc.text.split('\n').filter(Boolean)[1]);
  assert.equal(doc.meta.source, SEED);
});

test('a path that cannot be read (a socket) fails with DL_INGEST_UNREADABLE, the batch goes on', async () => {
  const sock = join(dir, 'feed.sock');
  const server = createServer();
  await new Promise<void>((done) => server.listen(sock, done));
  try {
    const good = write('unreadable/good.txt', STORY);
    assert.deepEqual(summary(await all(readInputs([sock, good]))), [
      '/feed.sock DL_INGEST_UNREADABLE',
      '/unreadable/good.txt ok',
    ]);
  } finally {
    await new Promise((done) => server.close(done));
  }
});
