/** Numbered schema migrations for SQLite; `PRAGMA user_version` holds the last one applied. Never edit a shipped one. */
export declare const SQLITE_MIGRATIONS: readonly {
    version: number;
    sql: string;
}[];
