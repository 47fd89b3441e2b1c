/** Child process of `benchPool`: runs the texts through a worker pool and reports speed and peak RSS. */
import { createDoc } from '../src/model/doc.js';
import { createPool } from '../src/scale/pool.js';
import type { BenchText } from './corpus.js';
import type { PoolResult } from './pool.js';

process.once('message', async (m: { texts: BenchText[]; workers: number; rounds: number }) => {
  const docs = (round: number) =>
    m.texts.map((t, i) =>
      createDoc(
        t.text,
        { published: { value: t.published, from: t.published ? 'given' : 'none' } },
        `${round}-${i}`,
      ),
    );
  const pool = await createPool({ workers: m.workers });
  // Warm-up pass: each worker has loaded its models and JIT-compiled the stages before the clock starts.
  for await (const _ of pool.map(docs(-1), (d) => d));
  let tokens = 0;
  let failed = 0;
  const t0 = performance.now();
  for (let r = 0; r < m.rounds; r++) {
    for await (const out of pool.map(docs(r), (d) => d, { ordered: false })) {
      if ('doc' in out) tokens += out.doc.tokens.length;
      else failed++;
    }
  }
  const secs = (performance.now() - t0) / 1000;
  await pool.close();
  const result: PoolResult = {
    workers: m.workers,
    docsPerSec: (m.texts.length * m.rounds) / secs,
    tokensPerSec: tokens / secs,
    wordsPerSec: 0, // the parent knows the word count
    failed,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.send?.(result, () => process.exit(0));
});
