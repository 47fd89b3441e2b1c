import { startWorker } from '../queue/index.js';
import { isPostgresUrl } from '../store/index.js';
import { list, parseFlags } from './args.js';
import { positiveInt } from './batch.js';
import { DEFAULT_DB } from './ingest.js';
/**
 * `dateline worker [--redis URL] [--queue NAME] [--db postgres://…|FILE] [--concurrency N] [--timeout MS]`:
 * processes queued documents into the store until SIGTERM/SIGINT, then finishes the current jobs and exits.
 */
export async function run(argv) {
    const { values } = parseFlags(argv, {
        redis: { type: 'string' },
        queue: { type: 'string' },
        db: { type: 'string' },
        concurrency: { type: 'string' },
        only: { type: 'string' },
        timeout: { type: 'string' },
        'lock-ms': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
    });
    const db = values.db ?? process.env.DATELINE_PG_URL ?? DEFAULT_DB;
    const say = (line) => {
        if (!values.quiet)
            process.stderr.write(`${line}\n`);
    };
    // Listen before the models load: a signal that comes during start-up still stops the worker cleanly.
    let signalled;
    let wake = () => { };
    const onSignal = (signal) => {
        signalled = signal;
        wake();
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
    const worker = await startWorker({
        redis: values.redis,
        queue: values.queue,
        db,
        concurrency: positiveInt(values.concurrency, 'concurrency'),
        only: list(values.only),
        timeoutMs: positiveInt(values.timeout, 'timeout'),
        lockMs: positiveInt(values['lock-ms'], 'lock-ms'),
        log: say,
    });
    say(`worker ready (pid ${process.pid}) → ${isPostgresUrl(db) ? 'postgres' : db}`);
    if (!signalled)
        await new Promise((resolve) => (wake = resolve));
    say(`${signalled}: finishing the current jobs`);
    await worker.close();
    const c = worker.counts;
    say(`worker stopped: ${c.stored} stored, ${c.failed} failed attempts, ${c.dead} dead`);
    return 0;
}
