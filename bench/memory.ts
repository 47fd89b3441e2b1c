/**
 * Where the one-thread pipeline's memory goes: `npm run build && node dist/bench/memory.js [PASSES]`.
 * Prints RSS, live heap (after a forced GC), array buffers and peak RSS after the imports, after each stage's
 * `init`, after each stage's first document (lazy lexicons and models load there), then after each pass over
 * the GUM news articles (no forced GC between passes, as in `dateline bench`), and at the end V8's heap spaces
 * and, on Linux, the process's resident memory by mapping. Built JS, not tsx: tsx's compiler adds its own.
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createDoc, type Doc } from '../src/model/doc.js';
import { pipelineStages } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { gumNews } from './corpus.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const MB = 1024 * 1024;
const f = (bytes: number) => (bytes / MB).toFixed(1).padStart(7);

/** One line of figures; `collect` forces a full GC first so heapUsed is the live heap. */
function line(label: string, collect: boolean): void {
  const rss = process.memoryUsage().rss;
  if (collect) gc();
  const m = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${label.padEnd(24)}${f(rss)}${f(m.heapUsed)}${f(m.heapTotal)}${f(m.arrayBuffers)}${f(m.external)}${f(peak)}`,
  );
}

const texts = gumNews();
if (!texts.length) {
  console.error('bench/memory: needs ../shared/data/gum (absent here); nothing measured');
  process.exit(1);
}
const passes = Number(process.argv[2] ?? 8);
const docOf = (t: (typeof texts)[number]): Doc =>
  createDoc(t.text, { published: { value: t.published, from: t.published ? 'given' : 'none' } });

console.log(`${'MB'.padEnd(24)}    rss   heap  heapTot  arrBuf    ext  peakRSS`);
line('imports', true);
const stages = pipelineStages(ALL_STAGES);
for (const s of stages) {
  await s.init?.();
  line(`init ${s.name}`, true);
}
const first = docOf(texts[0]);
for (const s of stages) {
  s.run(first);
  line(`first doc: ${s.name}`, true);
}
for (let p = 0; p < passes; p++) {
  for (const t of texts) {
    const doc = docOf(t);
    for (const s of stages) s.run(doc);
  }
  line(`pass ${p + 1}`, p === passes - 1);
}
console.log('(heap is the live heap on lines after a forced GC: all but passes 1 to N-1)');
console.log('\nV8 heap spaces (MB, after the last pass and a full GC):');
for (const s of v8.getHeapSpaceStatistics()) {
  if (s.physical_space_size >= MB / 10)
    console.log(`  ${s.space_name.padEnd(24)} size ${f(s.space_size)}  used ${f(s.space_used_size)}`);
}
try {
  const byMap = new Map<string, number>();
  let name = '';
  for (const l of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(l);
    if (head) name = head[1] || '[anonymous: V8 heap, array buffers, thread stacks]';
    const rss = /^Rss:\s+(\d+) kB/.exec(l);
    if (rss) byMap.set(name, (byMap.get(name) ?? 0) + Number(rss[1]) * 1024);
  }
  console.log('resident memory by mapping (MB; [heap] is malloc):');
  for (const [k, v] of [...byMap].sort((a, b) => b[1] - a[1]).slice(0, 4)) console.log(`  ${f(v)}  ${k}`);
} catch {
  // not Linux: no /proc/self/smaps
}
