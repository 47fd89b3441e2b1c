import type { Store } from '../store/index.js';
import { type ExportOptions, type ExportSummary } from './export.js';
/**
 * Writes one kind of record to a Parquet file: the records stream to a temporary JSON Lines file, then DuckDB
 * reads it with the declared column types and writes Parquet, so neither side holds the whole store.
 */
export declare function writeParquet(store: Store, file: string, o: ExportOptions): Promise<ExportSummary>;
