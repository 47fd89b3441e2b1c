import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { checkRedis, deadQueueOf, jobIdOf, redisUrlOf } from './names.js';

test('job ids: plain document ids unchanged, ids BullMQ refuses encoded, one-to-one', () => {
  assert.equal(jobIdOf('2c983ca0b0e09d6b'), '2c983ca0b0e09d6b');
  assert.equal(jobIdOf('q-12'), 'q-12');
  assert.equal(jobIdOf('12'), '~12');
  assert.equal(jobIdOf('urn:news:1'), '~urn%3Anews%3A1');
  const ids = ['12', '~12', 'a:b', 'a%3Ab', '~a%3Ab', 'x y'];
  const jobs = ids.map(jobIdOf);
  assert.equal(new Set(jobs).size, ids.length);
  for (const j of jobs) assert.ok(!j.includes(':') && !/^\d+$/.test(j), j);
});

test('queue names and the Redis URL default', () => {
  assert.equal(deadQueueOf('dateline'), 'dateline-dead');
  assert.equal(redisUrlOf('redis://h:1'), 'redis://h:1');
});

test('a Redis that does not answer fails DL_QUEUE_FAILED at once, password hidden', async () => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  const url = `redis://:hunter2@127.0.0.1:${port}`;
  await assert.rejects(
    checkRedis(url),
    (e: Error & { code?: string }) =>
      e.code === 'DL_QUEUE_FAILED' && /ECONNREFUSED/.test(e.message) && !e.message.includes('hunter2'),
  );
});
