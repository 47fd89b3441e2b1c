import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runBatchOnPool, runBatchWith } from './batch.js';
import { createPool, type Pool } from './pool.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-scale-'));
let pool: Pool;
before(async () => {
  writeFileSync(
    join(dir, 'a.txt'),
    'The mayor of Leeds said on Monday that the bridge would reopen in March.\n',
  );
  writeFileSync(join(dir, 'b.txt'), '   \n');
  writeFileSync(join(dir, 'c.txt'), '"We will win," Boris Johnson told supporters in London on Friday.\n');
  writeFileSync(join(dir, 'd.txt'), 'Police in Paris arrested 12 people after the protest on Saturday.\n');
  pool = await createPool({ workers: 2 });
});
after(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

test('runBatchOnPool hands documents on in input order, reports bad ones and honours skip', async () => {
  const seen: string[] = [];
  const errors: string[] = [];
  const counts = await runBatchOnPool(
    [dir],
    pool,
    {},
    {
      onDoc: (doc, source) => {
        assert.ok(doc.sentences.length > 0 && doc.tokens.length > 0, 'the pipeline ran');
        seen.push(source.split('/').pop()!);
      },
      onError: (source, err) => errors.push(`${source.split('/').pop()} ${err.code}`),
      skip: (doc) => doc.text.includes('Paris'),
    },
  );
  assert.deepEqual(seen, ['a.txt', 'c.txt']);
  assert.deepEqual(errors, ['b.txt DL_INGEST_EMPTY']);
  assert.deepEqual(counts, { ok: 2, failed: 1, skipped: 1 });
});

test('a failing onDoc counts as a failure with the store code', async () => {
  const errors: string[] = [];
  const counts = await runBatchOnPool(
    [join(dir, 'a.txt')],
    pool,
    {},
    {
      onDoc: () => {
        throw new Error('disk full');
      },
      onError: (_s, err) => errors.push(err.code),
    },
  );
  assert.deepEqual(counts, { ok: 0, failed: 1, skipped: 0 });
  assert.deepEqual(errors, ['DL_STORE_FAILED']);
});

test('runBatchWith: one worker in this thread and a pool of two give the same documents in input order', async () => {
  const run = async (workers: number) => {
    const out: string[] = [];
    const counts = await runBatchWith(
      [dir],
      { workers },
      {},
      {
        onDoc: (doc, source) => {
          out.push(`${source.split('/').pop()} ${doc.tokens.length} ${doc.entities.length}`);
        },
        onError: (source, err) => out.push(`${source.split('/').pop()} ${err.code}`),
      },
    );
    return { out, counts };
  };
  const one = await run(1);
  assert.deepEqual(one.counts, { ok: 3, failed: 1, skipped: 0 });
  assert.equal(one.out[1], 'b.txt DL_INGEST_EMPTY');
  assert.deepEqual(await run(2), one);
});

test('workers that read their own files give the Doc JSON the main thread gives, errors included', async () => {
  const mixed = mkdtempSync(join(tmpdir(), 'dateline-mixed-'));
  try {
    writeFileSync(
      join(mixed, 'a.html'),
      '<html><body><p>Police in Paris arrested 12 people.</p></body></html>',
    );
    writeFileSync(
      join(mixed, 'b.jsonl'),
      '{"id":"r1","text":"The mayor of Leeds spoke on Monday."}\n{oops\n',
    );
    writeFileSync(join(mixed, 'c.txt'), '\u0000\u0001binary');
    writeFileSync(join(mixed, 'd.txt'), '"We will win," Boris Johnson told supporters on Friday.\n');
    const run = async (workers: number) => {
      const out: string[] = [];
      const counts = await runBatchWith(
        [mixed, join(mixed, 'nope.txt')],
        { workers },
        { published: '2024-05-01' },
        {
          onJson: (json, source) => {
            out.push(`${source} ${json}`);
          },
          onError: (source, err) => out.push(`${source} ${err.code} ${err.message}`),
        },
      );
      return { out, counts };
    };
    const one = await run(1);
    assert.deepEqual(one.counts, { ok: 3, failed: 3, skipped: 0 });
    assert.deepEqual(await run(2), one);
  } finally {
    rmSync(mixed, { recursive: true, force: true });
  }
});
