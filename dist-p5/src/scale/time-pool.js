import { performance } from 'node:perf_hooks';
import { createPool } from './pool.js';
/**
 * Times a fresh pool of `workers` threads on `rounds` passes of `docsOf(round)`, after `warmup` untimed passes
 * of `docsOf(-1)`, `docsOf(-2)`, … (models loaded, JIT settled). Results are not parsed in this thread.
 */
export async function timePool(docsOf, workers, rounds = 1, opts = {}) {
    const pool = await createPool({ ...opts, workers });
    try {
        for (let w = 0; w < Math.max(1, opts.warmup ?? 1); w++)
            for await (const _ of pool.map(docsOf(-1 - w), (d) => d, { ordered: false }))
                ;
        let docs = 0;
        let failed = 0;
        const elu = performance.eventLoopUtilization();
        const cpu = process.cpuUsage();
        const t0 = performance.now();
        for (let r = 0; r < rounds; r++) {
            for await (const out of pool.map(docsOf(r), (d) => d, { ordered: false })) {
                docs++;
                if ('error' in out)
                    failed++;
            }
        }
        const seconds = (performance.now() - t0) / 1000;
        const used = process.cpuUsage(cpu);
        const mainBusy = performance.eventLoopUtilization(elu).utilization;
        return {
            workers,
            docs,
            failed,
            seconds,
            docsPerSec: docs / seconds,
            mainBusy,
            cpuMsPerDoc: (used.user + used.system) / 1000 / docs,
            shared: pool.shared,
        };
    }
    finally {
        await pool.close();
    }
}
