type Row = Record<string, unknown>;
/** Rows as an aligned text table; long cells are cut to `width` characters. */
export declare function formatTable(rows: Row[], width?: number): string;
/** Rows as RFC 4180 CSV. */
export declare function formatCsv(rows: Row[]): string;
/** Rows as JSON Lines. */
export declare const formatJson: (rows: Row[]) => string;
export {};
