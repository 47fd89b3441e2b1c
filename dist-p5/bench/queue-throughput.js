/**
 * Distributed throughput: `npx tsx bench/queue-throughput.ts [--docs 240] [--workers 1,2,4]` with Redis and
 * PostgreSQL given by $DATELINE_REDIS_URL and $DATELINE_PG_URL (as for src/queue/distributed.test.ts).
 * For each count it starts that many `dateline worker` processes on a fresh queue and database, waits until
 * every one is ready (models loaded), then enqueues the GUM news articles (≈ 720 words each) cycled to
 * `--docs` documents and times enqueue → all stored. Prints one JSON line per worker count.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { runCli } from '../src/cli/run-cli.js';
import { deadQueueOf, enqueueInputs, queueCounts } from '../src/queue/index.js';
import { openStore } from '../src/store/index.js';
import { pgUnavailable, TestDatabases } from '../src/store/postgres/test-server.js';
import { countWords } from './bench.js';
import { gumNews } from './corpus.js';
const { values } = parseArgs({
    options: { docs: { type: 'string', default: '240' }, workers: { type: 'string', default: '1,2,4' } },
});
const REDIS = process.env.DATELINE_REDIS_URL;
const why = !REDIS
    ? 'needs Redis: set DATELINE_REDIS_URL'
    : !process.env.DATELINE_PG_URL
        ? 'needs PostgreSQL: set DATELINE_PG_URL'
        : await pgUnavailable();
const texts = gumNews();
if (why || !texts.length) {
    console.error(`queue-throughput: ${why ?? 'needs ../shared/data/gum'}; nothing measured`);
    process.exit(1);
}
const n = Number(values.docs);
const dir = await mkdtemp(join(tmpdir(), 'dateline-qt-'));
const file = join(dir, 'docs.jsonl');
const records = Array.from({ length: n }, (_, i) => {
    const t = texts[i % texts.length];
    return { id: `qt-${i}`, text: t.text, published: t.published ?? undefined };
});
writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
const words = records.reduce((a, r) => a + countWords(r.text), 0);
const dbs = new TestDatabases();
try {
    for (const k of values.workers.split(',').map(Number))
        console.log(JSON.stringify(await measure(k)));
}
finally {
    await dbs.dropAll();
    await rm(dir, { recursive: true, force: true });
}
async function measure(workers) {
    const queue = `dateline-qt-${process.pid}-${workers}`;
    const db = await dbs.create();
    let ready = 0;
    const procs = Array.from({ length: workers }, () => {
        const p = runCli(['worker', '--queue', queue, '--db', db], { env: { DATELINE_REDIS_URL: REDIS } });
        let said = '';
        p.child.stderr.on('data', (d) => {
            const before = /worker ready/.test(said);
            said += d;
            if (!before && /worker ready/.test(said))
                ready++;
        });
        return p;
    });
    try {
        // Every worker has loaded its models before the clock starts: start-up is not throughput.
        for (let i = 0; i < 2400 && ready < workers; i++)
            await sleep(250);
        if (ready < workers)
            throw new Error(`only ${ready} of ${workers} workers started`);
        const load = loadavg()[0];
        const t0 = performance.now();
        const enq = await enqueueInputs([file], { redis: REDIS, queue });
        let c = await queueCounts({ redis: REDIS, queue });
        while (c.completed + c.failed < enq.submitted) {
            await sleep(200);
            c = await queueCounts({ redis: REDIS, queue });
        }
        const seconds = (performance.now() - t0) / 1000;
        const store = await openStore(db);
        const stored = (await store.stats()).docs;
        await store.close();
        return {
            workers,
            docs: enq.submitted,
            stored,
            failed: c.failed,
            seconds: +seconds.toFixed(1),
            docsPerSec: +(enq.submitted / seconds).toFixed(2),
            wordsPerSec: Math.round(words / seconds),
            load: [+load.toFixed(1), +loadavg()[0].toFixed(1)],
        };
    }
    finally {
        for (const p of procs)
            p.child.kill('SIGTERM');
        await Promise.all(procs.map((p) => p.done));
        for (const name of [queue, deadQueueOf(queue)]) {
            const q = new Queue(name, { connection: { url: REDIS } });
            await q.obliterate({ force: true });
            await q.close();
        }
    }
}
