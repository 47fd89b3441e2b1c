import { Queue, Worker } from 'bullmq';
import { isDatelineError } from '../model/errors.js';
import { createPool } from '../scale/pool.js';
import { openStore } from '../store/index.js';
import { runJob } from './job.js';
import { checkRedis, DEFAULT_QUEUE, deadQueueOf, redisUrlOf } from './names.js';
/**
 * A stateless queue worker: takes jobs, runs the pipeline on a thread pool, writes each Doc to the store
 * (one transaction, idempotent by id). A job failing its last attempt, or failing on bad input (no retry),
 * is copied to the dead-letter queue.
 */
export async function startWorker(o) {
    const name = o.queue ?? DEFAULT_QUEUE;
    const connection = { url: redisUrlOf(o.redis) };
    const concurrency = Math.max(1, o.concurrency ?? 1);
    const lockMs = o.lockMs ?? 30_000;
    const log = o.log ?? (() => { });
    const counts = { stored: 0, failed: 0, dead: 0 };
    await checkRedis(connection.url);
    const store = await openStore(o.db);
    const pool = await createPool({ workers: concurrency, only: o.only, timeoutMs: o.timeoutMs });
    const dead = new Queue(deadQueueOf(name), { connection });
    const buried = new Set();
    const bury = async (job, err, attempts) => {
        if (buried.has(job.id ?? ''))
            return;
        buried.add(job.id ?? '');
        const error = isDatelineError(err)
            ? { code: err.code, message: err.message }
            : { code: 'DL_STAGE_FAILED', message: String(err?.message ?? err) };
        // Same job id as the original, so a second burial of the same job is a no-op.
        await dead.add('dead', { ...job.data, error, attempts, failedAt: new Date().toISOString() }, { jobId: job.id });
        counts.dead++;
        log(`dead: ${job.id}: ${error.code} ${error.message}`);
    };
    const handle = async (job) => {
        try {
            const result = await runJob(job, {
                process: async (doc) => store.putDoc(await pool.run(doc)),
                bury: (err, attempts) => bury(job, err, attempts),
            });
            counts.stored++;
            return result;
        }
        catch (err) {
            counts.failed++;
            log(`error: ${job.id} (attempt ${job.attemptsMade + 1}): ${err.message}`);
            throw err;
        }
    };
    const worker = new Worker(name, handle, {
        connection,
        concurrency,
        lockDuration: lockMs,
        stalledInterval: lockMs,
    });
    // Jobs that fail outside the processor (stalled too often) reach the dead-letter queue here.
    worker.on('failed', (job, err) => {
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1))
            bury(job, err, job.attemptsMade).catch(() => { });
    });
    worker.on('error', (err) => log(`queue: ${err.message}`));
    await worker.waitUntilReady();
    return {
        counts,
        async close() {
            await worker.close();
            await Promise.all([pool.close(), dead.close()]);
            await store.close();
        },
    };
}
