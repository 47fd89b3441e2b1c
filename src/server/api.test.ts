import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { SCHEMA_ID } from '../model/schema.js';
import { ARTICLES, articleDoc } from '../store/fixtures.js';
import { openStore } from '../store/index.js';
import { buildApp } from './app.js';
import { fakeExtract, fakeWebRoot, testApp } from './test-app.js';

const auth = { authorization: 'Bearer s3cret' };

describe('API reads', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await testApp({ token: 's3cret' });
  });
  after(() => app.close());

  test('health and version', async () => {
    const h = await app.inject({ url: '/health' });
    assert.equal(h.statusCode, 200);
    assert.equal(h.json().docs, 3);
    assert.equal(h.json().backend, 'sqlite');
    const v = await app.inject({ url: '/version' });
    assert.equal(v.json().schema, SCHEMA_ID);
  });

  test('documents filter by date and full text, and page with a next link', async () => {
    const r = await app.inject({ url: '/documents?from=2020&to=2021-12' });
    const titles = r.json().items.map((d: { title: string }) => d.title);
    assert.deepEqual(titles.sort(), [
      'Norway talks on fishing quotas to resume',
      'Uganda talks on railway tariffs to resume',
    ]);
    const q = await app.inject({ url: '/documents?q=copper' });
    assert.deepEqual(
      q.json().items.map((d: { title: string }) => d.title),
      ['Chile talks on copper exports to resume'],
    );
    const p1 = await app.inject({ url: '/documents?limit=2' });
    assert.equal(p1.json().items.length, 2);
    assert.equal(p1.json().next, '/documents?limit=2&offset=2');
    const p2 = await app.inject({ url: p1.json().next });
    assert.equal(p2.json().items.length, 1);
    assert.equal(p2.json().next, null);
  });

  test('one document comes back whole; its quote offsets slice the speaker', async () => {
    const list = await app.inject({ url: '/documents?q=fishing' });
    const id = list.json().items[0].id;
    const r = await app.inject({ url: `/documents/${id}` });
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    const q = doc.quotes[1];
    assert.equal(doc.text.slice(q.parts[0].start, q.parts[0].end), 'We are ready to meet them halfway,');
    assert.equal(doc.text.slice(q.speaker.start, q.speaker.end), 'Berg');
    assert.equal(doc.entities[q.speaker.entity].name, 'Anna Berg');
  });

  test('an unknown document is a 404 problem', async () => {
    const r = await app.inject({ url: '/documents/0000000000000000' });
    assert.equal(r.statusCode, 404);
    assert.match(r.headers['content-type'] as string, /^application\/problem\+json/);
    assert.equal(r.json().status, 404);
  });

  test('quotes by speaker and text', async () => {
    const r = await app.inject({ url: '/quotes?speaker=otieno' });
    const rows = r.json().items;
    assert.equal(rows.length, 2);
    assert.ok(rows.every((q: { speaker: string }) => q.speaker === 'Samuel Otieno'));
    const t = await app.inject({ url: '/quotes?q=halfway&speaker=quispe' });
    assert.deepEqual(
      t.json().items.map((q: { text: string }) => q.text),
      ['We are ready to meet them halfway,'],
    );
  });

  test('entities by type, events by actor code and date, findings, timexes', async () => {
    const e = await app.inject({ url: '/entities?type=PERSON' });
    assert.deepEqual(
      e
        .json()
        .items.map((x: { name: string }) => x.name)
        .sort(),
      ['Anna Berg', 'Lucía Quispe', 'Samuel Otieno'],
    );
    const ev = await app.inject({ url: '/events?actor=UGA&from=2021' });
    assert.equal(ev.json().items.length, 1);
    assert.equal(ev.json().items[0].target, 'Uganda');
    const none = await app.inject({ url: '/events?actor=UGA&to=2020' });
    assert.equal(none.json().items.length, 0);
    const f = await app.inject({ url: '/findings?kind=weekday-check&limit=1' });
    assert.equal(f.json().items.length, 1);
    assert.ok(f.json().next);
    const t = await app.inject({ url: '/timexes?type=DATE&from=2019-11&to=2019-11' });
    assert.ok(t.json().items.every((x: { value: string }) => x.value === '2019-11-20'));
  });

  test('bad query parameters are 400 problems naming the parameter', async () => {
    for (const url of [
      '/documents?from=yesterday',
      '/events?from=2025-13',
      '/documents?to=2025-02-32',
      '/quotes?limit=0',
      '/quotes?limit=abc',
      '/events?offset=-1',
    ]) {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 400, url);
      assert.equal(r.json().code, 'FST_ERR_VALIDATION', url);
      assert.match(r.json().detail, /querystring\//, url);
    }
  });

  test('OpenAPI document lists every route and the docs UI is served', async () => {
    const r = await app.inject({ url: '/openapi.json' });
    const paths = Object.keys(r.json().paths);
    for (const p of [
      '/documents',
      '/documents/{id}',
      '/extract',
      '/quotes',
      '/entities',
      '/events',
      '/findings',
    ]) {
      assert.ok(paths.includes(p), p);
    }
    assert.equal(r.json().openapi.slice(0, 2), '3.');
    const ui = await app.inject({ url: '/docs/' });
    assert.equal(ui.statusCode, 200);
    assert.match(ui.body, /swagger/i);
  });
});

describe('API writes', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await testApp({ token: 's3cret' });
  });
  after(() => app.close());

  test('POST /documents with text stores the Doc and links to it', async () => {
    const text = 'GENEVA - The talks resumed on Monday, an official said.';
    const r = await app.inject({
      method: 'POST',
      url: '/documents?published=2020-01-06&title=Talks',
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: text,
    });
    assert.equal(r.statusCode, 201);
    assert.equal(r.json().text, text);
    assert.equal(r.json().meta.published.value, '2020-01-06');
    const again = await app.inject({ url: r.headers.location as string });
    assert.equal(again.json().id, r.json().id);
    // The same article again is not a new document.
    const dup = await app.inject({
      method: 'POST',
      url: '/documents?published=2020-01-06&title=Talks',
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: text,
    });
    assert.equal(dup.statusCode, 200);
    assert.equal(dup.headers['dateline-stored'], 'unchanged');
  });

  test('POST /documents takes HTML and JSON records', async () => {
    const h = await app.inject({
      method: 'POST',
      url: '/documents',
      headers: { ...auth, 'content-type': 'text/html; charset=utf-8' },
      payload: '<html><body><p>Rain fell on Lima on Friday.</p></body></html>',
    });
    assert.equal(h.statusCode, 201);
    assert.equal(h.json().text, 'Rain fell on Lima on Friday.');
    const j = await app.inject({
      method: 'POST',
      url: '/documents',
      headers: auth,
      payload: {
        id: 'wire-42',
        title: 'Port',
        published: '2021-02-03',
        text: 'The port reopened on Tuesday.',
      },
    });
    assert.equal(j.statusCode, 201);
    assert.equal(j.json().id, 'wire-42');
    assert.equal((await app.inject({ url: '/documents/wire-42' })).json().meta.title, 'Port');
  });

  test('POST /extract returns the Doc without storing it', async () => {
    const before = (await app.inject({ url: '/health' })).json().docs;
    const r = await app.inject({
      method: 'POST',
      url: '/extract',
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: 'NAIROBI - Trains ran late again on Monday.',
    });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().schema, SCHEMA_ID);
    assert.equal((await app.inject({ url: '/health' })).json().docs, before);
  });

  test('a record with neither text nor html, or empty text, is a 400 problem with the ingest code', async () => {
    const r = await app.inject({ method: 'POST', url: '/documents', headers: auth, payload: { title: 'x' } });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().code, 'DL_INGEST_BAD_RECORD');
    const e = await app.inject({
      method: 'POST',
      url: '/extract',
      headers: { ...auth, 'content-type': 'text/plain' },
      payload: '   ',
    });
    assert.equal(e.statusCode, 400);
    assert.equal(e.json().code, 'DL_INGEST_EMPTY');
  });

  test('an unsupported content type is 415', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/documents',
      headers: { ...auth, 'content-type': 'application/pdf' },
      payload: '%PDF-1.4',
    });
    assert.equal(r.statusCode, 415);
    assert.match(r.headers['content-type'] as string, /problem\+json/);
  });
});

describe('API claims', () => {
  test('a claim row carries its outcome (what happened to those counted)', async () => {
    const store = await openStore(':memory:');
    const doc = articleDoc(ARTICLES[0]);
    const signed = doc.text.indexOf('signed');
    doc.claims[0].outcome = { start: signed, end: signed + 'signed'.length, kind: 'arrested' };
    await store.putDoc(doc);
    const app = await buildApp({ store, extract: fakeExtract, webRoot: fakeWebRoot() });
    try {
      const r = await app.inject({ url: `/claims?doc=${doc.id}` });
      assert.equal(r.statusCode, 200);
      assert.equal(r.json().items.length, 1);
      assert.equal(r.json().items[0].outcome, 'arrested');
      assert.equal(r.json().items[0].counts, 'people');
    } finally {
      await app.close();
      await store.close();
    }
  });
});
