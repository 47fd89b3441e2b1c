import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export * from './rows.js';
export type * from './store.js';

/** True when `location` names a PostgreSQL server rather than a SQLite file. */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/** Opens a store: a SQLite file (or ':memory:'), or a PostgreSQL database given as postgres://… */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(location);
  }
  return openSqliteStore(location);
}
