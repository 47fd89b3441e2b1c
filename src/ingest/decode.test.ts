import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatelineError, type ErrorCode } from '../model/errors.js';
import { decodeBytes, firstInvalidUtf8 } from './decode.js';

const fails =
  (code: ErrorCode, docId = 'a.txt') =>
  (e: unknown) =>
    e instanceof DatelineError && e.code === code && e.docId === docId;

test('UTF-8 text with curly quotes, dashes and CJK decodes as is', () => {
  const buf = Buffer.from('Lavrov said “no” — twice. Zürich, 北京', 'utf8');
  assert.equal(decodeBytes(buf, 'a.txt'), 'Lavrov said “no” — twice. Zürich, 北京');
});

test('invalid UTF-8 fails with the byte offset', () => {
  const buf = Buffer.concat([
    Buffer.from('Caf', 'latin1'),
    Buffer.from([0xe9]),
    Buffer.from(' au lait', 'latin1'),
  ]);
  assert.throws(() => decodeBytes(buf, 'a.txt'), fails('DL_INGEST_BAD_UTF8'));
  assert.equal(firstInvalidUtf8(buf), 3);
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0); // a UTF-16 surrogate
  assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0x80])), 0); // overlong NUL
  assert.equal(firstInvalidUtf8(Buffer.from('ok “fine”', 'utf8')), -1);
});

test('binary input fails: NUL bytes, or many control characters', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  assert.throws(() => decodeBytes(png, 'a.txt'), fails('DL_INGEST_BINARY'));
  const controls = Buffer.from('text\x01\x02\x03\x04\x05 more', 'latin1');
  assert.throws(() => decodeBytes(controls, 'a.txt'), fails('DL_INGEST_BINARY'));
  // negative: one stray form feed or escape in a long text is tolerated
  const ok = Buffer.from(`${'A long paragraph of news. '.repeat(20)}\x0c${'More. '.repeat(10)}`, 'utf8');
  assert.ok(decodeBytes(ok, 'a.txt').length > 0);
});

test('input over maxBytes fails before decoding', () => {
  const buf = Buffer.alloc(2048, 0x61);
  assert.throws(() => decodeBytes(buf, 'a.txt', { maxBytes: 1024 }), fails('DL_INGEST_TOO_LARGE'));
  assert.equal(decodeBytes(buf, 'a.txt', { maxBytes: 4096 }).length, 2048);
  // a limit that is not a positive number falls back to the 5 MiB default
  assert.equal(decodeBytes(buf, 'a.txt', { maxBytes: Number.NaN }).length, 2048);
  assert.throws(
    () => decodeBytes(Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), 'a.txt', { maxBytes: -1 }),
    fails('DL_INGEST_TOO_LARGE'),
  );
});

test('UTF-16 with a BOM decodes; a legacy charset declared by an HTML page is honoured', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Lavrov said “no”.', 'utf16le')]);
  assert.equal(decodeBytes(le, 'a.txt'), 'Lavrov said “no”.');
  const page = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>', 'latin1'),
    Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]),
    Buffer.from('</p></body></html>', 'latin1'),
  ]);
  assert.ok(decodeBytes(page, 'a.html').includes('<p>“Café” – €5</p>'));
  const http = Buffer.from(
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Montr\xe9al</p>',
    'latin1',
  );
  assert.ok(decodeBytes(http, 'a.html').includes('Montréal'));
  // negative: a page that declares UTF-8 (or nothing) and is not fails as before
  const liar = Buffer.from('<meta charset="utf-8"><p>Montr\xe9al</p>', 'latin1');
  assert.throws(() => decodeBytes(liar, 'a.html'), fails('DL_INGEST_BAD_UTF8', 'a.html'));
});

test('a UTF-8 BOM is dropped by the decoder', () => {
  assert.equal(decodeBytes(Buffer.from('\ufeffJan. 5, 2014', 'utf8'), 'a.txt'), 'Jan. 5, 2014');
});
