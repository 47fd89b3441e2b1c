import { type Ingested, type IngestOptions, readInputs } from '../ingest/index.js';
import type { Doc } from '../model/doc.js';
import { DatelineError, isDatelineError } from '../model/errors.js';
import type { Pipeline } from '../pipeline/pipeline.js';

export interface BatchCounts {
  ok: number;
  failed: number;
  skipped: number;
}

/** What a batch does with each document; give `onDoc` or `onJson`. */
export interface BatchHandlers {
  onDoc?: (doc: Doc, source: string) => Promise<void> | void;
  /** Instead of `onDoc`: the processed Doc as JSON text (on a pool it is then never parsed in this thread). */
  onJson?: (json: string, source: string) => Promise<void> | void;
  onError?: (source: string, err: DatelineError) => void;
  /** Checked before the pipeline runs: true leaves the document out (e.g. already stored). */
  skip?: (doc: Doc) => Promise<boolean> | boolean;
}

/** Reads every input, runs the pipeline on each document, hands good ones on; a bad one is reported, never fatal. */
export async function runBatch(
  inputs: string[],
  pipe: Pipeline,
  opts: IngestOptions,
  { onDoc, onJson, onError = reportError, skip }: BatchHandlers,
): Promise<BatchCounts> {
  const counts: BatchCounts = { ok: 0, failed: 0, skipped: 0 };
  for await (const item of readInputs(inputs, opts)) {
    if (skip && 'doc' in item && (await skip(item.doc))) {
      counts.skipped++;
      continue;
    }
    const doc = processed(item, pipe);
    if (doc instanceof DatelineError) {
      counts.failed++;
      onError(item.source, doc);
      continue;
    }
    try {
      if (onJson) await onJson(JSON.stringify(doc), item.source);
      else await onDoc?.(doc, item.source);
      counts.ok++;
    } catch (err) {
      counts.failed++;
      onError(item.source, asDatelineError(err, doc.id, 'DL_STORE_FAILED'));
    }
  }
  return counts;
}

function processed(item: Ingested, pipe: Pipeline): Doc | DatelineError {
  if ('error' in item) return item.error;
  try {
    return pipe.run(item.doc);
  } catch (err) {
    return asDatelineError(err, item.doc.id, 'DL_STAGE_FAILED');
  }
}

function asDatelineError(
  err: unknown,
  docId: string,
  code: 'DL_STAGE_FAILED' | 'DL_STORE_FAILED',
): DatelineError {
  if (isDatelineError(err)) return err;
  return new DatelineError(code, docId, (err as Error)?.message ?? String(err), undefined, { cause: err });
}

/** One line per failed document on stderr: where it came from, the code, the reason. */
export function reportError(source: string, err: DatelineError): void {
  process.stderr.write(`error: ${source}: ${err.code} ${err.message}\n`);
}

/** A flag that must be a positive integer (`--workers`, `--timeout`), or undefined when not given. */
export function positiveInt(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new DatelineError('DL_USAGE', '-', `--${flag} must be a positive integer`);
  return n;
}
