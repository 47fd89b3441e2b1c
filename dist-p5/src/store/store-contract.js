import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isDatelineError } from '../model/index.js';
import { ARTICLES, articleDoc } from './fixtures.js';
import { openStore } from './index.js';
import { LAYER_TABLES, rowsOf } from './rows.js';
const [GENEVA, NAIROBI, LIMA] = ARTICLES;
/** Asserts that the store's rows for a document are exactly those its JSON yields. */
export async function assertWhole(store, id) {
    const doc = await store.getDoc(id);
    assert.ok(doc, `${id} is stored`);
    const want = rowsOf(doc);
    const [row] = (await store.docs({ limit: 10_000 })).filter((d) => d.id === id);
    assert.deepEqual(row, want.doc);
    for (const table of LAYER_TABLES) {
        assert.deepEqual(await store[table]({ docId: id, limit: 10_000 }), want[table], `${id} ${table}`);
    }
    return doc;
}
/** Runs `crash-writer.ts` in a child process; resolves with the indices it reported committed and how it ended. */
export function runWriter(location, count, killAfter) {
    const script = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, location, String(count), '60'], {
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    const done = [];
    let buf = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
        buf += chunk;
        const lines = buf.split('\n');
        buf = lines.pop();
        done.push(...lines.map(Number));
        if (killAfter !== undefined && done.length >= killAfter)
            child.kill('SIGKILL');
    });
    return new Promise((resolve) => child.on('close', (code, signal) => resolve({ done, code, signal })));
}
/** Registers the behaviour every Store must have, run against one backend. */
export function storeContract(label, backend) {
    describe(`store contract: ${label}`, { skip: backend.skip }, () => {
        const open = [];
        const fresh = async (...docs) => {
            const store = await openStore(await backend.fresh());
            open.push(store);
            for (const d of docs)
                await store.putDoc(d);
            return store;
        };
        after(async () => {
            for (const s of open)
                await s.close();
            await backend.cleanup?.();
        });
        test('put, get and re-put by id: inserted, unchanged, replaced, never duplicated', async () => {
            const store = await fresh();
            const doc = articleDoc(GENEVA);
            assert.equal(await store.putDoc(doc), 'inserted');
            assert.equal(await store.putDoc(structuredClone(doc)), 'unchanged');
            assert.deepEqual(await store.getDoc(doc.id), doc);
            assert.equal(await store.hasDoc(doc.id), true);
            assert.equal(await store.hasDoc('no-such-id'), false);
            assert.equal(await store.getDoc('no-such-id'), null);
            const changed = structuredClone(doc);
            changed.findings.push({
                kind: 'stale-dateline',
                message: 'second look',
                evidence: [{ start: 0, end: 6 }],
            });
            assert.equal(await store.putDoc(changed), 'replaced');
            assert.deepEqual(await store.getDoc(doc.id), changed);
            const stats = await store.stats();
            assert.deepEqual({ docs: stats.docs, quotes: stats.quotes, entities: stats.entities, events: stats.events }, { docs: 1, quotes: 3, entities: 3, events: 1 });
            assert.equal(stats.findings, 2);
            assert.ok(stats.schemaVersion >= 1);
            await assertWhole(store, doc.id);
        });
        test('rows carry evidence text and offsets that slice the stored text', async () => {
            const doc = articleDoc(NAIROBI);
            const store = await fresh(doc);
            const quotes = await store.quotes({ docId: doc.id });
            assert.deepEqual(quotes.map((q) => [q.kind, q.speaker, q.cue]), [
                ['indirect', 'Samuel Otieno', 'said'],
                ['direct', 'Samuel Otieno', 'told'],
                ['indirect', 'The ministry', 'said'],
            ]);
            for (const q of quotes) {
                assert.equal(doc.text.slice(q.start, q.end), q.text);
                assert.equal(q.published, '2021-07-14');
            }
            assert.equal(quotes[1].speakerEntity, 'e0');
            assert.equal(doc.text.slice(quotes[1].speakerStart, quotes[1].speakerEnd), 'Otieno');
            assert.equal(quotes[2].speakerEntity, null);
            const [ev] = await store.events({ docId: doc.id });
            assert.equal(ev.trigger, 'talks');
            assert.equal(doc.text.slice(ev.start, ev.end), 'talks');
            assert.deepEqual([ev.source, ev.sourceCode, ev.target, ev.targetCode], ['Samuel Otieno', 'UGAGOV', 'Uganda', 'UGA']);
            assert.equal(ev.negated, false);
            assert.equal(ev.goldstein, 2.8);
            assert.equal(ev.date, '2021-07-14');
            const [claim] = await store.claims({ docId: doc.id });
            assert.equal(claim.text, 'more than 450 people');
            assert.equal(claim.value, 450);
            assert.equal(claim.outcome, null);
            await assertWhole(store, doc.id);
        });
        test("a claim's outcome (what happened to those counted) is stored in its row", async () => {
            const doc = articleDoc(NAIROBI);
            const signed = doc.text.indexOf('signed');
            doc.claims[0].outcome = { start: signed, end: signed + 'signed'.length, kind: 'arrested' };
            const store = await fresh(doc);
            const [claim] = await store.claims({ docId: doc.id });
            assert.equal(claim.outcome, 'arrested');
            assert.deepEqual((await store.getDoc(doc.id))?.claims[0].outcome, doc.claims[0].outcome);
            await assertWhole(store, doc.id);
        });
        test('full-text search over documents and quotes, with stemming, and no query syntax from users', async () => {
            const store = await fresh(...ARTICLES.map((a) => articleDoc(a)));
            const ids = async (search) => (await store.docs({ search })).map((d) => d.source);
            assert.deepEqual(await ids('copper'), ['test/lima-0.txt']);
            assert.deepEqual(await ids('Fishing quota'), ['test/geneva-0.txt']);
            assert.deepEqual(await ids('railway talks'), ['test/nairobi-0.txt']);
            assert.deepEqual(await ids('petition'), ['test/nairobi-0.txt', 'test/geneva-0.txt', 'test/lima-0.txt']);
            assert.deepEqual(await ids('zebra'), []);
            assert.deepEqual(await ids('copper zebra'), []);
            // Operators, quotes and SQL in the search string are only words (or nothing) to the store.
            assert.deepEqual(await ids('copper NEAR("'), []);
            assert.deepEqual(await ids('"copper"*'), ['test/lima-0.txt']);
            assert.deepEqual(await ids(`'; DROP TABLE docs; --`), []);
            assert.deepEqual(await ids('***'), []);
            assert.equal((await store.stats()).docs, 3);
            const halfway = await store.quotes({ search: 'halfway' });
            assert.equal(halfway.length, 3);
            assert.ok(halfway.every((q) => q.kind === 'direct'));
            const chile = await store.quotes({ search: 'resume Chile' });
            assert.deepEqual(chile.map((q) => q.speaker), ['Lucía Quispe']);
            assert.deepEqual(await store.quotes({ search: 'halfway Chile' }), []);
        });
        test('filters: speaker, type, actor, code, dates, kind', async () => {
            const store = await fresh(...ARTICLES.map((a) => articleDoc(a)));
            assert.deepEqual((await store.quotes({ speaker: 'berg' })).map((q) => q.index), [0, 1]);
            assert.equal((await store.quotes({ speaker: 'MINISTRY' })).length, 3);
            assert.equal((await store.quotes({ speaker: "x' OR 1=1 --" })).length, 0);
            assert.equal((await store.quotes({ speaker: '%' })).length, 0);
            assert.equal((await store.entities({ type: 'gpe' })).length, 6);
            assert.equal((await store.entities({ type: 'PERSON' })).length, 3);
            assert.deepEqual((await store.entities({ search: 'quispe' })).map((e) => e.name), ['Lucía Quispe']);
            assert.deepEqual((await store.entities({ search: 'nairobi', type: 'GPE' })).map((e) => [e.name, e.text]), [['Nairobi', 'NAIROBI']]);
            assert.deepEqual((await store.events({ actor: 'uganda' })).map((e) => e.target), ['Uganda']);
            assert.deepEqual((await store.events({ actor: 'NOR' })).map((e) => e.sourceCode), ['NORGOV']);
            assert.equal((await store.events({ code: '04' })).length, 3);
            assert.equal((await store.events({ code: '043' })).length, 3);
            assert.equal((await store.events({ code: '05' })).length, 0);
            assert.equal((await store.events({ code: 'consult' })).length, 3);
            assert.deepEqual((await store.events({ from: '2020-01-01' })).map((e) => e.date), ['2021-07-14', '2020-03-03']);
            assert.deepEqual((await store.events({ to: '2020' })).map((e) => e.date), ['2020-03-03', '2019-11-20']);
            assert.deepEqual((await store.docs({ from: '2020-03', to: '2020-03-03' })).map((d) => d.published), ['2020-03-03']);
            assert.deepEqual(await store.docs({ from: '2022' }), []);
            assert.equal((await store.timexes({ type: 'date' })).length, 6);
            assert.deepEqual((await store.timexes({ search: 'tuesday', to: '2019-12' })).map((t) => [t.text, t.value]), [['on Tuesday', '2019-11-20']]);
            assert.equal((await store.findings({ kind: 'weekday-check' })).length, 3);
            assert.equal((await store.findings({ kind: 'stale-dateline' })).length, 0);
            assert.equal((await store.claims({ search: 'people' })).length, 3);
        });
        test('case-insensitive filters fold accented capitals too', async () => {
            const doc = articleDoc(LIMA);
            doc.entities[2].name = 'ÉLIMA Ñ';
            const store = await fresh(doc);
            assert.deepEqual((await store.entities({ search: 'élima ñ' })).map((e) => e.name), ['ÉLIMA Ñ']);
            assert.deepEqual((await store.quotes({ speaker: 'LUCÍA' })).map((q) => q.index), [0, 1]);
        });
        test('pagination walks every row once, newest first', async () => {
            const docs = [0, 1, 2, 3, 4].map((n) => articleDoc(ARTICLES[n % 3], n));
            const store = await fresh(...docs);
            const seen = [];
            for (let offset = 0; offset < 10; offset += 2) {
                const page = await store.docs({ limit: 2, offset });
                assert.ok(page.length <= 2);
                seen.push(...page.map((d) => d.id));
            }
            assert.equal(seen.length, 5);
            assert.equal(new Set(seen).size, 5);
            const all = await store.docs();
            assert.deepEqual(all.map((d) => d.id), seen);
            const dates = all.map((d) => d.published);
            assert.deepEqual(dates, [...dates].sort().reverse());
            const quotes = await store.quotes({ limit: 4, offset: 4 });
            assert.deepEqual(quotes, (await store.quotes()).slice(4, 8));
            assert.deepEqual(await store.quotes({ limit: 0 }), []);
            await assert.rejects(store.docs({ limit: -1 }), RangeError);
            await assert.rejects(store.docs({ offset: Number.NaN }), RangeError);
        });
        test('docIds pages by key: every id once, in order, filtered by publication date', async () => {
            const docs = [0, 1, 2, 3, 4].map((n) => articleDoc(ARTICLES[n % 3], n));
            const store = await fresh(...docs);
            const seen = [];
            for (let after;;) {
                const page = await store.docIds({ after, limit: 2 });
                assert.ok(page.length <= 2);
                seen.push(...page);
                if (page.length < 2)
                    break;
                after = page[page.length - 1];
            }
            assert.deepEqual([...seen].sort(), docs.map((d) => d.id).sort());
            assert.deepEqual(await store.docIds(), seen, 'pages join up to the one-page answer');
            const in2020 = docs.filter((d) => d.meta.published.value.startsWith('2020')).map((d) => d.id);
            assert.deepEqual((await store.docIds({ from: '2020', to: '2020' })).sort(), in2020.sort());
            assert.deepEqual(await store.docIds({ after: seen[seen.length - 1] }), []);
            assert.deepEqual(await store.docIds({ limit: 0 }), []);
            await assert.rejects(store.docIds({ limit: -1 }), RangeError);
        });
        test('a document with no publication date lists last and falls outside every date range', async () => {
            const undated = articleDoc(GENEVA, 9);
            undated.meta.published = { value: null, from: 'none' };
            undated.events[0].timex = undefined;
            const store = await fresh(undated, articleDoc(LIMA));
            assert.deepEqual((await store.docs()).map((d) => d.published), ['2019-11-20', null]);
            assert.deepEqual((await store.docs({ to: '2030' })).map((d) => d.published), ['2019-11-20']);
            const events = await store.events({ docId: undated.id });
            assert.deepEqual([events[0].date, events[0].published], [null, null]);
            assert.deepEqual(await store.events({ from: '1900' }).then((e) => e.map((x) => x.date)), [
                '2019-11-20',
            ]);
            await assertWhole(store, undated.id);
        });
        test('delete removes the document, its rows and its search entries', async () => {
            const lima = articleDoc(LIMA);
            const geneva = articleDoc(GENEVA);
            const store = await fresh(lima, geneva);
            assert.equal(await store.deleteDoc(lima.id), true);
            assert.equal(await store.deleteDoc(lima.id), false);
            assert.equal(await store.getDoc(lima.id), null);
            assert.deepEqual(await store.docs({ search: 'copper' }), []);
            assert.deepEqual(await store.quotes({ search: 'copper' }), []);
            assert.deepEqual(await store.quotes({ docId: lima.id }), []);
            const stats = await store.stats();
            assert.deepEqual([stats.docs, stats.quotes, stats.events, stats.timexes], [1, 3, 1, 2]);
            await assertWhole(store, geneva.id);
        });
        test('a replaced document is searchable by its new text only', async () => {
            const doc = articleDoc(GENEVA);
            const store = await fresh(doc);
            const changed = structuredClone(doc);
            changed.quotes[1].parts = [
                { start: doc.text.indexOf('reporters'), end: doc.text.indexOf('reporters') + 9 },
            ];
            assert.equal(await store.putDoc(changed), 'replaced');
            assert.deepEqual(await store.quotes({ search: 'halfway' }), []);
            assert.equal((await store.quotes({ search: 'reporters' })).length, 1);
            await assertWhole(store, doc.id);
        });
        test('an invalid document is refused and nothing is written', async () => {
            const store = await fresh();
            const bad = articleDoc(GENEVA);
            bad.quotes[0].parts[0].end = bad.text.length + 5;
            await assert.rejects(store.putDoc(bad), (e) => isDatelineError(e) && e.code === 'DL_MODEL_SPAN_RANGE');
            assert.equal(await store.hasDoc(bad.id), false);
            assert.equal((await store.stats()).quotes, 0);
        });
        test('data and schema version survive closing and re-opening', {
            skip: !backend.persistent,
        }, async () => {
            const location = await backend.fresh();
            const doc = articleDoc(LIMA);
            const first = await openStore(location);
            await first.putDoc(doc);
            const version = (await first.stats()).schemaVersion;
            await first.close();
            const again = await openStore(location);
            open.push(again);
            assert.equal((await again.stats()).schemaVersion, version);
            assert.equal(await again.putDoc(doc), 'unchanged');
            await assertWhole(again, doc.id);
        });
        test('concurrent puts of one document store it once', async () => {
            const store = await fresh();
            const doc = articleDoc(NAIROBI);
            const results = await Promise.all([1, 2, 3, 4, 5].map(() => store.putDoc(structuredClone(doc))));
            assert.deepEqual(results.sort(), ['inserted', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
            assert.deepEqual([(await store.stats()).docs, (await store.stats()).quotes], [1, 3]);
        });
        test('kill -9 in the middle of a batch: stored documents are whole, re-running completes it without duplicates', {
            skip: !backend.persistent,
        }, async () => {
            const location = await backend.fresh();
            const total = 600;
            const killed = await runWriter(location, total, 40);
            assert.equal(killed.signal, 'SIGKILL', 'the writer was killed, not finished');
            await backend.checkIntegrity?.(location);
            const store = await openStore(location);
            open.push(store);
            const stored = await store.docs({ limit: 10_000 });
            // Everything reported committed survived; the kill stopped the batch early.
            assert.ok(stored.length >= killed.done.length, `${stored.length} stored, ${killed.done.length} reported`);
            assert.ok(stored.length < total);
            for (const d of stored)
                await assertWhole(store, d.id);
            const ids = new Set(stored.map((d) => d.id));
            for (const table of LAYER_TABLES) {
                const orphans = (await store[table]({ limit: 10_000 })).filter((r) => !ids.has(r.docId));
                assert.deepEqual(orphans, [], `no ${table} rows without their document`);
            }
            const rerun = await runWriter(location, total);
            assert.equal(rerun.code, 0);
            const stats = await store.stats();
            assert.deepEqual([stats.docs, stats.quotes, stats.entities, stats.events, stats.timexes, stats.claims, stats.findings], [total, 3 * total, 3 * total, total, 2 * total, total, total]);
            const all = (await store.docs({ limit: 10_000 })).map((d) => d.id);
            assert.equal(new Set(all).size, total);
            await assertWhole(store, all[0]);
            await assertWhole(store, all[total - 1]);
        });
    });
}
