import { UnrecoverableError } from 'bullmq';
import { binaryCharOffset } from '../ingest/decode.js';
import { isBlank } from '../ingest/normalize.js';
import { DEFAULT_MAX_BYTES } from '../ingest/options.js';
import { DatelineError, isDatelineError } from '../model/errors.js';
/**
 * True for a failure that every attempt would repeat: bad input (DL_INGEST_*) or a document that does not
 * match the schema. Timeouts, crashes, store and queue errors may pass, so they are retried.
 */
export function isPermanent(err) {
    if (!isDatelineError(err))
        return false;
    return (err.code.startsWith('DL_INGEST_') || err.code === 'DL_MODEL_INVALID' || err.code === 'DL_MODEL_SPAN_RANGE');
}
/**
 * The Doc a job carries, checked as ingest checks a text (any producer may add jobs, not only `enqueue`):
 * a text that is missing, over the size limit, blank or binary throws the ingest error for it.
 */
export function jobDoc(data, jobId) {
    const doc = data?.doc;
    if (!doc || typeof doc.id !== 'string' || typeof doc.text !== 'string')
        throw new DatelineError('DL_MODEL_INVALID', jobId, 'the job carries no document');
    const bytes = Buffer.byteLength(doc.text, 'utf8');
    if (bytes > DEFAULT_MAX_BYTES) {
        throw new DatelineError('DL_INGEST_TOO_LARGE', doc.id, `${bytes} bytes is over the ${DEFAULT_MAX_BYTES}-byte limit`);
    }
    if (isBlank(doc.text))
        throw new DatelineError('DL_INGEST_EMPTY', doc.id, 'the document has no text');
    const bad = binaryCharOffset(doc.text);
    if (bad >= 0)
        throw new DatelineError('DL_INGEST_BINARY', doc.id, `control character at ${bad}: not text`, bad);
    return doc;
}
/**
 * Runs one job. A permanent failure (`isPermanent`) is buried at once and thrown as BullMQ's
 * UnrecoverableError, so the job is not retried; any other failure is thrown as it is for BullMQ to retry
 * with backoff, and buried on the last attempt.
 */
export async function runJob(job, steps) {
    const attempt = job.attemptsMade + 1;
    try {
        return await steps.process(jobDoc(job.data, job.id ?? '-'));
    }
    catch (err) {
        if (isPermanent(err)) {
            await steps.bury(err, attempt);
            throw new UnrecoverableError(err.message);
        }
        if (attempt >= (job.opts.attempts ?? 1))
            await steps.bury(err, attempt);
        throw err;
    }
}
