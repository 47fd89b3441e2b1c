import { availableParallelism } from 'node:os';
import { type BenchResult, type BenchRun, bench, type Spread } from '../../bench/bench.js';
import { gumNews } from '../../bench/corpus.js';
import { parseFlags } from './args.js';

/**
 * `dateline bench [--json] [--runs N] [--rounds N] [--warmup N] [--docs N] [--workers N] [--unshared]`:
 * `--runs` times (default 3), interleaved and each in its own child process: the pipeline in one thread (per
 * stage and in total, wall and CPU time), the JS peers on the same texts, and worker pools of 1 and N threads
 * (`--unshared`: each worker with its own copy of the syntax tables); each after `--warmup` untimed passes
 * (default 5). Prints every run, then the medians and ranges.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    json: { type: 'boolean' },
    runs: { type: 'string' },
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
  const workers = Math.max(1, values.workers ? Number(values.workers) : availableParallelism());
  const r = await bench(texts, {
    runs: values.runs ? Number(values.runs) : 3,
    rounds: values.rounds ? Number(values.rounds) : 3,
    warmup: values.warmup ? Number(values.warmup) : 5,
    workers,
    share: !values.unshared,
    onRun: (run, i) => process.stderr.write(`bench: run ${i + 1} done (${runRow(run, i)})\n`),
  });
  process.stdout.write(values.json ? `${JSON.stringify(r)}\n` : `${render(r).join('\n')}\n`);
  return 0;
}

const num = (x: number) => String(Math.round(x)).padStart(10);
const fix = (x: number | undefined, w: number, d = 2) => (x === undefined ? '—' : x.toFixed(d)).padStart(w);

function runRow(r: BenchRun, i: number): string {
  const [p1, pn] = r.pools;
  return [
    String(i + 1).padStart(3),
    fix(r.load[0], 5),
    fix(r.total.docsPerSec, 7),
    fix(r.total.cpuMsPerDoc, 7, 1),
    fix(r.total.docsPerCpuSec, 7, 1),
    `${String(r.total.peakRssMB).padStart(4)} MB`,
    num(r.peers.compromise?.wordsPerSec ?? Number.NaN),
    fix(r.ratios.wordsVsCompromise, 6),
    fix(r.ratios.cpuWordsVsCompromise, 6),
    `${fix(p1?.docsPerSec, 6, 1)} → ${pn ? fix(pn.docsPerSec, 5, 1) : '   —'}`,
    fix(r.ratios.speedUp, 5),
  ].join(' ');
}

const spread = (s: Spread | undefined, d = 2) =>
  s ? `${s.median.toFixed(d)} (${s.min.toFixed(d)}–${s.max.toFixed(d)})` : '—';

export function render(r: BenchResult): string[] {
  const n = r.pools[1]?.workers;
  const s = r.spread;
  return [
    `corpus: ${r.corpus.name}: ${r.corpus.docs} docs, ${r.corpus.tokens} tokens, ${r.corpus.words} words`,
    `${r.runs.length} runs, interleaved (one thread, peers, pools; reversed on even runs), each measure in its own child process; ${r.rounds} rounds after ${r.warmup} warm-up passes`,
    `load average (1 min): ${r.load[0].toFixed(2)} before, ${r.load[1].toFixed(2)} after`,
    '',
    'each run (one thread: docs/s, CPU ms/doc, docs per CPU second, peak RSS; compromise words/s; ratio to it by',
    'wall and by CPU time; pool docs/s and speed-up):',
    `run  load  docs/s  CPU ms  docs/CPU-s   RSS  compromise  ratio  ratio-CPU  pool 1 → ${n ?? '—'}  speed-up`,
    ...r.runs.map(runRow),
    '',
    'one thread, per stage (median of the runs):',
    'stage        ms/round   tokens/s    words/s    share',
    ...Object.entries(r.stages).map(
      ([k, v]) =>
        `${k.padEnd(12)} ${String(v.ms).padStart(8)} ${num(v.tokensPerSec)} ${num(v.wordsPerSec)}  ${(v.share * 100).toFixed(1).padStart(6)}%`,
    ),
    '',
    'one thread, median (range) over the runs:',
    `  docs/s              ${spread(s.docsPerSec)}   (${r.total.tokensPerSec} tokens/s, ${r.total.wordsPerSec} words/s)`,
    `  CPU ms/doc          ${spread(s.cpuMsPerDoc)}   (process CPU, every thread)`,
    `  docs per CPU second ${spread(s.docsPerCpuSec)}   (the "per core" figure; issue 9 goal ≥ 50)`,
    `  peak RSS MB         ${spread(s.peakRssMB, 0)}   (issue 9 goal ≤ 300 per worker)`,
    '',
    `worker pool, median of the runs (src/scale; RSS counts the child's main thread and every worker; syntax tables ${r.pools[0]?.shared ? 'shared' : 'one copy per worker'}):`,
    'workers     docs/s   tokens/s    words/s   peak RSS   RSS/worker   main busy   CPU ms/doc   docs/CPU-s',
    ...r.pools.map(
      (p) =>
        `${String(p.workers).padStart(7)} ${p.docsPerSec.toFixed(2).padStart(10)} ${num(p.tokensPerSec)} ${num(p.wordsPerSec)} ${String(Math.round(p.peakRssMB)).padStart(7)} MB ${String(Math.round(p.peakRssMB / p.workers)).padStart(7)} MB ${(p.mainBusy * 100).toFixed(1).padStart(10)}% ${p.cpuMsPerDoc.toFixed(1).padStart(12)} ${p.docsPerCpuSec.toFixed(1).padStart(12)}${p.failed ? `  (${p.failed} failed)` : ''}`,
    ),
    '',
    'peers on the same texts, one thread, each run in a child process of its own (median):',
    ...Object.entries(r.peers).map(
      ([k, v]) =>
        `  ${k.padEnd(12)} ${num(v.tokensPerSec)} tokens/s ${num(v.wordsPerSec)} words/s ${num(v.wordsPerCpuSec)} words/CPU-s  (${v.does})`,
    ),
    '',
    'ratios, each taken within a run, median (range):',
    ...(s.speedUp
      ? [`  pool speed-up 1 → ${n} workers: ${spread(s.speedUp)}× (issue 9 goal ≥ 1.8× for 2)`]
      : []),
    ...(s.timeVsChrono
      ? [`  time stage vs chrono-node alone: ${spread(s.timeVsChrono)}× its tokens/s (issue 6 goal ≥ 1×)`]
      : []),
    ...(s.wordsVsCompromise
      ? [
          `  full pipeline vs compromise: ${spread(s.wordsVsCompromise)}× its words/s (issue 9 goal ≥ 1.5×)`,
          `  the same per CPU second of each process: ${spread(s.cpuWordsVsCompromise)}×`,
        ]
      : []),
    ...(r.ratios.pipelineVsWink === undefined
      ? []
      : [`  full pipeline vs wink-nlp tagging alone: ${r.ratios.pipelineVsWink}× its tokens/s`]),
  ];
}
