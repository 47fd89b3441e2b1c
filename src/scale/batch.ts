import { type BatchCounts, type BatchHandlers, reportError } from '../cli/batch.js';
import { type Ingested, type IngestOptions, readInputs } from '../ingest/index.js';
import { DatelineError, type Doc, isDatelineError } from '../model/index.js';
import type { Pool } from './pool.js';

type Item = { source: string; doc?: Doc; error?: DatelineError; skipped?: boolean };

/**
 * `runBatch` on a worker pool: same handlers, same counts, results handed on in input order. Ingest errors and
 * skipped documents pass through the pool untouched, so their place in the order is kept.
 */
export async function runBatchOnPool(
  inputs: string[],
  pool: Pool,
  opts: IngestOptions,
  { onDoc, onError = reportError, skip }: BatchHandlers,
): Promise<BatchCounts> {
  const counts: BatchCounts = { ok: 0, failed: 0, skipped: 0 };
  async function* items(): AsyncGenerator<Item> {
    for await (const it of readInputs(inputs, opts) as AsyncGenerator<Ingested>) {
      if ('error' in it) yield { source: it.source, error: it.error };
      else if (skip && (await skip(it.doc))) yield { source: it.source, skipped: true };
      else yield { source: it.source, doc: it.doc };
    }
  }
  for await (const out of pool.map(items(), (it) => it.doc)) {
    const { item } = out;
    if (item.skipped) {
      counts.skipped++;
      continue;
    }
    if (!('doc' in out)) {
      counts.failed++;
      onError(item.source, 'error' in out ? out.error : item.error!);
      continue;
    }
    const doc = out.doc;
    try {
      await onDoc(doc, item.source);
      counts.ok++;
    } catch (e) {
      counts.failed++;
      onError(
        item.source,
        isDatelineError(e)
          ? e
          : new DatelineError('DL_STORE_FAILED', doc.id, String((e as Error)?.message ?? e)),
      );
    }
  }
  return counts;
}
