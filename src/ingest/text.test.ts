import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatelineError, type ErrorCode } from '../model/errors.js';
import type { Span } from '../model/schema.js';
import { validateDoc } from '../model/validate.js';
import { docFromText } from './text.js';
import { titleSpan } from './title.js';

const fails = (code: ErrorCode, docId: string) => (e: unknown) =>
  e instanceof DatelineError && e.code === code && e.docId === docId;

const ARTICLE = [
  'Wednesday, January 22, 2014',
  '',
  'Syria peace talks open in Montreux as sides trade blame',
  '',
  'MONTREUX, Switzerland — Syria’s government and opposition met on Wednesday, the UN said.',
  '',
  '“This is a start,” said the envoy, Lakhdar Brahimi.',
].join('\n');

test('a text article: date from the header, title span after it, text untouched', () => {
  const doc = docFromText(ARTICLE, { source: 'talks.txt' });
  validateDoc(doc);
  assert.equal(doc.text, ARTICLE);
  assert.deepEqual(doc.meta.published, { value: '2014-01-22', from: 'header', start: 0, end: 27 });
  const t = doc.meta.title as Span;
  assert.equal(doc.text.slice(t.start, t.end), 'Syria peace talks open in Montreux as sides trade blame');
  assert.equal(doc.meta.source, 'talks.txt');
  assert.equal(doc.meta.lang, 'en');
  assert.deepEqual(doc.entities, []);
});

test('normalisation: BOM stripped, CRLF to LF, NFC; curly quotes and dashes kept', () => {
  const raw = '\ufeffZu\u0308rich talks\r\n\r\n“Yes” — he said, and the talks went on.\r\n';
  const doc = docFromText(raw);
  assert.equal(doc.text, 'Zürich talks\n\n“Yes” — he said, and the talks went on.\n');
  assert.equal(doc.text.slice((doc.meta.title as Span).start, (doc.meta.title as Span).end), 'Zürich talks');
});

test('title: markdown headline without its marks; none when the text opens with body', () => {
  const md = '# Russia warns Iran #\n\nMOSCOW — Russia warned on Tuesday.';
  const s = titleSpan(md)!;
  assert.equal(md.slice(s.start, s.end), 'Russia warns Iran');
  assert.equal(titleSpan('MOSCOW, Jan 22 (Reuters) - Russia warned Iran on Tuesday.\n\nMore text.'), null);
  assert.equal(titleSpan('Russia warned Iran on Tuesday that it would act.\n\nMore text.'), null);
  assert.equal(titleSpan('Only a headline'), null);
  const byline = 'By Jane Doe\nRussia warns Iran\n\nBody.';
  const b = titleSpan(byline)!;
  assert.equal(byline.slice(b.start, b.end), 'Russia warns Iran');
});

test('a given title, url, id and date are kept; the id is the given one', () => {
  const doc = docFromText(ARTICLE, {
    id: 'a1',
    title: 'Talks',
    url: 'https://x.example/2014/01/21/t',
    published: '2014-01-21',
  });
  assert.equal(doc.id, 'a1');
  assert.equal(doc.meta.title, 'Talks');
  assert.deepEqual(doc.meta.published, { value: '2014-01-21', from: 'given' });
  // the caller's option wins over the record's own date
  assert.equal(
    docFromText(ARTICLE, { published: '2014-01-21' }, { published: '2014-01-20' }).meta.published.value,
    '2014-01-20',
  );
});

test('bad text input: empty, whitespace, control characters, too large, not English, bad given date', () => {
  assert.throws(() => docFromText('', { source: 'e.txt' }), fails('DL_INGEST_EMPTY', 'e.txt'));
  assert.throws(
    () => docFromText(' \n\t\u00a0\u200b\n', { source: 'e.txt' }),
    fails('DL_INGEST_EMPTY', 'e.txt'),
  );
  assert.throws(() => docFromText('abc\u0000def', { id: 'x' }), fails('DL_INGEST_BINARY', 'x'));
  assert.throws(
    () => docFromText('é'.repeat(600), { source: 'big' }, { maxBytes: 1000 }),
    fails('DL_INGEST_TOO_LARGE', 'big'),
  );
  const fr =
    'Le ministre a déclaré mardi que le retrait de l’invitation était une erreur, mais pas une catastrophe.';
  assert.throws(() => docFromText(fr, { source: 'fr.txt' }), fails('DL_INGEST_NOT_ENGLISH', 'fr.txt'));
  assert.equal(docFromText(fr, {}, { allowNonEnglish: true }).meta.lang, 'fr');
  assert.throws(
    () => docFromText(ARTICLE, { source: 'd.txt' }, { published: '22/01/2014' }),
    fails('DL_INGEST_BAD_DATE', 'd.txt'),
  );
});
