/**
 * Does this machine scale from 1 to 2 threads? `npx tsx bench/cores.ts [--ms 2000] [--mb 24]` runs three
 * kernels in 1 and 2 worker threads at once and prints the total rate and the 1 → 2 speed-up of each:
 * `alu` (arithmetic in registers: two real cores give 2×, two hyperthreads of one core much less), `mem`
 * (dependent random reads in a table of `--mb` MB, as the parser's weight lookups: latency-bound) with one
 * private table per thread, and `mem-shared` (the same reads in one SharedArrayBuffer table for both).
 * Wall-clock: meaningful only on an idle machine (it prints the load average).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
/** Runs a kernel for `ms` and returns how many steps it made. */
function work(job) {
    const table = job.kernel === 'alu' ? null : (job.table ?? randomCycle(job.mb));
    const end = performance.now() + job.ms;
    let steps = 0;
    if (!table) {
        let x = 2463534242;
        while (performance.now() < end) {
            for (let i = 0; i < 100_000; i++) {
                x ^= x << 13;
                x ^= x >>> 17;
                x ^= x << 5;
            }
            steps += 100_000;
        }
        return x === 0 ? -1 : steps; // keep x alive
    }
    let at = 0;
    while (performance.now() < end) {
        for (let i = 0; i < 10_000; i++)
            at = table[at];
        steps += 10_000;
    }
    return at < 0 ? -1 : steps;
}
/** A random single cycle through an Int32Array of `mb` MB: each read depends on the one before. */
function randomCycle(mb, shared = false) {
    const n = (mb * 1024 * 1024) >> 2;
    const t = shared ? new Int32Array(new SharedArrayBuffer(n * 4)) : new Int32Array(n);
    const order = Int32Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
    }
    for (let i = 0; i < n; i++)
        t[order[i]] = order[(i + 1) % n];
    return t;
}
function runThreads(job, threads) {
    const url = new URL(import.meta.url);
    const runs = Array.from({ length: threads }, () => new Promise((resolve, reject) => {
        const w = url.pathname.endsWith('.ts')
            ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, workerData: job })
            : new Worker(url, { workerData: job });
        w.once('message', resolve);
        w.once('error', reject);
    }));
    return Promise.all(runs).then((steps) => steps.reduce((a, b) => a + b, 0) / (job.ms / 1000));
}
if (!isMainThread) {
    parentPort?.postMessage(work(workerData));
}
else {
    const { values } = parseArgs({
        options: { ms: { type: 'string', default: '2000' }, mb: { type: 'string', default: '24' } },
    });
    const ms = Number(values.ms);
    const mb = Number(values.mb);
    console.log(`load average (1 min) before: ${loadavg()[0].toFixed(2)}; ${ms} ms per run, tables of ${mb} MB`);
    console.log('kernel        1 thread/s   2 threads/s   speed-up');
    for (const kernel of ['alu', 'mem', 'mem-shared']) {
        const table = kernel === 'mem-shared' ? randomCycle(mb, true) : undefined;
        const one = await runThreads({ kernel, ms, mb, table }, 1);
        const two = await runThreads({ kernel, ms, mb, table }, 2);
        const f = (x) => (x / 1e6).toFixed(1).padStart(10);
        console.log(`${kernel.padEnd(12)} ${f(one)} M ${f(two)} M ${(two / one).toFixed(2).padStart(9)}×`);
    }
    console.log(`load average (1 min) after: ${loadavg()[0].toFixed(2)}`);
}
