import { runBatchWith } from '../scale/batch.js';
import { quoteConvention } from '../stages/quotes/index.js';
import { openStore } from '../store/index.js';
import { list, parseFlags } from './args.js';
import { positiveInt } from './batch.js';
import { Progress } from './progress.js';

export const DEFAULT_DB = 'dateline.db';

/**
 * `dateline ingest PATH… [--db FILE] [--published DATE] [--only stages] [--skip-existing] [--workers N]
 * [--timeout MS] [--quote-convention attribution|speaker]`
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    published: { type: 'string' },
    only: { type: 'string' },
    'max-bytes': { type: 'string' },
    'allow-non-english': { type: 'boolean' },
    'skip-existing': { type: 'boolean' },
    workers: { type: 'string' },
    timeout: { type: 'string' },
    'quote-convention': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  const convention = quoteConvention(values['quote-convention']);
  if (convention) process.env.DATELINE_QUOTES_CONVENTION = convention; // the quotes stage reads it as pipelines start
  const db = values.db ?? DEFAULT_DB;
  const summary = await ingestPaths(positionals.length ? positionals : ['-'], db, {
    published: values.published,
    maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
    allowNonEnglish: values['allow-non-english'],
    only: list(values.only),
    skipExisting: values['skip-existing'],
    workers: positiveInt(values.workers, 'workers'),
    timeoutMs: positiveInt(values.timeout, 'timeout'),
  });
  if (!values.quiet) process.stderr.write(summary.line + '\n');
  return summary.failed ? 1 : 0;
}

export interface IngestRun {
  published?: string;
  maxBytes?: number;
  allowNonEnglish?: boolean;
  only?: string[];
  skipExisting?: boolean;
  /** Pipeline threads (default one per core; 1 = in this thread). */
  workers?: number;
  timeoutMs?: number;
}

/** Ingests paths into a store; shared by `ingest` and `start`. */
export async function ingestPaths(paths: string[], db: string, o: IngestRun) {
  const store = await openStore(db);
  const progress = new Progress('ingest');
  const outcome = { inserted: 0, replaced: 0, unchanged: 0 };
  let failed = 0;
  try {
    const counts = await runBatchWith(paths, o, o, {
      skip: o.skipExisting ? (doc) => store.hasDoc(doc.id) : undefined,
      onDoc: async (doc, source) => {
        outcome[await store.putDoc(doc)]++;
        progress.tick(outcome.inserted + outcome.replaced + outcome.unchanged, failed, source);
      },
      onError: (source, err) => {
        failed++;
        progress.done();
        process.stderr.write(`error: ${source}: ${err.code} ${err.message}\n`);
      },
    });
    progress.done();
    const parts = Object.entries({ ...outcome, 'already stored': counts.skipped })
      .filter(([, n]) => n)
      .map(([k, n]) => `${n} ${k}`);
    const line =
      `ingested ${counts.ok} docs (${parts.join(', ') || 'none'}), ${counts.failed} failed, ` +
      `${progress.elapsed().toFixed(1)} s → ${db}`;
    return { ...counts, line };
  } finally {
    await store.close();
  }
}
