import { loadavg } from 'node:os';
import { createPipeline } from '../src/extract.js';
import { createDoc } from '../src/model/doc.js';
import { askChild, childScript } from './child.js';
import { type BenchText, gumNews } from './corpus.js';
import type { Peer } from './peers.js';
import { benchPool, type PoolResult } from './pool.js';

export type { Peer } from './peers.js';
export type { PoolResult } from './pool.js';

const PEERS_CHILD = childScript('peers-child');
const ONE_THREAD_CHILD = childScript('one-thread-child');

/** The one-thread pipeline measure of one run: per stage, then in total. */
export interface OneThread {
  stages: Record<string, { ms: number; tokensPerSec: number; wordsPerSec: number; share: number }>;
  total: {
    docsPerSec: number;
    tokensPerSec: number;
    wordsPerSec: number;
    peakRssMB: number;
    /** CPU time of the process (every thread: V8's compiler and GC helpers too) per document. */
    cpuMsPerDoc: number;
    /** Documents per CPU second (1000 / cpuMsPerDoc): the "per core" figure, which the host's load moves less. */
    docsPerCpuSec: number;
  };
  tokens: number;
}

/** Issue 9's ratios within one run (each side measured in the same minutes). */
export interface Ratios {
  /** Pool of N workers over pool of 1, docs/s (issue 9: ≥ 1.8 from 1 to 2). */
  speedUp?: number;
  /** Time stage over chrono-node alone, tokens/s (issue 6: ≥ 1). */
  timeVsChrono?: number;
  /** Full pipeline over compromise, words/s (issue 9: ≥ 1.5). */
  wordsVsCompromise?: number;
  /** The same per CPU second of each process (less moved by the host's load). */
  cpuWordsVsCompromise?: number;
  /** Full pipeline over wink-nlp tagging alone, tokens/s. */
  pipelineVsWink?: number;
}

/** One run: the one-thread pipeline, the peers and the pools, each in its own child process, one after another. */
export interface BenchRun extends OneThread {
  peers: Record<string, Peer>;
  pools: PoolResult[];
  ratios: Ratios;
  /** The 1-minute load average before and after the run: the machine may be shared. */
  load: [number, number];
}

/** A median and its range over the runs. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface BenchResult extends OneThread {
  corpus: { name: string; docs: number; tokens: number; words: number };
  /** Medians over the runs (stages, total, peers, pools, ratios: each figure its own median). */
  peers: Record<string, Peer>;
  pools: PoolResult[];
  ratios: Ratios;
  /** Median and range of the headline figures over the runs. */
  spread: Record<string, Spread>;
  runs: BenchRun[];
  rounds: number;
  /** Untimed passes over the texts before the timed rounds (JIT tiering settles only after several). */
  warmup: number;
  /** The 1-minute load average before the first run and after the last. */
  load: [number, number];
}

export interface BenchOptions {
  /** Runs, each repeating every measure (default 3); figures are their medians. */
  runs?: number;
  rounds?: number;
  warmup?: number;
  /** Pool sizes besides 1 (none when 1). */
  workers?: number;
  /** Workers share one copy of the syntax tables (default true). */
  share?: boolean;
  /** Called after each run (progress). */
  onRun?: (run: BenchRun, i: number) => void;
}

/** Whitespace-separated words, the unit of the words/s goals. */
export const countWords = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * `runs` times, interleaved: the one-thread pipeline, the peers, the pool of 1 and the pool of N workers, each
 * in a fresh child process (none runs beside another's models and heap; each peak RSS is its own); odd runs go
 * in the reverse order, so neither side of a ratio always runs first. Ratios are taken within a run (the same
 * minutes), then the median over the runs.
 */
export async function bench(texts: BenchText[] = gumNews(), opts: BenchOptions = {}): Promise<BenchResult> {
  const { runs = 3, rounds = 3, warmup = 5, workers = 1, share = true } = opts;
  const words = texts.reduce((n, t) => n + countWords(t.text), 0);
  const load0 = loadavg()[0];
  const all: BenchRun[] = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    const l0 = loadavg()[0];
    let one: OneThread | undefined;
    let peers: Record<string, Peer> = {};
    const pools: PoolResult[] = [];
    const steps: (() => Promise<void>)[] = [
      async () => {
        one = await askChild<OneThread>(ONE_THREAD_CHILD, { texts, rounds, warmup }, 'bench one thread');
      },
      async () => {
        peers = await askChild(PEERS_CHILD, { texts, rounds, warmup, words }, 'bench peers');
      },
    ];
    const poolSteps = [1, ...(workers > 1 ? [workers] : [])].map((n) => async () => {
      pools.push(await benchPool(texts, n, rounds, { words }, share, warmup));
    });
    const order = i % 2 ? [...steps.reverse(), ...poolSteps.reverse()] : [...steps, ...poolSteps];
    for (const step of order) await step();
    if (!one) throw new Error('bench: the one-thread run gave nothing');
    // the peers count the pipeline's tokens per pass
    for (const p of Object.values(peers)) p.tokensPerSec = Math.round((p.wordsPerSec * one.tokens) / words);
    pools.sort((a, b) => a.workers - b.workers);
    for (const p of pools) p.tokensPerSec = Math.round((one.tokens * p.docsPerSec) / texts.length);
    const run: BenchRun = {
      ...one,
      peers,
      pools,
      ratios: ratiosOf(one, peers, pools),
      load: [l0, loadavg()[0]],
    };
    all.push(run);
    opts.onRun?.(run, i);
  }
  return summarise(all, texts.length, words, rounds, warmup, load0);
}

export function ratiosOf(one: OneThread, peers: Record<string, Peer>, pools: PoolResult[]): Ratios {
  const out: Ratios = {};
  if (pools.length > 1) out.speedUp = round(pools[1].docsPerSec / pools[0].docsPerSec);
  const time = one.stages.time;
  if (time && peers['chrono-node'])
    out.timeVsChrono = round(time.tokensPerSec / peers['chrono-node'].tokensPerSec);
  const c = peers.compromise;
  if (c) {
    out.wordsVsCompromise = round(one.total.wordsPerSec / c.wordsPerSec);
    const ourCpuWords = (one.total.wordsPerSec / one.total.docsPerSec) * one.total.docsPerCpuSec;
    out.cpuWordsVsCompromise = round(ourCpuWords / c.wordsPerCpuSec);
  }
  if (peers['wink-nlp']) out.pipelineVsWink = round(one.total.tokensPerSec / peers['wink-nlp'].tokensPerSec);
  return out;
}

/** The median of each figure over the runs, and the spread of the headline ones. */
export function summarise(
  runs: BenchRun[],
  docs: number,
  words: number,
  rounds: number,
  warmup: number,
  load0: number,
): BenchResult {
  const med = <T>(get: (r: BenchRun) => T | undefined) =>
    median(runs.map(get).filter((x) => x !== undefined) as number[]);
  const medObj = <T extends object>(get: (r: BenchRun) => T | undefined): T => {
    const first = runs.map(get).find(Boolean);
    if (!first) return {} as T;
    return Object.fromEntries(
      Object.entries(first).map(([k, v]) => [
        k,
        typeof v === 'number' ? med((r) => (get(r) as Record<string, number> | undefined)?.[k]) : v,
      ]),
    ) as T;
  };
  const stages = Object.fromEntries(
    Object.keys(runs[0].stages).map((s) => [s, medObj((r) => r.stages[s])]),
  ) as OneThread['stages'];
  const peers = Object.fromEntries(Object.keys(runs[0].peers).map((p) => [p, medObj((r) => r.peers[p])]));
  const pools = runs[0].pools.map((_, i) => medObj((r) => r.pools[i]));
  const spreadOf = (get: (r: BenchRun) => number | undefined): Spread | undefined => {
    const xs = runs.map(get).filter((x) => x !== undefined) as number[];
    return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : undefined;
  };
  const headline: Record<string, (r: BenchRun) => number | undefined> = {
    docsPerSec: (r) => r.total.docsPerSec,
    cpuMsPerDoc: (r) => r.total.cpuMsPerDoc,
    docsPerCpuSec: (r) => r.total.docsPerCpuSec,
    peakRssMB: (r) => r.total.peakRssMB,
    compromiseWordsPerSec: (r) => r.peers.compromise?.wordsPerSec,
    wordsVsCompromise: (r) => r.ratios.wordsVsCompromise,
    cpuWordsVsCompromise: (r) => r.ratios.cpuWordsVsCompromise,
    speedUp: (r) => r.ratios.speedUp,
    timeVsChrono: (r) => r.ratios.timeVsChrono,
  };
  const spread: Record<string, Spread> = {};
  for (const [k, get] of Object.entries(headline)) {
    const s = spreadOf(get);
    if (s) spread[k] = s;
  }
  return {
    corpus: { name: 'GUM news (../shared/data/gum)', docs, tokens: runs[0].tokens, words },
    stages,
    total: medObj((r) => r.total),
    tokens: runs[0].tokens,
    peers,
    pools,
    ratios: medObj((r) => r.ratios),
    spread,
    runs,
    rounds,
    warmup,
    load: [load0, runs[runs.length - 1].load[1]],
  };
}

/**
 * The whole pipeline over the texts `rounds` times after `warmup` untimed passes, in this thread, timing each
 * stage (wall) and the process CPU; peak RSS is this process's. `bench` runs it in a child process.
 */
export async function oneThread(texts: BenchText[], rounds = 3, warmup = 5): Promise<OneThread> {
  const stageMs = new Map<string, number>();
  let counting = false;
  const pipe = await createPipeline({
    onStage: (name, ms) => {
      if (counting) stageMs.set(name, (stageMs.get(name) ?? 0) + ms);
    },
  });
  const runAll = () => {
    let tokens = 0;
    for (const t of texts) {
      const doc = createDoc(t.text, {
        published: { value: t.published, from: t.published ? 'given' : 'none' },
      });
      tokens += pipe.run(doc).tokens.length;
    }
    return tokens;
  };
  // Warm-up: lazy lexicons, and the JIT. After one pass over the 24 GUM articles V8 is still optimising
  // (about a third of the CPU then goes to its compiler threads); after five it has mostly settled.
  for (let w = 0; w < Math.max(1, warmup); w++) runAll();
  counting = true;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let tokens = 0;
  for (let r = 0; r < rounds; r++) tokens = runAll();
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const words = texts.reduce((n, t) => n + countWords(t.text), 0);
  const allMs = [...stageMs.values()].reduce((a, b) => a + b, 0);
  const stages = Object.fromEntries(
    [...stageMs].map(([name, ms]) => [
      name,
      {
        ms: Math.round(ms / rounds),
        tokensPerSec: Math.round((tokens * rounds) / (ms / 1000)),
        wordsPerSec: Math.round((words * rounds) / (ms / 1000)),
        share: round(ms / allMs),
      },
    ]),
  );
  const cpuMsPerDoc = (cpu.user + cpu.system) / 1000 / (texts.length * rounds);
  return {
    stages,
    total: {
      docsPerSec: round((texts.length * rounds) / secs),
      tokensPerSec: Math.round((tokens * rounds) / secs),
      wordsPerSec: Math.round((words * rounds) / secs),
      peakRssMB,
      cpuMsPerDoc: round(cpuMsPerDoc),
      docsPerCpuSec: round(1000 / cpuMsPerDoc),
    },
    tokens,
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : round((s[m - 1] + s[m]) / 2);
}

export const round = (x: number) => Math.round(x * 100) / 100;
