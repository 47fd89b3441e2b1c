import { DatelineError } from '../model/errors.js';
import { startWorker } from '../queue/index.js';
import { isPostgresUrl } from '../store/index.js';
import { list, parseFlags } from './args.js';
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
    concurrency: positive(values.concurrency, 'concurrency'),
    only: list(values.only),
    timeoutMs: positive(values.timeout, 'timeout'),
    lockMs: positive(values['lock-ms'], 'lock-ms'),
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

function positive(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new DatelineError('DL_USAGE', '-', `--${flag} must be a positive integer`);
  return n;
}
