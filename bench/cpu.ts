/**
 * CPU and garbage per document, for speed work on a loaded machine: `npm run build && node dist/bench/cpu.js
 * [--passes N] [--warmup N] [--json]` runs the one-thread pipeline over the GUM news articles and prints, over
 * the timed passes, the process CPU ms per document (every thread: V8's compiler and GC helpers count), each
 * stage's CPU ms per pass (`--stages`; costs one `process.cpuUsage` per stage and document), GC pauses and
 * the bytes allocated and promoted per document (from `v8.GCProfiler`). CPU time, unlike docs/s, hardly
 * depends on what else the machine runs, though a busy cache still slows it a little: compare A and B by
 * interleaving runs (`--ab "NODE FLAGS A" "NODE FLAGS B" [--runs N]` runs this script in child processes,
 * alternating, and prints each run and the medians; `--ab-checkout DIR [--runs N] [--stages]` does the same
 * with A = DIR's built `dist/bench/cpu.js`, e.g. a `git archive` of the commit before a change, built).
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { createDoc } from '../src/model/doc.js';
import { sharedDir } from '../src/paths.js';
import { pipelineStages } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { gumNews } from './corpus.js';

export interface CpuResult {
  docs: number;
  cpuMsPerDoc: number;
  wallMsPerDoc: number;
  gcMsPerDoc: number;
  scavenges: number;
  markCompacts: number;
  allocMBPerDoc: number;
  promotedMBPerDoc: number;
  peakRssMB: number;
  stageCpuMs: Record<string, number>;
}

type GcHeap = ReturnType<v8.GCProfiler['stop']>['statistics'][number]['beforeGC'];

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};

if (args[0] === '--ab') await ab(args[1] ?? '', args[2] ?? '', opt('--runs', 4));
else if (args[0] === '--ab-checkout') await ab('', '', opt('--runs', 4), args[1]);
else {
  const r = await measure(opt('--passes', 6), opt('--warmup', 5), args.includes('--stages'));
  if (args.includes('--json')) console.log(JSON.stringify(r));
  else print(r);
}

async function measure(passes: number, warmup: number, perStage: boolean): Promise<CpuResult> {
  const texts = gumNews();
  if (!texts.length) throw new Error('bench/cpu: needs ../shared/data/gum (absent here)');
  const stages = pipelineStages(ALL_STAGES);
  for (const s of stages) await s.init?.();
  const stageCpu = new Map<string, number>();
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const pass = (timed: boolean) => {
    for (const t of texts) {
      const doc = createDoc(t.text, {
        published: { value: t.published, from: t.published ? 'given' : 'none' },
      });
      for (const s of stages) {
        if (!(timed && perStage)) {
          s.run(doc);
          continue;
        }
        const c0 = cpuNow();
        s.run(doc);
        stageCpu.set(s.name, (stageCpu.get(s.name) ?? 0) + cpuNow() - c0);
      }
    }
  };
  for (let w = 0; w < warmup; w++) pass(false);
  const profiler = new v8.GCProfiler();
  profiler.start();
  const used0 = v8.getHeapStatistics().used_heap_size;
  const c0 = cpuNow();
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) pass(true);
  const cpu = cpuNow() - c0;
  const wall = performance.now() - t0;
  const used1 = v8.getHeapStatistics().used_heap_size;
  const gcs = profiler.stop().statistics;
  const docs = texts.length * passes;
  const used = (s: GcHeap) => s.heapStatistics.usedHeapSize;
  const oldUsed = (s: GcHeap) =>
    s.heapSpaceStatistics.find((x) => x.spaceName === 'old_space')?.spaceUsedSize ?? 0;
  let alloc = 0;
  let promoted = 0;
  let gcMs = 0;
  let last = used0;
  for (const g of gcs) {
    gcMs += g.cost / 1000;
    // allocated since the last GC finished: what the heap grew by until this one began
    alloc += Math.max(0, used(g.beforeGC) - last);
    last = used(g.afterGC);
    if (g.gcType === 'Scavenge') promoted += Math.max(0, oldUsed(g.afterGC) - oldUsed(g.beforeGC));
  }
  alloc += Math.max(0, used1 - last);
  const MB = 1024 * 1024;
  return {
    docs,
    cpuMsPerDoc: round(cpu / docs),
    wallMsPerDoc: round(wall / docs),
    gcMsPerDoc: round(gcMs / docs),
    scavenges: gcs.filter((g) => g.gcType === 'Scavenge').length,
    markCompacts: gcs.filter((g) => g.gcType === 'MarkSweepCompact').length,
    allocMBPerDoc: round(alloc / MB / docs),
    promotedMBPerDoc: round(promoted / MB / docs),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    stageCpuMs: Object.fromEntries([...stageCpu].map(([k, v]) => [k, round(v / passes)])),
  };
}

function print(r: CpuResult): void {
  console.log(`${r.docs} docs (GUM news), one thread`);
  console.log(`CPU ms/doc ${r.cpuMsPerDoc}  wall ms/doc ${r.wallMsPerDoc}  peak RSS ${r.peakRssMB} MB`);
  console.log(
    `GC: ${r.gcMsPerDoc} ms/doc in pauses; ${r.scavenges} scavenges, ${r.markCompacts} mark-compacts; ` +
      `≈ ${r.allocMBPerDoc} MB allocated and ${r.promotedMBPerDoc} MB promoted per doc`,
  );
  for (const [k, v] of Object.entries(r.stageCpuMs)) console.log(`  ${k.padEnd(10)} ${v} CPU ms/pass`);
}

/**
 * Interleaved child runs of this script under two sets of node flags (or, with `other`, A is that checkout's
 * built `dist/bench/cpu.js` and B this one); prints each run and the medians.
 */
async function ab(a: string, b: string, runs: number, other?: string): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const scriptOf = (name: string) =>
    other && name === 'A' ? join(resolve(other), 'dist/bench/cpu.js') : script;
  const rows: Record<string, CpuResult[]> = { A: [], B: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, flags] of [
      ['A', a],
      ['B', b],
    ] as const) {
      const out = execFileSync(
        process.execPath,
        [
          ...flags.split(' ').filter(Boolean),
          scriptOf(name),
          '--json',
          ...(args.includes('--stages') ? ['--stages'] : []),
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, DATELINE_SHARED: process.env.DATELINE_SHARED ?? sharedDir() },
        },
      );
      const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as CpuResult;
      rows[name].push(r);
      console.log(
        `${name} run ${i + 1}: CPU ${r.cpuMsPerDoc} ms/doc, wall ${r.wallMsPerDoc}, GC ${r.gcMsPerDoc}, ` +
          `promoted ${r.promotedMBPerDoc} MB/doc, peak RSS ${r.peakRssMB} MB`,
      );
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  for (const [name, flags] of [
    ['A', a],
    ['B', b],
  ] as const) {
    const rs = rows[name];
    const stages = Object.keys(rs[0].stageCpuMs)
      .map((k) => `${k} ${median(rs.map((r) => r.stageCpuMs[k]))}`)
      .join(', ');
    console.log(
      `${name} (${other ? (name === 'A' ? other : 'this checkout') : flags || 'no flags'}): median CPU ${median(rs.map((r) => r.cpuMsPerDoc))} ms/doc, ` +
        `GC ${median(rs.map((r) => r.gcMsPerDoc))} ms/doc, peak RSS ${median(rs.map((r) => r.peakRssMB))} MB` +
        (stages ? `; stage CPU ms/pass: ${stages}` : ''),
    );
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
