import type { DocRows } from './rows.js';
/** How a row field is stored: SQL column name and kind (SQLite has no booleans, PostgreSQL counts as bigint). */
export type ColumnKind = 'text' | 'int' | 'real' | 'bool';
export interface Column {
    field: string;
    column: string;
    kind: ColumnKind;
}
/** The columns of each table, in row-field order. Migrations must create exactly these. */
export declare const COLUMNS: {
    [T in keyof DocRows]: Column[];
};
/** The table each row kind lives in. */
export declare const TABLE_NAME: {
    [T in keyof DocRows]: string;
};
/** `alias.col AS "field", …` for a SELECT that yields row objects. */
export declare function selectList(table: keyof DocRows, alias: string): string;
/** Turns a database row (already keyed by field) into the row type: numbers and booleans normalised. */
export declare function fromDb<R>(table: keyof DocRows, raw: Record<string, unknown>): R;
/** The values of a row in column order, booleans as 0/1 when the backend wants them so. */
export declare function toDb(table: keyof DocRows, row: object, boolAsInt: boolean): unknown[];
