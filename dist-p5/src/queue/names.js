import { DatelineError } from '../model/errors.js';
/** The queue `dateline enqueue` and `dateline worker` use unless told otherwise. */
export const DEFAULT_QUEUE = 'dateline';
/** The Redis server: the flag, else $DATELINE_REDIS_URL, else the local default port. */
export const redisUrlOf = (flag) => flag || process.env.DATELINE_REDIS_URL || 'redis://127.0.0.1:6379';
/** Where jobs that failed every attempt are kept, with their error: `<queue>-dead`. */
export const deadQueueOf = (queue) => `${queue}-dead`;
/** Retries before a job goes to the dead-letter queue, and the first backoff (doubled each time). */
export const ATTEMPTS = 3;
export const BACKOFF_MS = 1000;
/**
 * The BullMQ job id for a document id. BullMQ refuses ids that are integers or contain ':'; those (and ids
 * starting with '~', to stay one-to-one) are percent-encoded behind a '~'.
 */
export function jobIdOf(docId) {
    if (/^\d+$/.test(docId) || docId.includes(':') || docId.startsWith('~'))
        return `~${encodeURIComponent(docId).replaceAll(':', '%3A')}`;
    return docId;
}
/** Redis URL without its password, for messages. */
export const hidePassword = (url) => url.replace(/:[^:@/]*@/, ':***@');
/** Fails fast with DL_QUEUE_FAILED when Redis does not answer (BullMQ alone would retry forever). */
export async function checkRedis(url) {
    const { Redis } = await import('ioredis');
    const client = new Redis(url, {
        lazyConnect: true,
        connectTimeout: 5000,
        maxRetriesPerRequest: 0,
        enableOfflineQueue: false,
        retryStrategy: () => null,
    });
    let cause;
    client.on('error', (e) => {
        cause = e;
    });
    try {
        await client.connect();
        await client.ping();
    }
    catch (e) {
        throw new DatelineError('DL_QUEUE_FAILED', hidePassword(url), `Redis does not answer: ${(cause ?? e).message}`);
    }
    finally {
        client.disconnect();
    }
}
