import { availableParallelism } from 'node:os';
import { type BenchResult, bench, round } from '../../bench/bench.js';
import { gumNews } from '../../bench/corpus.js';
import { benchPool, type PoolResult } from '../../bench/pool.js';
import { parseFlags } from './args.js';

/**
 * `dateline bench [--json] [--rounds N] [--warmup N] [--docs N] [--workers N] [--unshared]`: throughput per
 * stage and in total in one thread, then on worker pools of 1 and N threads (`--unshared`: each worker with its
 * own copy of the syntax model's tables), beside the JS peers on the same texts; each after `--warmup` untimed
 * passes (default 5).
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    json: { type: 'boolean' },
    rounds: { type: 'string' },
    docs: { type: 'string' },
    workers: { type: 'string' },
    unshared: { type: 'boolean' },
    warmup: { type: 'string' },
  });
  let texts = gumNews();
  if (!texts.length) {
    process.stderr.write('dateline bench: needs ../shared/data/gum (absent here); nothing measured\n');
    return 1;
  }
  if (values.docs) texts = texts.slice(0, Number(values.docs));
  const rounds = values.rounds ? Number(values.rounds) : 3;
  const workers = Math.max(1, values.workers ? Number(values.workers) : availableParallelism());
  const warmup = values.warmup ? Number(values.warmup) : 5;
  const r = await bench(texts, rounds, warmup);
  const share = !values.unshared;
  const pools = [await benchPool(texts, 1, rounds, r.corpus, share, warmup)];
  if (workers > 1) pools.push(await benchPool(texts, workers, rounds, r.corpus, share, warmup));
  const ratios = ratiosOf(r, pools);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...r, pools, ratios })}\n`);
    return 0;
  }
  process.stdout.write(`${render(r, pools, ratios).join('\n')}\n`);
  return 0;
}

interface Ratios {
  /** Pool of N workers over pool of 1, docs/s (issue 9: ≥ 1.8 from 1 to 2). */
  speedUp?: number;
  /** Time stage over chrono-node alone, tokens/s (issue 6: ≥ 1). */
  timeVsChrono?: number;
  /** Full pipeline over compromise, words/s (issue 9: ≥ 1.5). */
  wordsVsCompromise?: number;
  /** Full pipeline over wink-nlp tagging alone, tokens/s. */
  pipelineVsWink?: number;
}

function ratiosOf(r: BenchResult, pools: PoolResult[]): Ratios {
  const out: Ratios = {};
  if (pools.length > 1) out.speedUp = round(pools[1].docsPerSec / pools[0].docsPerSec);
  const time = r.stages.time;
  if (time && r.peers['chrono-node'])
    out.timeVsChrono = round(time.tokensPerSec / r.peers['chrono-node'].tokensPerSec);
  if (r.peers.compromise) out.wordsVsCompromise = round(r.total.wordsPerSec / r.peers.compromise.wordsPerSec);
  if (r.peers['wink-nlp'])
    out.pipelineVsWink = round(r.total.tokensPerSec / r.peers['wink-nlp'].tokensPerSec);
  return out;
}

const num = (x: number) => String(Math.round(x)).padStart(10);

function render(r: BenchResult, pools: PoolResult[], ratios: Ratios): string[] {
  return [
    `corpus: ${r.corpus.name}: ${r.corpus.docs} docs, ${r.corpus.tokens} tokens, ${r.corpus.words} words; ${r.rounds} rounds after ${r.warmup} warm-up passes`,
    `load average (1 min): ${r.load[0].toFixed(2)} before, ${r.load[1].toFixed(2)} after the one-thread run`,
    '',
    'one thread, per stage:',
    'stage        ms/round   tokens/s    words/s    share',
    ...Object.entries(r.stages).map(
      ([k, v]) =>
        `${k.padEnd(12)} ${String(v.ms).padStart(8)} ${num(v.tokensPerSec)} ${num(v.wordsPerSec)}  ${(v.share * 100).toFixed(1).padStart(6)}%`,
    ),
    '',
    `total: ${r.total.docsPerSec} docs/s, ${r.total.tokensPerSec} tokens/s, ${r.total.wordsPerSec} words/s, peak RSS ${r.total.peakRssMB} MB`,
    '',
    `worker pool (src/scale, one child process each; RSS counts its main thread and every worker; syntax tables ${pools[0]?.shared ? 'shared' : 'one copy per worker'}):`,
    'workers     docs/s   tokens/s    words/s   peak RSS   RSS/worker   main busy   CPU ms/doc',
    ...pools.map(
      (p) =>
        `${String(p.workers).padStart(7)} ${p.docsPerSec.toFixed(2).padStart(10)} ${num(p.tokensPerSec)} ${num(p.wordsPerSec)} ${String(p.peakRssMB).padStart(7)} MB ${String(Math.round(p.peakRssMB / p.workers)).padStart(7)} MB ${(p.mainBusy * 100).toFixed(1).padStart(10)}% ${p.cpuMsPerDoc.toFixed(1).padStart(12)}${p.failed ? `  (${p.failed} failed)` : ''}`,
    ),
    '',
    'peers on the same texts, one thread, in a child process of their own:',
    ...Object.entries(r.peers).map(
      ([k, v]) =>
        `  ${k.padEnd(12)} ${num(v.tokensPerSec)} tokens/s ${num(v.wordsPerSec)} words/s  (${v.does})`,
    ),
    '',
    'ratios:',
    ...(ratios.speedUp === undefined
      ? []
      : [`  pool speed-up 1 → ${pools[1].workers} workers: ${ratios.speedUp}× (issue 9 goal ≥ 1.8× for 2)`]),
    ...(ratios.timeVsChrono === undefined
      ? []
      : [`  time stage vs chrono-node alone: ${ratios.timeVsChrono}× its tokens/s (issue 6 goal ≥ 1×)`]),
    ...(ratios.wordsVsCompromise === undefined
      ? []
      : [`  full pipeline vs compromise: ${ratios.wordsVsCompromise}× its words/s (issue 9 goal ≥ 1.5×)`]),
    ...(ratios.pipelineVsWink === undefined
      ? []
      : [`  full pipeline vs wink-nlp tagging alone: ${ratios.pipelineVsWink}× its tokens/s`]),
  ];
}
