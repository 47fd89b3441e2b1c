import { Worker } from 'node:worker_threads';
// Under tsx the sources are .ts and each worker thread needs tsx's loader too; built, they are .js.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
/** Starts the worker thread whose entry is `src/scale/<name>.ts` (or its built .js). */
export function startWorker(name, workerData) {
    const url = new URL(`./${name}.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);
    if (!FROM_SOURCE)
        return new Worker(url, { workerData });
    // Node 20 does not run --import hooks before a worker's entry, so from source a small script registers tsx first.
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url.href)}); })`;
    return new Worker(boot, { eval: true, workerData });
}
