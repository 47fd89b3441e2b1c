import pg from 'pg';
import type { Store } from '../store.js';
/** Applies pending migrations, each in its own transaction, under an advisory lock. */
export declare function migratePostgres(pool: pg.Pool): Promise<number>;
/** Opens (migrating if needed) a PostgreSQL store at a postgres:// URL. */
export declare function openPostgresStore(url: string): Promise<Store>;
