import { askChild, childScript } from './child.js';
import type { BenchText } from './corpus.js';

export interface PoolResult {
  workers: number;
  docsPerSec: number;
  /** Filled in by the caller, which knows the pipeline's token count per pass. */
  tokensPerSec: number;
  wordsPerSec: number;
  failed: number;
  /** Share of the timed run the pool's main thread was busy. */
  mainBusy: number;
  /** CPU time of the child (all its threads) per document: what the documents cost, whatever the load. */
  cpuMsPerDoc: number;
  /** Documents per CPU second of the child (1000 / cpuMsPerDoc). */
  docsPerCpuSec: number;
  /** Whether the workers read one shared copy of the syntax model's tables. */
  shared: boolean;
  /** Peak RSS of the whole child process: its main thread plus every worker. */
  peakRssMB: number;
}

const CHILD = childScript('pool-child');

/**
 * Times the full pipeline on a `src/scale` worker pool of `workers` threads, in a fresh child process so that
 * its peak RSS counts the pool alone (not the models this process already loaded).
 */
export function benchPool(
  texts: BenchText[],
  workers: number,
  rounds: number,
  corpus: { words: number },
  share = true,
  warmup = 5,
): Promise<PoolResult> {
  return askChild<PoolResult>(CHILD, { texts, workers, rounds, share, warmup }, 'bench pool').then((r) => ({
    ...r,
    wordsPerSec: Math.round((corpus.words * r.docsPerSec) / texts.length),
  }));
}
