import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '../src/cli/bench.js';
import { runCli } from '../src/cli/run-cli.js';
import { sharedData } from '../src/paths.js';
import { type BenchRun, median, type OneThread, ratiosOf, summarise } from './bench.js';
import type { Peer } from './peers.js';
import type { PoolResult } from './pool.js';

const one = (docsPerSec: number, cpuMsPerDoc: number, parseMs: number): OneThread => ({
  stages: { parse: { ms: parseMs, tokensPerSec: 1, wordsPerSec: 1, share: 0.5 } },
  total: {
    docsPerSec,
    tokensPerSec: docsPerSec * 800,
    wordsPerSec: docsPerSec * 700,
    peakRssMB: 280,
    cpuMsPerDoc,
    docsPerCpuSec: 1000 / cpuMsPerDoc,
  },
  tokens: 800,
});
const compromise = (wordsPerSec: number, wordsPerCpuSec: number): Record<string, Peer> => ({
  compromise: { does: 'people', tokensPerSec: 0, wordsPerSec, wordsPerCpuSec },
});
const pool = (workers: number, docsPerSec: number): PoolResult => ({
  workers,
  docsPerSec,
  tokensPerSec: 0,
  wordsPerSec: 0,
  failed: 0,
  mainBusy: 0.05,
  cpuMsPerDoc: 25,
  docsPerCpuSec: 40,
  shared: true,
  peakRssMB: 300 * workers,
});
const runOf = (o: OneThread, peers: Record<string, Peer>, pools: PoolResult[]): BenchRun => ({
  ...o,
  peers,
  pools,
  ratios: ratiosOf(o, peers, pools),
  load: [1, 2],
});

test('ratios are taken within a run, by wall time and by CPU time', () => {
  // 40 docs/s × 700 words = 28 000 words/s against compromise's 20 000; per CPU second 50 docs × 700 words
  const r = ratiosOf(one(40, 20, 200), compromise(20000, 25000), [pool(1, 40), pool(2, 60)]);
  assert.equal(r.wordsVsCompromise, 1.4);
  assert.equal(r.cpuWordsVsCompromise, 1.4);
  assert.equal(r.speedUp, 1.5);
  assert.equal(ratiosOf(one(40, 20, 200), {}, [pool(1, 40)]).speedUp, undefined);
});

test('the summary gives each figure its median over the runs and the headline ranges', () => {
  const runs = [
    runOf(one(30, 30, 300), compromise(20000, 20000), [pool(1, 30), pool(2, 36)]),
    runOf(one(50, 20, 200), compromise(25000, 24000), [pool(1, 50), pool(2, 70)]),
    runOf(one(45, 22, 250), compromise(21000, 22000), [pool(1, 40), pool(2, 60)]),
  ];
  const s = summarise(runs, 24, 17000, 3, 5, 1.5);
  assert.equal(s.total.docsPerSec, 45);
  assert.equal(s.stages.parse.ms, 250);
  assert.deepEqual(s.spread.docsPerSec, { median: 45, min: 30, max: 50 });
  assert.deepEqual(s.spread.cpuMsPerDoc, { median: 22, min: 20, max: 30 });
  // speed-ups 1.2, 1.4, 1.5: the median of the ratios, not the ratio of the medians (60 / 40)
  assert.deepEqual(s.spread.speedUp, { median: 1.4, min: 1.2, max: 1.5 });
  assert.equal(s.pools[1].docsPerSec, 60);
  assert.equal(s.peers.compromise.wordsPerSec, 21000);
  assert.equal(s.runs.length, 3);
  assert.deepEqual(s.load, [1.5, 2]);
  const text = render(s).join('\n');
  assert.match(text, /3 runs, interleaved/);
  assert.match(text, /docs per CPU second 45\.45 \(33\.33–50\.00\)/);
  assert.match(text, /pool speed-up 1 → 2 workers: 1\.40 \(1\.20–1\.50\)×/);
});

test('median of an even count is the mean of the middle two; of none, NaN', () => {
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.ok(Number.isNaN(median([])));
});

test('dateline bench --json: one tiny run has the one-thread, peers, pool and ratio figures', {
  skip: sharedData('gum', 'dep') ? false : 'needs ../shared/data/gum',
}, async () => {
  const args = [
    'bench',
    '--json',
    '--docs',
    '1',
    '--rounds',
    '1',
    '--warmup',
    '1',
    '--runs',
    '1',
    '--workers',
    '1',
  ];
  const r = await runCli(args).done;
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.runs.length, 1);
  assert.equal(out.corpus.docs, 1);
  assert.ok(out.total.cpuMsPerDoc > 0 && out.total.docsPerCpuSec > 0);
  assert.ok(out.stages.parse.ms >= 0);
  assert.deepEqual(
    out.pools.map((p: PoolResult) => p.workers),
    [1],
  );
  assert.ok(out.peers['wink-nlp'].wordsPerCpuSec > 0);
  assert.ok(out.spread.docsPerSec.min <= out.spread.docsPerSec.max);
});
