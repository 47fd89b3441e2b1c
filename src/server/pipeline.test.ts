import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { PACKAGE_ROOT } from '../paths.js';
import { openStore, type Store } from '../store/index.js';
import { buildApp } from './app.js';

const sample = (name: string) => readFileSync(join(PACKAGE_ROOT, 'samples', name), 'utf8');
const auth = { authorization: 'Bearer t0ken' };

describe('the API over the real extractor', () => {
  let app: FastifyInstance;
  let store: Store;
  before(async () => {
    store = await openStore(':memory:');
    app = await buildApp({ store, token: 't0ken' });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('a text article is stored with its layers, and its rows are queryable', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/documents',
      headers: { ...auth, 'content-type': 'text/plain; charset=utf-8' },
      payload: sample('01-harbour-strike.txt'),
    });
    assert.equal(r.statusCode, 201, r.body);
    const doc = r.json();
    assert.ok(doc.sentences.length > 1);
    assert.ok(doc.entities.length > 0);
    for (const m of doc.mentions) assert.equal(m.end > m.start, true);
    const ents = (await app.inject({ url: `/entities?doc=${doc.id}&limit=1000` })).json().items;
    assert.equal(ents.length, doc.entities.length);
    for (const e of ents) if (e.start !== null) assert.equal(doc.text.slice(e.start, e.end), e.text);
  });

  test('an HTML page takes its publication date from the markup', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/extract',
      headers: { ...auth, 'content-type': 'text/html' },
      payload: sample('06-flood-aid.html'),
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().meta.published.from, 'html-meta');
    assert.doesNotMatch(r.json().text, /<\/?(p|div|meta)\b/);
  });

  test('quote-convention=speaker keeps only quotes with a named speaker', async () => {
    const text =
      'The bill is expected to pass the Senate next week. "We will fight it," Senator Jane Smith said.\n';
    const quotes = async (query: string) => {
      const r = await app.inject({
        method: 'POST',
        url: `/extract?only=segment,parse,quotes${query}`,
        headers: { ...auth, 'content-type': 'text/plain' },
        payload: text,
      });
      assert.equal(r.statusCode, 200, r.body);
      return r.json().quotes.map((q: { speaker: unknown }) => (q.speaker ? 'speaker' : 'none'));
    };
    assert.deepEqual(await quotes(''), ['none', 'speaker']);
    assert.deepEqual(await quotes('&quote-convention=speaker'), ['speaker']);
    const bad = await app.inject({
      method: 'POST',
      url: '/extract?quote-convention=tracker',
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: text,
    });
    assert.equal(bad.statusCode, 400);
  });

  test('bad input comes back as problem JSON with the ingest code', async () => {
    const cases: [string, string, string, number, string][] = [
      ['text/html', '<html><head><script>x()</script></head><body></body></html>', '', 400, 'DL_INGEST_'],
      ['text/plain', '   \n  ', '', 400, 'DL_INGEST_EMPTY'],
      [
        'text/plain',
        'Der Bundestag hat am Dienstag das Gesetz über die Rente beschlossen, sagte die Ministerin.',
        '',
        422,
        'DL_INGEST_NOT_ENGLISH',
      ],
      ['text/plain', 'The talks resumed on Monday.', '?published=last%20week', 400, 'DL_INGEST_BAD_DATE'],
      ['text/plain', 'The talks resumed on Monday.', '?only=nosuchstage', 400, 'DL_PIPELINE_UNKNOWN_STAGE'],
    ];
    for (const [type, payload, query, status, code] of cases) {
      const r = await app.inject({
        method: 'POST',
        url: `/extract${query}`,
        headers: { ...auth, 'content-type': type },
        payload,
      });
      assert.equal(r.statusCode, status, `${code}: ${r.body}`);
      assert.match(r.headers['content-type'] as string, /^application\/problem\+json/);
      assert.ok(r.json().code.startsWith(code), r.body);
    }
  });
});
