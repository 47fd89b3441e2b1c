/**
 * Numbered schema migrations for PostgreSQL; table `dateline_schema` holds the versions applied. Never edit a
 * shipped one. Keys and dates sort with COLLATE "C" so pages and ranges match SQLite's byte order.
 */
export declare const POSTGRES_MIGRATIONS: readonly {
    version: number;
    sql: string;
}[];
