import { performance } from 'node:perf_hooks';
import type { Doc } from '../model/doc.js';
import { createPool } from './pool.js';

/** One timed run of a pool: what `timePool` measured. */
export interface PoolTiming {
  workers: number;
  docs: number;
  failed: number;
  seconds: number;
  docsPerSec: number;
  /** Share of the timed run the main thread was busy (event-loop utilisation): the pool's own overhead. */
  mainBusy: number;
}

/**
 * Times a fresh pool of `workers` threads on `rounds` passes of `docsOf(round)`, after a warm-up pass of
 * `docsOf(-1)` (models loaded, stages compiled) that is not timed. Results are not parsed in this thread.
 */
export async function timePool(
  docsOf: (round: number) => Doc[],
  workers: number,
  rounds = 1,
  only?: readonly string[],
): Promise<PoolTiming> {
  const pool = await createPool({ workers, only });
  try {
    for await (const _ of pool.map(docsOf(-1), (d) => d, { ordered: false }));
    let docs = 0;
    let failed = 0;
    const elu = performance.eventLoopUtilization();
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      for await (const out of pool.map(docsOf(r), (d) => d, { ordered: false })) {
        docs++;
        if ('error' in out) failed++;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const mainBusy = performance.eventLoopUtilization(elu).utilization;
    return { workers, docs, failed, seconds, docsPerSec: docs / seconds, mainBusy };
  } finally {
    await pool.close();
  }
}
