import { startWorker } from '../queue/index.js';
import { isPostgresUrl } from '../store/index.js';
import { list, parseFlags } from './args.js';
import { positiveInt } from './batch.js';
import { DEFAULT_DB } from './ingest.js';

/**
 * `dateline worker [--redis URL] [--queue NAME] [--db postgres://…|FILE] [--concurrency N] [--timeout MS]`:
 * processes queued documents into the store until SIGTERM/SIGINT, then finishes the current jobs and exits.
 */
export async function run(argv: string[]): Promise<number> {
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
  const say = (line: string) => {
    if (!values.quiet) process.stderr.write(`${line}\n`);
  };
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
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      say(`${signal}: finishing the current jobs`);
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await worker.close();
  const c = worker.counts;
  say(`worker stopped: ${c.stored} stored, ${c.failed} failed attempts, ${c.dead} dead`);
  return 0;
}
