/** Child process of `benchPool`: runs the texts through a worker pool and reports speed and peak RSS. */
import { createDoc } from '../src/model/doc.js';
import { timePool } from '../src/scale/time-pool.js';
process.once('message', async (m) => {
    const docs = (round) => m.texts.map((t, i) => createDoc(t.text, { published: { value: t.published, from: t.published ? 'given' : 'none' } }, `${round}-${i}`));
    const t = await timePool(docs, m.workers, m.rounds, { shareModels: m.share, warmup: m.warmup });
    const result = {
        workers: m.workers,
        docsPerSec: t.docsPerSec,
        tokensPerSec: 0, // the parent knows the token and word counts
        wordsPerSec: 0,
        failed: t.failed,
        mainBusy: t.mainBusy,
        cpuMsPerDoc: t.cpuMsPerDoc,
        shared: t.shared,
        peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    process.send?.(result, () => process.exit(0));
});
