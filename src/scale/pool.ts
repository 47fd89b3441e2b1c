import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Doc } from '../model/doc.js';
import { DatelineError } from '../model/errors.js';
import type { Reply, Task } from './messages.js';

export interface PoolOptions {
  /** Worker threads; default one per core. */
  workers?: number;
  /** Run only these stages (as `buildPipeline`'s `only`). */
  only?: readonly string[];
  /** Per-document time limit in ms: past it the worker is replaced and the document fails DL_STAGE_TIMEOUT. */
  timeoutMs?: number;
}

/** One document's outcome from `Pool.map`, tagged with the caller's item. */
export type Outcome<T> =
  | { item: T; doc: Doc }
  | { item: T; error: DatelineError }
  | { item: T; passed: true };

export interface Pool {
  readonly size: number;
  /** Runs the pipeline on one document in some worker. */
  run(doc: Doc): Promise<Doc>;
  /**
   * Runs every document an iterable yields, keeping at most `2 × size` in flight (back-pressure: the source
   * is read only as results drain). `ordered` (default true) yields in input order, else as they finish.
   * An item whose `docOf` is undefined passes through unprocessed, in its place.
   */
  map<T>(
    items: AsyncIterable<T> | Iterable<T>,
    docOf: (item: T) => Doc | undefined,
    opts?: { ordered?: boolean },
  ): AsyncGenerator<Outcome<T>>;
  close(): Promise<void>;
}

interface Pending {
  task: Task;
  timer?: NodeJS.Timeout;
  resolve: (doc: Doc) => void;
  reject: (err: DatelineError) => void;
}

// Under tsx the sources are .ts and each worker thread needs tsx's loader too; built, they are .js.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./pipeline-worker.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);
// Node 20 does not run --import hooks before a worker's entry, so from source a small script registers tsx first.
const BOOT = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;

/** Starts a pool of worker threads, each with its own pipeline (models loaded once per worker). */
export async function createPool(opts: PoolOptions = {}): Promise<Pool> {
  const size = Math.max(1, opts.workers ?? availableParallelism());
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const all = new Set<Worker>();
  let seq = 0;
  let closed = false;

  const timeoutMs = opts.timeoutMs && opts.timeoutMs > 0 ? opts.timeoutMs : 0;
  const pump = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const p = queue.shift()!;
      busy.set(w, p);
      if (timeoutMs) p.timer = setTimeout(() => expire(w, p), timeoutMs);
      w.postMessage(p.task);
    }
  };
  const replace = () => {
    if (closed) return;
    start().then(
      (fresh) => {
        idle.push(fresh);
        pump();
      },
      () => {},
    );
  };
  // A stage stuck on one document cannot be interrupted inside its thread: the thread is dropped instead.
  const expire = (w: Worker, p: Pending) => {
    if (busy.get(w) !== p) return;
    busy.delete(w);
    w.terminate().catch(() => {});
    p.reject(
      new DatelineError('DL_STAGE_TIMEOUT', p.task.doc.id, `no result within the ${timeoutMs} ms limit`),
    );
    replace();
  };

  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const w = FROM_SOURCE
        ? new Worker(BOOT, { eval: true, workerData: { only: opts.only } })
        : new Worker(WORKER_URL, { workerData: { only: opts.only } });
      all.add(w);
      w.once('exit', () => all.delete(w));
      w.once('error', reject);
      w.once('message', () => {
        w.off('error', reject);
        w.on('message', (r: Reply) => {
          const p = busy.get(w);
          busy.delete(w);
          idle.push(w);
          clearTimeout(p?.timer);
          if (p) {
            if ('doc' in r) p.resolve(r.doc);
            else p.reject(new DatelineError(r.error.code, r.error.docId, r.error.message, r.error.offset));
          }
          pump();
        });
        w.on('error', (err) => {
          // A crashed worker fails its document; the pool goes on with a fresh worker.
          const p = busy.get(w);
          busy.delete(w);
          clearTimeout(p?.timer);
          p?.reject(new DatelineError('DL_STAGE_FAILED', p.task.doc.id, `worker crashed: ${err.message}`));
          replace();
        });
        resolve(w);
      });
    });

  idle.push(...(await Promise.all(Array.from({ length: size }, start))));

  const run = (doc: Doc) =>
    new Promise<Doc>((resolve, reject) => {
      if (closed) throw new DatelineError('DL_STAGE_FAILED', doc.id, 'the pool is closed');
      queue.push({ task: { seq: seq++, doc }, resolve, reject });
      pump();
    });

  async function* map<T>(
    items: AsyncIterable<T> | Iterable<T>,
    docOf: (item: T) => Doc | undefined,
    mapOpts: { ordered?: boolean } = {},
  ): AsyncGenerator<Outcome<T>> {
    const ordered = mapOpts.ordered ?? true;
    const limit = size * 2;
    const inflight: { n: number; done: Promise<{ n: number; out: Outcome<T> }> }[] = [];
    let n = 0;
    const submit = (item: T) => {
      const k = n++;
      let done: Promise<{ n: number; out: Outcome<T> }>;
      const doc = docOf(item);
      try {
        done = (doc ? run(doc) : Promise.resolve(undefined)).then(
          (d): { n: number; out: Outcome<T> } => ({
            n: k,
            out: d ? { item, doc: d } : { item, passed: true },
          }),
          (error: DatelineError) => ({ n: k, out: { item, error } }),
        );
      } catch (error) {
        done = Promise.resolve({ n: k, out: { item, error: error as DatelineError } });
      }
      inflight.push({ n: k, done });
    };
    const take = async (): Promise<Outcome<T>> => {
      if (ordered) return (await inflight.shift()!.done).out;
      const first = await Promise.race(inflight.map((f) => f.done));
      inflight.splice(
        inflight.findIndex((f) => f.n === first.n),
        1,
      );
      return first.out;
    };
    for await (const item of items) {
      submit(item);
      if (inflight.length >= limit) yield await take();
    }
    while (inflight.length) yield await take();
  }

  return {
    size,
    run,
    map,
    async close() {
      closed = true;
      for (const p of busy.values()) clearTimeout(p.timer);
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}
