import { fork } from 'node:child_process';
import type { BenchText } from './corpus.js';

export interface PoolResult {
  workers: number;
  docsPerSec: number;
  tokensPerSec: number;
  wordsPerSec: number;
  failed: number;
  /** Peak RSS of the whole child process: its main thread plus every worker. */
  peakRssMB: number;
}

// Under tsx the child is the .ts source and inherits tsx's loader flags (fork keeps execArgv); built, it is .js.
const CHILD = new URL(`./pool-child.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

/**
 * Times the full pipeline on a `src/scale` worker pool of `workers` threads, in a fresh child process so that
 * its peak RSS counts the pool alone (not the models this process already loaded).
 */
export function benchPool(
  texts: BenchText[],
  workers: number,
  rounds: number,
  words: number,
): Promise<PoolResult> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('message', (r: PoolResult) =>
      resolve({ ...r, wordsPerSec: (words * rounds * r.docsPerSec) / (texts.length * rounds) }),
    );
    child.once('exit', (code) => {
      if (code) reject(new Error(`bench pool child exited with code ${code}`));
    });
    child.send({ texts, workers, rounds });
  });
}
