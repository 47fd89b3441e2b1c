import { Queue } from 'bullmq';
import { checkRedis, DEFAULT_QUEUE, deadQueueOf, redisUrlOf } from './names.js';
/** Job counts of a queue and its dead-letter queue. */
export async function queueCounts(o = {}) {
    const name = o.queue ?? DEFAULT_QUEUE;
    const connection = { url: redisUrlOf(o.redis) };
    await checkRedis(connection.url);
    const main = new Queue(name, { connection });
    const dead = new Queue(deadQueueOf(name), { connection });
    try {
        const c = await main.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
        const d = await dead.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
        return {
            waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
            delayed: c.delayed ?? 0,
            active: c.active ?? 0,
            completed: c.completed ?? 0,
            failed: c.failed ?? 0,
            dead: Object.values(d).reduce((a, b) => a + b, 0),
        };
    }
    finally {
        await Promise.all([main.close(), dead.close()]);
    }
}
