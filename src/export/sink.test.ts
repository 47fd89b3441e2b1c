import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { TextSink } from './sink.js';

test('waits for a slow reader without piling up listeners, and ends cleanly', async () => {
  let read = '';
  let full = 0;
  const out = new Writable({
    highWaterMark: 16,
    write(chunk, _enc, cb) {
      read += chunk;
      setImmediate(cb);
    },
  });
  const write = out.write.bind(out);
  out.write = (chunk: string) => {
    const ok = write(chunk);
    if (!ok) full++;
    return ok;
  };
  const sink = new TextSink(out);
  for (let i = 0; i < 500; i++) await sink.write(`line ${i}\n`);
  assert.ok(out.listenerCount('close') <= 1, `close listeners: ${out.listenerCount('close')}`);
  assert.ok(out.listenerCount('drain') <= 1, `drain listeners: ${out.listenerCount('drain')}`);
  assert.ok(full > 100, `the buffer filled ${full} times`);
  await sink.end(true);
  assert.equal(read.split('\n').length, 501);
  assert.ok(read.endsWith('line 499\n'));
});

test('a closed pipe stops writing quietly; any other write error is thrown', async () => {
  const pipeGone = new Writable({
    highWaterMark: 1,
    write: (_c, _e, cb) => cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })),
  });
  const quiet = new TextSink(pipeGone);
  await quiet.write('a\n');
  await quiet.write('b\n');
  assert.equal(quiet.closed, true);
  await quiet.end(false);

  const diskFull = new Writable({
    highWaterMark: 1,
    write: (_c, _e, cb) => cb(Object.assign(new Error('no space left'), { code: 'ENOSPC' })),
  });
  const loud = new TextSink(diskFull);
  await assert.rejects(
    (async () => {
      for (let i = 0; i < 3; i++) await loud.write('x\n');
    })(),
    /no space left/,
  );
  assert.equal(loud.closed, false);
});
