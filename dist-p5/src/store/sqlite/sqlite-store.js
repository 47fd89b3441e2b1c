import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DatelineError, isDatelineError, validateDoc } from '../../model/index.js';
import { COLUMNS, fromDb, TABLE_NAME, toDb } from '../columns.js';
import { claimsSql, docIdsSql, docsSql, entitiesSql, eventsSql, findingsSql, quotesSql, searchWords, timexesSql, } from '../queries.js';
import { LAYER_TABLES, rowsOf, } from '../rows.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
const LATEST = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;
/** FTS5: every word as a quoted string, all required; no operator in user text can reach the query parser. */
const sqliteDialect = {
    match(table, alias, search) {
        const words = searchWords(search);
        if (!words.length)
            return { sql: '0', params: [] };
        const fts = `${table}_fts`;
        return {
            sql: `${alias}.key IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`,
            params: [words.map((w) => `"${w}"`).join(' ')],
        };
    },
};
/** Applies the migrations the file lacks, each in its own transaction; refuses a file from a newer Dateline. */
export function migrateSqlite(db) {
    const version = () => db.pragma('user_version', { simple: true });
    const found = version();
    if (found > LATEST) {
        throw new Error(`database schema version ${found} is newer than this Dateline knows (${LATEST})`);
    }
    for (const m of SQLITE_MIGRATIONS) {
        // IMMEDIATE takes the write lock first, so two processes opening one new file do not both migrate.
        db.transaction(() => {
            if (version() >= m.version)
                return;
            db.exec(m.sql);
            db.pragma(`user_version = ${m.version}`);
        }).immediate();
    }
    return version();
}
const hashOf = (json) => createHash('sha256').update(json).digest('hex');
/** Opens (creating and migrating if needed) a SQLite store; ':memory:' gives a private in-memory one. */
export function openSqliteStore(file) {
    if (file !== ':memory:' && !file.startsWith('file:'))
        mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    try {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
        // SQLite's lower() folds ASCII only; PostgreSQL's folds all letters. Filters must agree across backends.
        db.function('lower', { deterministic: true }, (v) => typeof v === 'string' ? v.toLowerCase() : v);
        migrateSqlite(db);
    }
    catch (e) {
        db.close();
        throw e;
    }
    return new SqliteStore(db);
}
class SqliteStore {
    db;
    backend = 'sqlite';
    inserts;
    hashOf;
    removeDoc;
    removeRows;
    cache = new Map();
    write;
    constructor(db) {
        this.db = db;
        this.inserts = new Map();
        for (const table of ['doc', ...LAYER_TABLES]) {
            const cols = COLUMNS[table].map((c) => c.column);
            if (table === 'doc')
                cols.push('hash', 'text', 'json', 'stored_at');
            const sql = `INSERT INTO ${TABLE_NAME[table]} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
            this.inserts.set(table, db.prepare(sql));
        }
        this.hashOf = db.prepare('SELECT hash FROM docs WHERE id = ?').pluck();
        this.removeDoc = db.prepare('DELETE FROM docs WHERE id = ?');
        this.removeRows = LAYER_TABLES.map((t) => db.prepare(`DELETE FROM ${TABLE_NAME[t]} WHERE doc_id = ?`));
        // One transaction per document: old rows out, new rows in, or nothing at all.
        this.write = db.transaction((doc, json, hash) => {
            const old = this.hashOf.get(doc.id);
            if (old === hash)
                return 'unchanged';
            if (old !== undefined)
                this.remove(doc.id);
            const rows = rowsOf(doc);
            this.inserts
                .get('doc')
                .run(...toDb('doc', rows.doc, true), hash, doc.text, json, new Date().toISOString());
            for (const table of LAYER_TABLES) {
                const insert = this.inserts.get(table);
                for (const row of rows[table])
                    insert.run(...toDb(table, row, true));
            }
            return old === undefined ? 'inserted' : 'replaced';
        });
    }
    remove(id) {
        for (const stmt of this.removeRows)
            stmt.run(id);
        return this.removeDoc.run(id).changes > 0;
    }
    async putDoc(doc) {
        validateDoc(doc);
        const json = JSON.stringify(doc);
        try {
            return this.write.immediate(doc, json, hashOf(json));
        }
        catch (e) {
            if (isDatelineError(e))
                throw e;
            throw new DatelineError('DL_STORE_FAILED', doc.id, `could not store: ${e.message}`, undefined, {
                cause: e,
            });
        }
    }
    async hasDoc(id) {
        return this.hashOf.get(id) !== undefined;
    }
    async getDoc(id) {
        const json = this.prepared('SELECT json FROM docs WHERE id = ?').pluck().get(id);
        return json === undefined ? null : JSON.parse(json);
    }
    async deleteDoc(id) {
        return this.db.transaction(() => this.remove(id)).immediate();
    }
    /** Prepared statements by SQL text; the query builders make a small, fixed set of shapes. */
    prepared(sql) {
        let stmt = this.cache.get(sql);
        if (!stmt) {
            stmt = this.db.prepare(sql);
            this.cache.set(sql, stmt);
        }
        return stmt;
    }
    all(table, q) {
        const rows = this.prepared(q.sql).all(...q.params);
        return rows.map((r) => fromDb(table, r));
    }
    async docs(q = {}) {
        return this.all('doc', docsSql(q, sqliteDialect));
    }
    async docIds(q = {}) {
        const { sql, params } = docIdsSql(q);
        return this.prepared(sql)
            .pluck()
            .all(...params);
    }
    async quotes(q = {}) {
        return this.all('quotes', quotesSql(q, sqliteDialect));
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
        const count = (t) => this.prepared(`SELECT count(*) FROM ${t}`).pluck().get();
        return {
            docs: count('docs'),
            quotes: count('quotes'),
            entities: count('entities'),
            events: count('events'),
            timexes: count('timexes'),
            claims: count('claims'),
            findings: count('findings'),
            schemaVersion: this.db.pragma('user_version', { simple: true }),
        };
    }
    async close() {
        if (this.db.open)
            this.db.close();
    }
}
