/** `npm run fuzz [-- N [FIRST_SEED]]`: N generated cases (default 10,000) through ingest, pipeline and store. */
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { openStore } from '../src/store/index.js';
import { makeCase } from './cases.js';
import { runCase } from './check.js';
const n = Number(process.argv[2] ?? 10000);
const first = Number(process.argv[3] ?? 1);
const pipeline = await buildPipeline(ALL_STAGES);
const store = await openStore(':memory:');
const kinds = new Map();
let stored = 0;
let refused = 0;
let failed = 0;
const t0 = performance.now();
for (let seed = first; seed < first + n; seed++) {
    const c = makeCase(seed);
    kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    try {
        const r = await runCase(c, pipeline, store);
        stored += r.stored;
        refused += r.refused;
    }
    catch (err) {
        failed++;
        process.stderr.write(`seed ${seed} (${c.kind}): ${err.stack}\n`);
    }
}
await store.close();
const secs = ((performance.now() - t0) / 1000).toFixed(1);
process.stdout.write(`fuzz: ${n} cases (${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}) in ${secs}s: ` +
    `${stored} documents stored, ${refused} refused with a DatelineError\n${n - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
