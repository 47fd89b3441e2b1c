import { type Doc } from '../model/index.js';
/** A flat cell: every export format can hold one without nesting. */
export type Cell = string | number | boolean | null;
export type ExportRecord = Record<string, Cell>;
/** Column types, named as DuckDB names them (they become the Parquet schema). */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';
/** One kind of record an export can write: its columns in order, and how a Doc yields its records. */
export interface ExportKind {
    columns: readonly (readonly [name: string, type: ColumnType])[];
    records(doc: Doc): ExportRecord[];
}
export declare const EXPORT_KINDS: readonly ["docs", "quotes", "entities", "events"];
export type ExportKindName = (typeof EXPORT_KINDS)[number];
/** The record kinds `dateline export` writes. */
export declare const KINDS: Record<ExportKindName, ExportKind>;
