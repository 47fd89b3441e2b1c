import { performance } from 'node:perf_hooks';
import type { Doc } from '../model/doc.js';
import { createPool, type PoolOptions } from './pool.js';

/** One timed run of a pool: what `timePool` measured. */
export interface PoolTiming {
  workers: number;
  docs: number;
  failed: number;
  seconds: number;
  docsPerSec: number;
  /** Share of the timed run the main thread was busy (event-loop utilisation): the pool's own overhead. */
  mainBusy: number;
  /** CPU time of the whole process (every thread) per document in the timed run: less load-bound than docs/s. */
  cpuMsPerDoc: number;
  /** Whether the workers read one shared copy of the syntax model's tables. */
  shared: boolean;
}

/**
 * Times a fresh pool of `workers` threads on `rounds` passes of `docsOf(round)`, after `warmup` untimed passes
 * of `docsOf(-1)`, `docsOf(-2)`, … (models loaded, JIT settled). Results are not parsed in this thread.
 */
export async function timePool(
  docsOf: (round: number) => Doc[],
  workers: number,
  rounds = 1,
  opts: Omit<PoolOptions, 'workers'> & { warmup?: number } = {},
): Promise<PoolTiming> {
  const pool = await createPool({ ...opts, workers });
  try {
    for (let w = 0; w < Math.max(1, opts.warmup ?? 1); w++)
      for await (const _ of pool.map(docsOf(-1 - w), (d) => d, { ordered: false }));
    let docs = 0;
    let failed = 0;
    const elu = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      for await (const out of pool.map(docsOf(r), (d) => d, { ordered: false })) {
        docs++;
        if ('error' in out) failed++;
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
  } finally {
    await pool.close();
  }
}
