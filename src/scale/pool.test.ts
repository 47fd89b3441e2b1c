import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDoc, type Doc, validateDoc } from '../model/index.js';
import { createPool, type Pool } from './pool.js';

const TEXTS = [
  'The mayor said on Monday that the bridge would reopen in March.',
  '"We are not done yet," Angela Merkel told reporters in Berlin.',
  'Shares of Apple rose 3 percent after the company reported record sales.',
  'Floods hit the north of England last week, and 200 homes were evacuated.',
];
const docs = (n: number): Doc[] =>
  Array.from({ length: n }, (_, i) => createDoc(`${TEXTS[i % TEXTS.length]} Item ${i}.`, {}, `doc-${i}`));

let pool: Pool;
before(async () => {
  pool = await createPool({ workers: 2 });
});
after(() => pool.close());

test('ordered map yields every document in input order, each fully processed', async () => {
  const input = docs(24);
  const seen: string[] = [];
  for await (const out of pool.map(input, (d) => d)) {
    assert.ok('doc' in out, `failed: ${'error' in out ? out.error.message : ''}`);
    seen.push(out.doc.id);
    validateDoc(out.doc);
    assert.ok(out.doc.sentences.length > 0);
    for (const t of out.doc.tokens) assert.ok(t.end <= out.doc.text.length);
  }
  assert.deepEqual(
    seen,
    input.map((d) => d.id),
  );
});

test('a worker gives the same result as another for the same text', async () => {
  const [a, b] = await Promise.all([pool.run(docs(1)[0]), pool.run(docs(1)[0])]);
  assert.deepEqual(a, b);
  assert.ok(a.tokens.length > 10 && a.sentences.length === 2);
});

test('an outcome carries the Doc as JSON text; doc is that text parsed', async () => {
  const [d] = docs(1);
  const outs = [];
  for await (const out of pool.map([d], (x) => x)) outs.push(out);
  const out = outs[0];
  assert.ok('doc' in out);
  assert.equal(typeof out.json, 'string');
  assert.deepEqual(out.doc, JSON.parse(out.json));
  assert.equal(out.doc, out.doc, 'parsed once');
  assert.equal(JSON.stringify(out.doc), out.json);
  assert.equal(out.json, await pool.runJson(d));
  assert.ok(out.doc.tokens.some((t) => d.text.slice(t.start, t.end) === 'bridge'));
});

test('a failing document is reported with its id and the batch goes on', async () => {
  const input = docs(6);
  // A text that is not a string makes a stage throw: a per-document failure, not a crash.
  (input[2] as { text: unknown }).text = 42;
  const outs = [];
  for await (const out of pool.map(input, (d) => d)) outs.push(out);
  assert.equal(outs.length, 6);
  const bad = outs[2];
  assert.ok('error' in bad);
  assert.equal(bad.error.code, 'DL_STAGE_FAILED');
  assert.equal(bad.error.docId, 'doc-2');
  assert.ok(!bad.error.message.startsWith('doc-2: doc-2'));
  assert.equal(outs.filter((o) => 'doc' in o).length, 5);
});

test('unordered map still yields each document exactly once', async () => {
  const ids: string[] = [];
  for await (const out of pool.map(docs(16), (d) => d, { ordered: false })) ids.push(out.item.id);
  assert.deepEqual(
    [...ids].sort(),
    docs(16)
      .map((d) => d.id)
      .sort(),
  );
});

test('map reads the source lazily (back-pressure)', async () => {
  let pulled = 0;
  async function* source() {
    for (const d of docs(40)) {
      pulled++;
      yield d;
    }
  }
  const it = pool.map(source(), (d) => d);
  await it.next();
  assert.ok(pulled <= pool.size * 2 + 1, `pulled ${pulled} before the first result`);
  await it.return(undefined);
});

test('a document over the time limit fails DL_STAGE_TIMEOUT naming it; its worker is replaced', async () => {
  // 1 ms is far below what the full pipeline needs on a 400-sentence article, so every document times out.
  const slow = await createPool({ workers: 1, timeoutMs: 1 });
  try {
    const long = (i: number) => createDoc(TEXTS.join(' ').repeat(100), {}, `long-${i}`);
    const outs = [];
    for await (const out of slow.map([long(0), long(1), long(2)], (d) => d)) outs.push(out);
    assert.deepEqual(
      outs.map((o) => ('error' in o ? `${o.error.code} ${o.error.docId}` : 'ok')),
      ['DL_STAGE_TIMEOUT long-0', 'DL_STAGE_TIMEOUT long-1', 'DL_STAGE_TIMEOUT long-2'],
    );
  } finally {
    await slow.close();
  }
});

test('workers reading shared syntax tables give the Docs of workers with their own copies', async () => {
  const shared = await createPool({ workers: 2, shareModels: true });
  const own = await createPool({ workers: 1, shareModels: false });
  try {
    assert.ok(shared.shared && !own.shared);
    const run = async (p: Pool) => {
      const out: string[] = [];
      for await (const o of p.map(docs(6), (d) => d)) out.push('json' in o ? o.json : 'failed');
      return out;
    };
    const a = await run(shared);
    assert.ok(a.every((j) => JSON.parse(j).tokens.some((t: { deprel?: string }) => t.deprel === 'nsubj')));
    assert.deepEqual(a, await run(own));
  } finally {
    await Promise.all([shared.close(), own.close()]);
  }
});

test('a worker past recycleAfter documents is replaced; every document still comes back, the same', async () => {
  const small = await createPool({ workers: 1, recycleAfter: 3 });
  try {
    const input = docs(8);
    const got: string[] = [];
    for await (const out of small.map(input, (d) => d)) {
      assert.ok('json' in out, `failed: ${'error' in out ? out.error.message : ''}`);
      got.push(out.json);
    }
    assert.equal(got.length, 8);
    assert.equal(small.started, 3); // the first worker, then one after the 3rd and one after the 6th document
    const same = await Promise.all(input.map((d) => pool.runJson(d)));
    assert.deepEqual(got, same);
  } finally {
    await small.close();
  }
});
