import { createHash } from 'node:crypto';
import pg from 'pg';
import { DatelineError, isDatelineError, validateDoc } from '../../model/index.js';
import { COLUMNS, fromDb, TABLE_NAME, toDb } from '../columns.js';
import { claimsSql, docIdsSql, docsSql, entitiesSql, eventsSql, findingsSql, quotesSql, searchWords, timexesSql, } from '../queries.js';
import { LAYER_TABLES, rowsOf, } from '../rows.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
const LATEST = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1].version;
/** Advisory-lock key that serialises schema migrations across processes. */
const MIGRATION_LOCK = 4_017_255_301;
/** tsvector @@ plainto_tsquery: every word required, stemmed, no query syntax from users. */
const postgresDialect = {
    match(_table, alias, search) {
        const words = searchWords(search);
        if (!words.length)
            return { sql: 'FALSE', params: [] };
        return { sql: `${alias}.tsv @@ plainto_tsquery('english', ?)`, params: [words.join(' ')] };
    },
};
/** `?` placeholders (shared with SQLite) become `$1, $2 …`. */
const numbered = (sql) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
};
const PG_TYPE = {
    text: 'text',
    int: 'integer',
    real: 'double precision',
    bool: 'boolean',
};
/** Applies pending migrations, each in its own transaction, under an advisory lock. */
export async function migratePostgres(pool) {
    const client = await pool.connect();
    try {
        for (const m of POSTGRES_MIGRATIONS) {
            await client.query('BEGIN');
            try {
                // The lock comes first, so two processes opening a new database never race to create anything.
                await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
                await client.query('CREATE TABLE IF NOT EXISTS dateline_schema (version integer PRIMARY KEY)');
                const { rows } = await client.query('SELECT coalesce(max(version), 0) AS v FROM dateline_schema');
                const found = Number(rows[0].v);
                if (found > LATEST) {
                    throw new Error(`database schema version ${found} is newer than this Dateline knows (${LATEST})`);
                }
                if (found < m.version) {
                    await client.query(m.sql);
                    await client.query('INSERT INTO dateline_schema (version) VALUES ($1)', [m.version]);
                }
                await client.query('COMMIT');
            }
            catch (e) {
                await client.query('ROLLBACK').catch(() => { });
                throw e;
            }
        }
        const { rows } = await client.query('SELECT max(version) AS v FROM dateline_schema');
        return Number(rows[0].v);
    }
    finally {
        client.release();
    }
}
/** Opens (migrating if needed) a PostgreSQL store at a postgres:// URL. */
export async function openPostgresStore(url) {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => { });
    try {
        await migratePostgres(pool);
    }
    catch (e) {
        await pool.end();
        throw e;
    }
    return new PostgresStore(pool);
}
const hashOf = (json) => createHash('sha256').update(json).digest('hex');
/** INSERT of many rows in one statement: the rows travel as one JSON parameter. */
function insertSql(table) {
    const cols = COLUMNS[table];
    const names = cols.map((c) => c.column).join(', ');
    const types = cols.map((c) => `${c.column} ${PG_TYPE[c.kind]}`).join(', ');
    return `INSERT INTO ${TABLE_NAME[table]} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS x(${types})`;
}
function asRecord(table, row) {
    const values = toDb(table, row, false);
    return Object.fromEntries(COLUMNS[table].map((c, i) => [c.column, values[i]]));
}
class PostgresStore {
    pool;
    backend = 'postgres';
    inserts = new Map(LAYER_TABLES.map((t) => [t, insertSql(t)]));
    constructor(pool) {
        this.pool = pool;
    }
    async putDoc(doc) {
        validateDoc(doc);
        const json = JSON.stringify(doc);
        const hash = hashOf(json);
        const client = await this.pool.connect();
        try {
            await client.query('BEGIN');
            try {
                // Two writers of the same id wait for each other instead of racing on the primary key.
                await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [doc.id]);
                const old = await client.query('SELECT hash FROM docs WHERE id = $1', [doc.id]);
                const found = old.rows[0]?.hash;
                if (found === hash) {
                    await client.query('COMMIT');
                    return 'unchanged';
                }
                if (found !== undefined)
                    await this.remove(client, doc.id);
                const rows = rowsOf(doc);
                const docCols = COLUMNS.doc.map((c) => c.column);
                const values = [...toDb('doc', rows.doc, false), hash, doc.text, json];
                await client.query(`INSERT INTO docs (${[...docCols, 'hash', 'text', 'json'].join(', ')}) ` +
                    `VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`, values);
                for (const table of LAYER_TABLES) {
                    if (!rows[table].length)
                        continue;
                    const records = rows[table].map((r) => asRecord(table, r));
                    await client.query(this.inserts.get(table), [JSON.stringify(records)]);
                }
                await client.query('COMMIT');
                return found === undefined ? 'inserted' : 'replaced';
            }
            catch (e) {
                await client.query('ROLLBACK').catch(() => { });
                throw e;
            }
        }
        catch (e) {
            if (isDatelineError(e))
                throw e;
            throw new DatelineError('DL_STORE_FAILED', doc.id, `could not store: ${e.message}`, undefined, {
                cause: e,
            });
        }
        finally {
            client.release();
        }
    }
    async remove(client, id) {
        for (const t of LAYER_TABLES)
            await client.query(`DELETE FROM ${TABLE_NAME[t]} WHERE doc_id = $1`, [id]);
        const res = await client.query('DELETE FROM docs WHERE id = $1', [id]);
        return (res.rowCount ?? 0) > 0;
    }
    async hasDoc(id) {
        const res = await this.pool.query('SELECT 1 FROM docs WHERE id = $1', [id]);
        return res.rows.length > 0;
    }
    async getDoc(id) {
        // ::text keeps the JSON exactly as written; the driver would otherwise parse it for us anyway.
        const res = await this.pool.query('SELECT json::text AS json FROM docs WHERE id = $1', [id]);
        return res.rows.length ? JSON.parse(res.rows[0].json) : null;
    }
    async deleteDoc(id) {
        const client = await this.pool.connect();
        try {
            await client.query('BEGIN');
            try {
                await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [id]);
                const gone = await this.remove(client, id);
                await client.query('COMMIT');
                return gone;
            }
            catch (e) {
                await client.query('ROLLBACK').catch(() => { });
                throw e;
            }
        }
        finally {
            client.release();
        }
    }
    async all(table, q) {
        const res = await this.pool.query(numbered(q.sql), q.params);
        return res.rows.map((r) => fromDb(table, r));
    }
    async docs(q = {}) {
        return this.all('doc', docsSql(q, postgresDialect));
    }
    async docIds(q = {}) {
        const { sql, params } = docIdsSql(q);
        const res = await this.pool.query(numbered(sql), params);
        return res.rows.map((r) => r.id);
    }
    async quotes(q = {}) {
        return this.all('quotes', quotesSql(q, postgresDialect));
    }
    async entities(q = {}) {
        return this.all('entities', entitiesSql(q));
    }
    async events(q = {}) {
        return this.all('events', eventsSql(q));
    }
    async timexes(q = {}) {
        return this.all('timexes', timexesSql(q));
    }
    async claims(q = {}) {
        return this.all('claims', claimsSql(q));
    }
    async findings(q = {}) {
        return this.all('findings', findingsSql(q));
    }
    async stats() {
        const tables = ['docs', ...LAYER_TABLES];
        const res = await this.pool.query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}, ` +
            '(SELECT max(version) FROM dateline_schema) AS version');
        const r = res.rows[0];
        return {
            docs: r.docs,
            quotes: r.quotes,
            entities: r.entities,
            events: r.events,
            timexes: r.timexes,
            claims: r.claims,
            findings: r.findings,
            schemaVersion: Number(r.version),
        };
    }
    async close() {
        await this.pool.end().catch(() => { });
    }
}
