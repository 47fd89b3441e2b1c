import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readConllu } from '../syntax/conllu.js';
import { run } from './parse.js';

const INPUT = [
  '# sent_id = t1',
  "# text = The minister didn't resign.",
  '1\tThe\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tminister\t_\t_\t_\t_\t_\t_\t_\t_',
  "3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  '3\tdid\t_\t_\t_\t_\t_\t_\t_\t_',
  "4\tn't\t_\t_\t_\t_\t_\t_\t_\t_",
  '5\tresign\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '6\t.\t_\t_\t_\t_\t_\t_\t_\t_',
  '',
].join('\n');

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    return { code: await fn(), out };
  } finally {
    process.stdout.write = write;
  }
}

test('dateline parse keeps words, comments and MWT lines and fills tags and a tree', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-parse-'));
  const file = join(dir, 'in.conllu');
  writeFileSync(file, INPUT);
  const { code, out } = await capture(() => run([file]));
  assert.equal(code, 0);
  const [s] = readConllu(out);
  assert.deepEqual(s.comments, ['# sent_id = t1', "# text = The minister didn't resign."]);
  assert.equal(s.extra[0].line, "3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_");
  assert.deepEqual(
    s.words.map((w) => w.form),
    ['The', 'minister', 'did', "n't", 'resign', '.'],
  );
  assert.equal(s.words[4].misc, 'SpaceAfter=No');
  assert.equal(s.words[4].deprel, 'root');
  assert.equal(s.words[1].deprel, 'nsubj');
  assert.equal(s.words[1].head, 5);
  assert.equal(s.words[1].lemma, 'minister');
  assert.equal(s.words[2].upos, 'AUX');
});

test('dateline parse without a file is a usage error', async () => {
  await assert.rejects(run([]), { code: 'DL_USAGE' });
});
