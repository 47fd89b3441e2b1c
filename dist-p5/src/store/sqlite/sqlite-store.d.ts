import Database from 'better-sqlite3';
import type { Store } from '../store.js';
/** Applies the migrations the file lacks, each in its own transaction; refuses a file from a newer Dateline. */
export declare function migrateSqlite(db: Database.Database): number;
/** Opens (creating and migrating if needed) a SQLite store; ':memory:' gives a private in-memory one. */
export declare function openSqliteStore(file: string): Store;
