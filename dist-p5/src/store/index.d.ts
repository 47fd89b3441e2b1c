import type { Page, Store } from './store.js';
export { type ClaimRow, type DocRow, type DocRows, type EntityRow, type EventRow, type FindingRow, LAYER_TABLES, type LayerTable, type QuoteRow, rowsOf, type TimexRow, } from './rows.js';
export type * from './store.js';
/** True when `location` names a PostgreSQL server rather than a SQLite file. */
export declare const isPostgresUrl: (location: string) => boolean;
/** Opens a store: a SQLite file (or ':memory:'), or a PostgreSQL database given as postgres://… */
export declare function openStore(location: string): Promise<Store>;
/**
 * Every row a list query yields, fetched a page at a time (for exports). Offset paging: rows written while it
 * runs may be missed or seen twice.
 */
export declare function everyRow<Q extends Page, R>(list: (q: Q) => Promise<R[]>, q: Q, pageSize?: number): AsyncGenerator<R>;
