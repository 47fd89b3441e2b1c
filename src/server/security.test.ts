import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testApp } from './test-app.js';

const text = { 'content-type': 'text/plain' };
const body = 'LIMA - Copper exports rose in March, the ministry said.';

describe('writes need a bearer token', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await testApp({ token: 's3cret' });
  });
  after(() => app.close());

  for (const url of ['/documents', '/extract']) {
    test(`${url} without a token, or with a wrong one, is 401 and stores nothing`, async () => {
      for (const authorization of [
        undefined,
        'Bearer wrong',
        'Basic czNjcmV0',
        'Bearer s3cret2',
        'Bearer ',
      ]) {
        const r = await app.inject({
          method: 'POST',
          url,
          headers: authorization ? { ...text, authorization } : text,
          payload: body,
        });
        assert.equal(r.statusCode, 401, String(authorization));
        assert.match(r.headers['content-type'] as string, /^application\/problem\+json/);
        assert.equal(r.headers['www-authenticate'], 'Bearer realm="dateline"');
      }
      assert.equal((await app.inject({ url: '/health' })).json().docs, 3);
    });
  }

  test('reads need no token', async () => {
    assert.equal((await app.inject({ url: '/documents' })).statusCode, 200);
  });
});

describe('with no token set', () => {
  test('writes are refused (403) unless the server is open', async () => {
    const closed = await testApp();
    const r = await closed.inject({ method: 'POST', url: '/documents', headers: text, payload: body });
    assert.equal(r.statusCode, 403);
    assert.match(r.json().detail, /--token/);
    await closed.close();
    const open = await testApp({ open: true });
    const ok = await open.inject({ method: 'POST', url: '/documents', headers: text, payload: body });
    assert.equal(ok.statusCode, 201);
    await open.close();
  });
});

describe('hostile input', () => {
  let app: FastifyInstance;
  const auth = { authorization: 'Bearer s3cret' };
  before(async () => {
    app = await testApp({ token: 's3cret', bodyLimit: 10_000 });
  });
  after(() => app.close());

  test('a body over the limit is 413 problem JSON', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/documents',
      headers: { ...auth, ...text },
      payload: 'word '.repeat(5000),
    });
    assert.equal(r.statusCode, 413);
    assert.equal(r.json().status, 413);
    assert.match(r.headers['content-type'] as string, /^application\/problem\+json/);
  });

  test('malformed JSON is a 400 problem', async () => {
    for (const payload of ['{"text": ', '{"text": "a",}', 'null', '[1,2]', '{"text": 5}']) {
      const r = await app.inject({
        method: 'POST',
        url: '/documents',
        headers: { ...auth, 'content-type': 'application/json' },
        payload,
      });
      assert.equal(r.statusCode, 400, payload);
      assert.match(r.headers['content-type'] as string, /^application\/problem\+json/, payload);
      assert.equal(r.json().status, 400);
    }
  });

  test('HTML with no article in it is a 400 problem with the ingest code', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/documents',
      headers: { ...auth, 'content-type': 'text/html' },
      payload: '<html><body><div><script>alert(1)</script',
    });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().code, 'DL_INGEST_BAD_HTML');
  });

  test('SQL-like query strings find nothing and break nothing', async () => {
    const attacks = [
      "' OR '1'='1",
      "x'; DROP TABLE docs; --",
      '" OR 1=1 --',
      'NEAR(a b) OR *',
      '%',
      '_',
      "Berg') UNION SELECT * FROM docs --",
    ];
    for (const a of attacks) {
      for (const url of [
        `/documents?q=${encodeURIComponent(a)}`,
        `/quotes?speaker=${encodeURIComponent(a)}`,
        `/quotes?q=${encodeURIComponent(a)}`,
        `/entities?q=${encodeURIComponent(a)}`,
        `/events?actor=${encodeURIComponent(a)}&code=${encodeURIComponent(a)}`,
        `/findings?kind=${encodeURIComponent(a)}`,
      ]) {
        const r = await app.inject({ url });
        assert.ok(r.statusCode === 200 || r.statusCode === 400, `${url} → ${r.statusCode}`);
        if (r.statusCode === 200) assert.equal(r.json().items.length, 0, url);
      }
    }
    assert.equal((await app.inject({ url: '/health' })).json().docs, 3);
  });

  test('static serving does not climb out of the explorer folder', async () => {
    assert.equal((await app.inject({ url: '/app.js' })).statusCode, 200);
    for (const url of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%5c..%5cpackage.json',
      '/....//....//etc/passwd',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/.env',
    ]) {
      const r = await app.inject({ url });
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${url} → ${r.statusCode}`);
      assert.doesNotMatch(r.body, /"dependencies"|root:x:0/, url);
    }
  });
});
