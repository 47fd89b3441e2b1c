/**
 * Pool throughput: `npx tsx src/scale/throughput.ts [--workers 1,2,4] [--docs 200]` runs the full pipeline
 * on the repo's sample articles (each copy with its own id) and prints docs/s and words/s per pool size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDoc } from '../model/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import { timePool } from './time-pool.js';
const { values } = parseArgs({
    options: { workers: { type: 'string', default: '1,2,4' }, docs: { type: 'string', default: '200' } },
});
const dir = join(PACKAGE_ROOT, 'samples');
const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
const n = Number(values.docs);
const docs = () => Array.from({ length: n }, (_, i) => createDoc(texts[i % texts.length], {}, `d${i}`));
const words = docs().reduce((a, d) => a + d.text.split(/\s+/).filter(Boolean).length, 0);
for (const w of values.workers.split(',').map(Number)) {
    // The warm-up pass gives each worker 4 documents.
    const t = await timePool((round) => (round < 0 ? docs().slice(0, w * 4) : docs()), w);
    console.log(JSON.stringify({
        workers: w,
        docs: n,
        failed: t.failed,
        seconds: +t.seconds.toFixed(2),
        docsPerSec: +t.docsPerSec.toFixed(1),
        wordsPerSec: Math.round(words / t.seconds),
        mainBusy: +t.mainBusy.toFixed(3),
    }));
}
