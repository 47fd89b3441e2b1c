import type { Doc } from '../model/index.js';
import type { DateRange, Store } from '../store/index.js';
import { csvLine } from './csv.js';
import { type ExportKind, type ExportKindName, type ExportRecord, KINDS } from './records.js';
import type { TextSink } from './sink.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends DateRange {
  kind: ExportKindName;
  /** Document ids fetched per store round trip; only this many ids (and one Doc) are held at a time. */
  pageSize?: number;
  /** Called after each document with how many are done. */
  onDoc?(done: number): void;
}

export interface ExportSummary {
  docs: number;
  records: number;
}

/** Every stored Doc published within the range, in id order, read one at a time. */
export async function* storedDocs(store: Store, range: DateRange, pageSize = 500): AsyncGenerator<Doc> {
  for (let after: string | undefined; ; ) {
    const ids = await store.docIds({ from: range.from, to: range.to, after, limit: pageSize });
    for (const id of ids) {
      const doc = await store.getDoc(id);
      if (doc) yield doc; // deleted since the page was read: nothing to export
    }
    if (ids.length < pageSize) return;
    after = ids[ids.length - 1];
  }
}

/** A record with exactly the kind's columns, in column order (what CSV headers and Parquet schemas promise). */
export function inColumnOrder(kind: ExportKind, r: ExportRecord): ExportRecord {
  return Object.fromEntries(kind.columns.map(([name]) => [name, r[name] ?? null]));
}

/** Streams the records of every stored Doc, one document at a time. */
export async function eachRecord(
  store: Store,
  o: ExportOptions,
  use: (r: ExportRecord) => Promise<boolean | undefined>,
): Promise<ExportSummary> {
  const kind = KINDS[o.kind];
  const sum: ExportSummary = { docs: 0, records: 0 };
  for await (const doc of storedDocs(store, o, o.pageSize)) {
    for (const r of kind.records(doc)) {
      if ((await use(inColumnOrder(kind, r))) === false) return sum;
      sum.records++;
    }
    sum.docs++;
    o.onDoc?.(sum.docs);
  }
  return sum;
}

/** Writes one kind of record as JSON Lines or CSV (with its header, even when there are no rows). */
export async function writeRecords(
  store: Store,
  out: TextSink,
  format: 'jsonl' | 'csv',
  o: ExportOptions,
): Promise<ExportSummary> {
  const kind = KINDS[o.kind];
  if (format === 'csv') await out.write(csvLine(kind.columns.map(([name]) => name)));
  return eachRecord(store, o, async (r) => {
    if (out.closed) return false;
    await out.write(format === 'csv' ? csvLine(Object.values(r)) : `${JSON.stringify(r)}\n`);
    return true;
  });
}
