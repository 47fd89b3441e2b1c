/**
 * Who allocates: `npm run build && node dist/bench/alloc-top.js [N]` runs the one-thread pipeline over the GUM
 * news articles (3 warm-up passes, 3 sampled) under V8's sampling heap profiler, counting objects the GCs
 * already collected too, and prints the N functions that allocate the most per document (a built-in such as
 * `slice` or `split` is counted to the function that called it), then the files.
 */
import { Session } from 'node:inspector/promises';
import { createDoc } from '../src/model/doc.js';
import { pipelineStages } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { gumNews } from './corpus.js';

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface SampleNode {
  callFrame: Frame;
  selfSize: number;
  children: SampleNode[];
}

const top = Number(process.argv[2] ?? 30);
const texts = gumNews();
if (!texts.length) throw new Error('bench/alloc-top: needs ../shared/data/gum (absent here)');
const stages = pipelineStages(ALL_STAGES);
for (const s of stages) await s.init?.();
const pass = () => {
  for (const t of texts) {
    const doc = createDoc(t.text, {
      published: { value: t.published, from: t.published ? 'given' : 'none' },
    });
    for (const s of stages) s.run(doc);
  }
};
for (let w = 0; w < 3; w++) pass();
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
const passes = 3;
for (let p = 0; p < passes; p++) pass();
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
const short = (url: string) => url.replace(/^file:\/\/.*?\/(node_modules|dist|src)\//, '$1/');
const walk = (n: SampleNode, owner: Frame | undefined) => {
  const own = n.callFrame.url ? n.callFrame : owner;
  const f = own ?? n.callFrame;
  total += n.selfSize;
  const key = `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + n.selfSize);
  byFile.set(short(f.url), (byFile.get(short(f.url)) ?? 0) + n.selfSize);
  for (const c of n.children) walk(c, own);
};
walk(profile.head as unknown as SampleNode, undefined);
const docs = texts.length * passes;
console.log(
  `${docs} docs (GUM news): ≈ ${(total / docs / 2 ** 20).toFixed(2)} MB allocated per doc (sampled)`,
);
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(
    `${((100 * v) / total).toFixed(1).padStart(5)}% ${(v / docs / 1024).toFixed(0).padStart(5)} KB/doc  ${k}`,
  );
console.log('by file:');
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k || '(native)'}`);
