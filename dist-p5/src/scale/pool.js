import { availableParallelism } from 'node:os';
import { DatelineError } from '../model/errors.js';
import { taskId } from './messages.js';
import { sharedSyntaxModel } from './shared-syntax.js';
import { startWorker } from './worker-url.js';
// Tasks a worker holds at once: the next waits in its port while it runs the first, so a worker never idles
// for the round trip through the main thread between two documents.
const DEPTH = 2;
/** Starts a pool of worker threads, each with its own pipeline (models loaded once per worker). */
export async function createPool(opts = {}) {
    const size = Math.max(1, opts.workers ?? availableParallelism());
    const queue = [];
    // Ready workers and the tasks each holds, the first one running.
    const held = new Map();
    const all = new Set();
    let seq = 0;
    let closed = false;
    const share = opts.shareModels ?? (!opts.only || opts.only.includes('parse'));
    const workerData = { only: opts.only, syntax: share ? await sharedSyntaxModel() : null };
    const timeoutMs = opts.timeoutMs && opts.timeoutMs > 0 ? opts.timeoutMs : 0;
    // A task's time limit runs from when its worker starts it, not from when it was handed over.
    const arm = (w, p) => {
        if (timeoutMs)
            p.timer = setTimeout(() => expire(w, p), timeoutMs);
    };
    const pump = () => {
        // Every worker gets one task before any gets a second.
        for (let depth = 1; depth <= DEPTH && queue.length; depth++) {
            for (const [w, tasks] of held) {
                if (!queue.length)
                    break;
                if (tasks.length >= depth)
                    continue;
                const p = queue.shift();
                tasks.push(p);
                if (tasks.length === 1)
                    arm(w, p);
                w.postMessage(p.task);
            }
        }
    };
    const replace = () => {
        if (closed)
            return;
        start().then(pump, () => { });
    };
    // A worker that is gone fails the document it was running; the ones waiting behind it go back to the queue.
    const drop = (w, why) => {
        const tasks = held.get(w);
        if (!tasks)
            return;
        held.delete(w);
        for (const p of tasks)
            clearTimeout(p.timer);
        const [head, ...waiting] = tasks;
        queue.unshift(...waiting);
        head?.reject(why(taskId(head.task)));
        pump(); // the other workers may take the waiting ones before the replacement is up
        replace();
    };
    // A stage stuck on one document cannot be interrupted inside its thread: the thread is dropped instead.
    const expire = (w, p) => {
        if (held.get(w)?.[0] !== p)
            return;
        w.terminate().catch(() => { });
        drop(w, (id) => new DatelineError('DL_STAGE_TIMEOUT', id, `no result within the ${timeoutMs} ms limit`));
    };
    const crashed = (w, message) => drop(w, (id) => new DatelineError('DL_STAGE_FAILED', id, `worker crashed: ${message}`));
    const start = () => new Promise((resolve, reject) => {
        const w = startWorker('pipeline-worker', workerData);
        all.add(w);
        w.once('exit', (code) => {
            all.delete(w);
            crashed(w, `exit code ${code}`);
        });
        w.once('error', reject);
        w.once('message', () => {
            w.off('error', reject);
            w.on('message', (r) => {
                const tasks = held.get(w);
                const p = tasks?.shift();
                if (!p)
                    return;
                clearTimeout(p.timer);
                if (tasks?.[0])
                    arm(w, tasks[0]);
                if ('json' in r)
                    p.resolve(r.json);
                else
                    p.reject(new DatelineError(r.error.code, r.error.docId, r.error.message, r.error.offset));
                pump();
            });
            // A crashed worker fails its document; the pool goes on with a fresh worker.
            w.on('error', (err) => crashed(w, err.message));
            held.set(w, []);
            resolve(w);
        });
    });
    await Promise.all(Array.from({ length: size }, start));
    const submit = (input) => new Promise((resolve, reject) => {
        const task = 'file' in input ? { seq: seq++, ...input } : { seq: seq++, doc: input };
        if (closed)
            throw new DatelineError('DL_STAGE_FAILED', taskId(task), 'the pool is closed');
        queue.push({ task, resolve, reject });
        pump();
    });
    const runJson = (doc) => submit(doc);
    const run = (doc) => runJson(doc).then((json) => JSON.parse(json));
    async function* map(items, docOf, mapOpts = {}) {
        const ordered = mapOpts.ordered ?? true;
        const limit = size * 2;
        const inflight = [];
        let n = 0;
        const add = (item) => {
            const k = n++;
            let done;
            const input = docOf(item);
            try {
                done = (input ? submit(input) : Promise.resolve(undefined)).then((json) => ({
                    n: k,
                    out: json === undefined ? { item, passed: true } : finished(item, json),
                }), (error) => ({ n: k, out: { item, error } }));
            }
            catch (error) {
                done = Promise.resolve({ n: k, out: { item, error: error } });
            }
            inflight.push({ n: k, done });
        };
        const take = async () => {
            if (ordered)
                return (await inflight.shift().done).out;
            const first = await Promise.race(inflight.map((f) => f.done));
            inflight.splice(inflight.findIndex((f) => f.n === first.n), 1);
            return first.out;
        };
        for await (const item of items) {
            add(item);
            if (inflight.length >= limit)
                yield await take();
        }
        while (inflight.length)
            yield await take();
    }
    return {
        size,
        shared: !!workerData.syntax,
        run,
        runJson,
        map,
        async close() {
            closed = true;
            for (const tasks of held.values())
                for (const p of tasks)
                    clearTimeout(p.timer);
            await Promise.all([...all].map((w) => w.terminate()));
        },
    };
}
/** A finished document's outcome: its JSON as the worker sent it, parsed only if `doc` is read. */
function finished(item, json) {
    let doc;
    return {
        item,
        json,
        get doc() {
            doc ??= JSON.parse(json);
            return doc;
        },
    };
}
