import type { Doc } from '../model/index.js';
import type { DateRange, Store } from '../store/index.js';
import { type ExportKind, type ExportKindName, type ExportRecord } from './records.js';
import type { TextSink } from './sink.js';
export declare const EXPORT_FORMATS: readonly ["jsonl", "csv", "parquet"];
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
export declare function storedDocs(store: Store, range: DateRange, pageSize?: number): AsyncGenerator<Doc>;
/** A record with exactly the kind's columns, in column order (what CSV headers and Parquet schemas promise). */
export declare function inColumnOrder(kind: ExportKind, r: ExportRecord): ExportRecord;
/** Streams the records of every stored Doc, one document at a time. */
export declare function eachRecord(store: Store, o: ExportOptions, use: (r: ExportRecord) => Promise<boolean | undefined>): Promise<ExportSummary>;
/** Writes one kind of record as JSON Lines or CSV (with its header, even when there are no rows). */
export declare function writeRecords(store: Store, out: TextSink, format: 'jsonl' | 'csv', o: ExportOptions): Promise<ExportSummary>;
