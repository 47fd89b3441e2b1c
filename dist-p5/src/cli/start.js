import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { serve } from '../server/serve.js';
import { openStore } from '../store/index.js';
import { parseFlags } from './args.js';
import { DEFAULT_DB, ingestPaths } from './ingest.js';
import { formatTable } from './table.js';
/** `dateline start [--db FILE] [--port N] [--no-serve]`: ingest the samples (skipping stored ones), then serve the explorer. */
export async function run(argv) {
    const { values } = parseFlags(argv, {
        db: { type: 'string' },
        port: { type: 'string', default: process.env.PORT ?? '8080' },
        'no-serve': { type: 'boolean' },
    });
    const db = values.db ?? DEFAULT_DB;
    const summary = await ingestPaths([join(PACKAGE_ROOT, 'samples')], db, { skipExisting: true });
    process.stdout.write(summary.line + '\n\n');
    const store = await openStore(db);
    try {
        const docs = await store.docs({ limit: 20 });
        const brief = docs.map((d) => ({
            id: d.id,
            published: d.published,
            from: d.publishedFrom,
            title: d.title,
            quotes: d.quotes,
            entities: d.entities,
            timexes: d.timexes,
            events: d.events,
            findings: d.findings,
        }));
        process.stdout.write(formatTable(brief, 48) + '\n');
        const { schemaVersion: _, ...stats } = await store.stats();
        process.stdout.write(`The store holds ${Object.entries(stats)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ')}.\n\nExplore it:\n` +
            `  npx dateline query quotes            who said what\n` +
            `  npx dateline query findings          what a careful reader would flag\n` +
            `  npx dateline query docs --search flood\n` +
            `  npx dateline show ${docs[0]?.id ?? 'DOC_ID'}    an article with its layers highlighted\n` +
            `  npx dateline extract samples/01-harbour-strike.txt   the full Doc JSON\n`);
    }
    finally {
        await store.close();
    }
    if (values['no-serve'])
        return summary.failed ? 1 : 0;
    const { app, url } = await serve({ db, port: Number(values.port) });
    process.stdout.write(`\nThe explorer is at ${url}  (API docs at ${url}docs; read-only; Ctrl-C stops it)\n`);
    await new Promise((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
    });
    await app.close();
    return summary.failed ? 1 : 0;
}
