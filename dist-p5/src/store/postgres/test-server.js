import pg from 'pg';
/** The server tests use: $DATELINE_PG_URL, else a local one reachable as user postgres. */
export const PG_ADMIN_URL = process.env.DATELINE_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
/** Null when the server answers, else why the PostgreSQL tests skip. */
export async function pgUnavailable() {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
        await client.connect();
        await client.query('SELECT 1');
        return null;
    }
    catch (e) {
        const where = PG_ADMIN_URL.replace(/:[^:@/]*@/, ':***@');
        return `PostgreSQL not reachable at ${where} (${e.message}); set DATELINE_PG_URL or run .ci/run`;
    }
    finally {
        await client.end().catch(() => { });
    }
}
/** Creates and drops throwaway databases on the test server. */
export class TestDatabases {
    made = [];
    /** A new, empty database; returns its URL. */
    async create() {
        const name = `dateline_test_${process.pid}_${this.made.length}_${Date.now().toString(36)}`;
        await this.admin((c) => c.query(`CREATE DATABASE ${name}`));
        this.made.push(name);
        const url = new URL(PG_ADMIN_URL);
        url.pathname = `/${name}`;
        return url.toString();
    }
    async dropAll() {
        await this.admin(async (c) => {
            for (const name of this.made.splice(0))
                await dropForced(c, name);
        });
    }
    async admin(f) {
        const client = new pg.Client({ connectionString: PG_ADMIN_URL });
        await client.connect();
        try {
            await f(client);
        }
        finally {
            await client.end();
        }
    }
}
/**
 * DROP … WITH (FORCE) as a non-superuser fails (42501) while an autovacuum worker, a superuser backend, is
 * busy in the new database; it finishes within moments, so try again a few times.
 */
async function dropForced(c, name) {
    for (let attempt = 1;; attempt++) {
        try {
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            return;
        }
        catch (e) {
            if (e.code !== '42501' || attempt === 10)
                throw e;
            await new Promise((r) => setTimeout(r, 300 * attempt));
        }
    }
}
