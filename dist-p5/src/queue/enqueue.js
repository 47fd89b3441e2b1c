import { Queue } from 'bullmq';
import { readInputs } from '../ingest/index.js';
import { ATTEMPTS, BACKOFF_MS, checkRedis, DEFAULT_QUEUE, jobIdOf, redisUrlOf, } from './names.js';
/**
 * Job options: retries with exponential backoff. Finished jobs are kept a while (a day, at most 50,000) so a
 * re-enqueue is a no-op; Redis memory stays bounded since each job holds its Doc.
 */
export const JOB_OPTIONS = {
    attempts: ATTEMPTS,
    backoff: { type: 'exponential', delay: BACKOFF_MS },
    removeOnComplete: { age: 24 * 3600, count: 50_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
};
/** Reads inputs like `ingest` and submits one job per document, job id = document id (idempotent). */
export async function enqueueInputs(inputs, o = {}) {
    const url = redisUrlOf(o.redis);
    await checkRedis(url);
    const queue = new Queue(o.queue ?? DEFAULT_QUEUE, { connection: { url } });
    const counts = { submitted: 0, failed: 0 };
    let batch = [];
    const flush = async () => {
        if (!batch.length)
            return;
        await queue.addBulk(batch);
        counts.submitted += batch.length;
        batch = [];
    };
    try {
        for await (const item of readInputs(inputs, o)) {
            if ('error' in item) {
                counts.failed++;
                o.onError?.(item.source, item.error);
                continue;
            }
            const data = { doc: item.doc, source: item.source };
            batch.push({ name: 'doc', data, opts: { jobId: jobIdOf(item.doc.id), ...JOB_OPTIONS } });
            if (batch.length >= 200)
                await flush();
        }
        await flush();
        return counts;
    }
    finally {
        await queue.close();
    }
}
