import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readInputs } from '../ingest/index.js';
import { batchInputs } from './input-files.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-inputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'The mayor of Leeds said on Monday that the bridge would reopen in March.\n';
writeFileSync(join(dir, 'b.txt'), TEXT);
writeFileSync(join(dir, 'a.html'), `<html><body><p>${TEXT}</p></body></html>`);
writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ id: 'r1', text: TEXT })}\n{bad json\n`);
writeFileSync(join(dir, 'notes.csv'), 'x,y\n');
writeFileSync(join(dir, '.hidden.txt'), TEXT);
writeFileSync(join(dir, 'empty.txt'), '  \n');
mkdirSync(join(dir, 'sub'));
writeFileSync(join(dir, 'sub', 'z.md'), TEXT);
symlinkSync(join(dir, 'b.txt'), join(dir, 'sub', 'link.txt'));

test('batchInputs lists what readInputs reads, in its order; files as paths, JSON Lines and failures read here', async () => {
  const inputs = [
    dir,
    join(dir, 'notes.csv'),
    join(dir, 'sub', '*.md'),
    join(dir, 'missing.txt'),
    `${dir}/*.nope`,
  ];
  const want: string[] = [];
  for await (const it of readInputs(inputs))
    want.push(`${it.source} ${'error' in it ? it.error.code : 'doc'}`);
  const got: string[] = [];
  const files: string[] = [];
  for await (const it of batchInputs(inputs)) {
    if ('file' in it) {
      files.push(it.file);
      // a worker reads a path with readInputs too: its outcome is what the main thread would have got
      for await (const r of readInputs([it.file]))
        got.push(`${r.source} ${'error' in r ? r.error.code : 'doc'}`);
    } else got.push(`${it.source} ${'error' in it ? it.error.code : 'doc'}`);
  }
  assert.deepEqual(got, want);
  const name = (f: string) => f.slice(dir.length + 1);
  assert.deepEqual(files.map(name), [
    'a.html',
    'b.txt',
    'empty.txt',
    'sub/link.txt',
    'sub/z.md',
    'notes.csv',
    'sub/z.md',
  ]);
  assert.ok(want.includes(`${join(dir, 'c.jsonl')}:2 DL_INGEST_BAD_JSON`));
  assert.ok(want.includes(`${join(dir, 'missing.txt')} DL_INGEST_NOT_FOUND`));
});
