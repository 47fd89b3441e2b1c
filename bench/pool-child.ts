/** Child process of `benchPool`: runs the texts through a worker pool and reports speed and peak RSS. */
import { createDoc } from '../src/model/doc.js';
import { timePool } from '../src/scale/time-pool.js';
import type { BenchText } from './corpus.js';
import type { PoolResult } from './pool.js';

process.once(
  'message',
  async (m: { texts: BenchText[]; workers: number; rounds: number; share: boolean; warmup: number }) => {
    const docs = (round: number) =>
      m.texts.map((t, i) =>
        createDoc(
          t.text,
          { published: { value: t.published, from: t.published ? 'given' : 'none' } },
          `${round}-${i}`,
        ),
      );
    const t = await timePool(docs, m.workers, m.rounds, { shareModels: m.share, warmup: m.warmup });
    const result: PoolResult = {
      workers: m.workers,
      docsPerSec: Math.round(t.docsPerSec * 100) / 100,
      tokensPerSec: 0, // the parent knows the token and word counts
      wordsPerSec: 0,
      failed: t.failed,
      mainBusy: t.mainBusy,
      cpuMsPerDoc: Math.round(t.cpuMsPerDoc * 100) / 100,
      docsPerCpuSec: Math.round(100000 / t.cpuMsPerDoc) / 100,
      shared: t.shared,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    process.send?.(result, () => process.exit(0));
  },
);
