import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeRecords } from './export.js';
import { KINDS } from './records.js';
import { TextSink } from './sink.js';
/** DuckDB's memory cap for one Parquet export (its default is 80% of the machine's memory). */
const PARQUET_MEMORY = '256MB';
/** A SQL string literal (COPY and table functions take no bound parameters for paths). */
const literal = (s) => `'${s.replace(/'/g, "''")}'`;
/**
 * Writes one kind of record to a Parquet file: the records stream to a temporary JSON Lines file, then DuckDB
 * reads it with the declared column types and writes Parquet, so neither side holds the whole store.
 */
export async function writeParquet(store, file, o) {
    const kind = KINDS[o.kind];
    const dir = await mkdtemp(join(tmpdir(), 'dateline-export-'));
    try {
        const jsonl = join(dir, `${o.kind}.jsonl`);
        const sink = new TextSink(createWriteStream(jsonl));
        const sum = await writeRecords(store, sink, 'jsonl', o);
        await sink.end(true);
        // A fixed cap keeps the export's memory flat however large the store; DuckDB spills to `dir` beyond it.
        const db = await DuckDBInstance.create(':memory:', { temp_directory: dir, memory_limit: PARQUET_MEMORY });
        const con = await db.connect();
        try {
            const columns = kind.columns.map(([name, type]) => `${literal(name)}: ${literal(type)}`).join(', ');
            await con.run(`COPY (SELECT * FROM read_json(${literal(jsonl)}, format = 'newline_delimited', ` +
                `columns = {${columns}})) TO ${literal(resolve(file))} (FORMAT parquet)`);
        }
        finally {
            con.closeSync();
            db.closeSync();
        }
        return sum;
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
}
