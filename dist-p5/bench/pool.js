import { fork } from 'node:child_process';
// Under tsx the child is the .ts source and inherits tsx's loader flags (fork keeps execArgv); built, it is .js.
const CHILD = new URL(`./pool-child.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
/**
 * Times the full pipeline on a `src/scale` worker pool of `workers` threads, in a fresh child process so that
 * its peak RSS counts the pool alone (not the models this process already loaded).
 */
export function benchPool(texts, workers, rounds, corpus, share = true, warmup = 5) {
    // Output is the same in every thread, so the one-thread run's counts per pass hold for the pool.
    const perSec = (n, r) => (n * r.docsPerSec) / texts.length;
    return new Promise((resolve, reject) => {
        const child = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        child.once('error', reject);
        child.once('message', (r) => resolve({ ...r, tokensPerSec: perSec(corpus.tokens, r), wordsPerSec: perSec(corpus.words, r) }));
        child.once('exit', (code) => {
            if (code)
                reject(new Error(`bench pool child exited with code ${code}`));
        });
        child.send({ texts, workers, rounds, share, warmup });
    });
}
