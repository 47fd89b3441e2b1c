import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedData } from '../src/paths.js';
import { countDoc, emptyCounts, measures } from './time-score.js';
import { loadTe3, systemTimexes } from './time-te3.js';

const scorer = sharedData('timex', 'scorer', 'score_timex.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;

test('scorer pairs by largest overlap and counts strict, type and value matches', () => {
  const c = emptyCounts();
  const gold = [
    { start: 0, end: 10, type: 'DATE', value: '2013-03-22' },
    { start: 20, end: 25, type: 'DURATION', value: 'P3D' },
  ];
  const sys = [
    { start: 0, end: 10, type: 'DATE', value: '2013-03-22' },
    { start: 22, end: 30, type: 'DATE', value: 'P3D' },
    { start: 40, end: 45, type: 'DATE', value: '2013' },
  ];
  countDoc(c, gold, sys);
  assert.deepEqual(c, { gold: 2, system: 3, relaxed: 2, strict: 1, typeMatch: 1, valueMatch: 2 });
  const m = measures(c);
  assert.equal(m.relaxed.p, 2 / 3);
  assert.equal(m.valueAcc, 1);
});

test('TS scorer agrees with the reference scorer/score_timex.py on the time stage output', {
  skip: scorer && hasPython ? false : 'needs ../shared/data/timex/scorer and python3',
}, async () => {
  const docs = (loadTe3('test') ?? []).slice(0, 8);
  const sys = await systemTimexes(docs);
  const dir = mkdtempSync(join(tmpdir(), 'te3-'));
  try {
    const goldPath = join(dir, 'gold.jsonl');
    const sysPath = join(dir, 'sys.jsonl');
    writeFileSync(goldPath, docs.map((d) => JSON.stringify({ id: d.id, timexes: d.timexes })).join('\n'));
    writeFileSync(sysPath, docs.map((d, i) => JSON.stringify({ id: d.id, timexes: sys[i] })).join('\n'));
    const ref = JSON.parse(
      execFileSync('python3', [scorer as string, goldPath, sysPath], { encoding: 'utf8' }),
    );
    const c = emptyCounts();
    for (const [i, d] of docs.entries()) countDoc(c, d.timexes, sys[i]);
    const m = measures(c);
    const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
    assert.equal(ref.gold, m.gold);
    assert.equal(ref.system, m.system);
    assert.equal(ref.strict.F1, r4(m.strict.f1));
    assert.equal(ref.relaxed.F1, r4(m.relaxed.f1));
    assert.equal(ref.type_acc, r4(m.typeAcc));
    assert.equal(ref.value_F1, r4(m.valueF1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the TBAQ halves split the training set by its split field', {
  skip: sharedData('timex', 'tempeval3_train_tbaq.jsonl') ? false : 'needs ../shared/data/timex/',
}, () => {
  const all = loadTe3('train') ?? [];
  const tb = loadTe3('train-timebank') ?? [];
  const aq = loadTe3('train-aquaint') ?? [];
  assert.equal(tb.length + aq.length, all.length);
  assert.ok(tb.length > 0 && aq.length > 0);
  assert.ok(tb.every((d) => d.split === 'train-timebank'));
  assert.ok(aq.every((d) => d.split === 'train-aquaint'));
  assert.throws(() => loadTe3('dev'), /no split "dev"/);
});
