import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../cli/serve.js';
import { isDatelineError } from '../model/errors.js';
import { ARTICLES, articleDoc } from '../store/fixtures.js';
import { openStore } from '../store/index.js';
import { serve } from './serve.js';
import { fakeExtract } from './test-app.js';

test('serve() listens on loopback and answers over real HTTP', async () => {
  const store = await openStore(':memory:');
  await store.putDoc(articleDoc(ARTICLES[0]));
  const { app, url } = await serve({ store, port: 0, token: 'k', extract: fakeExtract });
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await fetch(`${url}health`);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { docs: number }).docs, 1);
    const denied = await fetch(`${url}documents`, {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(denied.status, 401);
  } finally {
    await app.close();
    await store.close();
  }
});

test('dateline serve refuses a bad port or flag as a usage error', async () => {
  for (const argv of [['--port', 'eighty'], ['--port', '70000'], ['--colour']]) {
    await assert.rejects(run(argv), (e) => isDatelineError(e) && e.code === 'DL_USAGE', argv.join(' '));
  }
});
