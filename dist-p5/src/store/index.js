import { DatelineError } from '../model/errors.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
export { LAYER_TABLES, rowsOf, } from './rows.js';
/** True when `location` names a PostgreSQL server rather than a SQLite file. */
export const isPostgresUrl = (location) => /^postgres(ql)?:\/\//i.test(location);
/** Opens a store: a SQLite file (or ':memory:'), or a PostgreSQL database given as postgres://… */
export async function openStore(location) {
    try {
        if (isPostgresUrl(location)) {
            const { openPostgresStore } = await import('./postgres/postgres-store.js');
            return await openPostgresStore(location);
        }
        return openSqliteStore(location);
    }
    catch (e) {
        const where = location.replace(/:[^:@/]*@/, ':***@');
        throw new DatelineError('DL_STORE_FAILED', where, `cannot open the store: ${e.message}`, undefined, {
            cause: e,
        });
    }
}
/**
 * Every row a list query yields, fetched a page at a time (for exports). Offset paging: rows written while it
 * runs may be missed or seen twice.
 */
export async function* everyRow(list, q, pageSize = 1000) {
    for (let offset = q.offset ?? 0;; offset += pageSize) {
        const page = await list({ ...q, limit: pageSize, offset });
        yield* page;
        if (page.length < pageSize)
            return;
    }
}
