import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Doc } from '../model/doc.js';
import { DatelineError } from '../model/errors.js';
import { type FileTask, type Reply, type Task, taskId } from './messages.js';
import { sharedSyntaxModel } from './shared-syntax.js';
import { startWorker } from './worker-url.js';

export interface PoolOptions {
  /** Worker threads; default one per core. */
  workers?: number;
  /** Run only these stages (as `buildPipeline`'s `only`). */
  only?: readonly string[];
  /** Per-document time limit in ms: past it the worker is replaced and the document fails DL_STAGE_TIMEOUT. */
  timeoutMs?: number;
  /**
   * Unpack the syntax model's tables once here, in shared memory, for every worker (default: when the parse
   * stage runs). False: each worker loads its own copy.
   */
  shareModels?: boolean;
  /**
   * Documents a worker runs before it is replaced by a fresh one (default 20,000; 0: never). wink-nlp keeps
   * every new word in a lexicon it never trims, so a worker that reads for days grows with its vocabulary.
   */
  recycleAfter?: number;
}

/** One document's outcome from `Pool.map`, tagged with the caller's item; `doc` is parsed from `json` when first read. */
export type Outcome<T> =
  | { item: T; doc: Doc; json: string }
  | { item: T; error: DatelineError }
  | { item: T; passed: true };

export interface Pool {
  readonly size: number;
  /** Whether the workers read one shared copy of the syntax model's tables (`shareModels`). */
  readonly shared: boolean;
  /** Workers started so far, replacements included. */
  readonly started: number;
  /** Runs the pipeline on one document in some worker. */
  run(doc: Doc): Promise<Doc>;
  /** As `run`, but resolves to the processed Doc's JSON text, never parsed in this thread. */
  runJson(doc: Doc): Promise<string>;
  /**
   * Runs every document an iterable yields, keeping at most `2 × size` in flight (back-pressure: the source
   * is read only as results drain). `ordered` (default true) yields in input order, else as they finish.
   * An item whose `docOf` is undefined passes through unprocessed, in its place; a `FileTask` is a file the
   * worker reads and ingests itself.
   */
  map<T>(
    items: AsyncIterable<T> | Iterable<T>,
    docOf: (item: T) => Doc | FileTask | undefined,
    opts?: { ordered?: boolean },
  ): AsyncGenerator<Outcome<T>>;
  close(): Promise<void>;
}

interface Pending {
  task: Task;
  timer?: NodeJS.Timeout;
  resolve: (json: string) => void;
  reject: (err: DatelineError) => void;
}

// Tasks a worker holds at once: the next waits in its port while it runs the first, so a worker never idles
// for the round trip through the main thread between two documents.
const DEPTH = 2;

/** Starts a pool of worker threads, each with its own pipeline (models loaded once per worker). */
export async function createPool(opts: PoolOptions = {}): Promise<Pool> {
  const size = Math.max(1, opts.workers ?? availableParallelism());
  const queue: Pending[] = [];
  // Ready workers and the tasks each holds, the first one running.
  const held = new Map<Worker, Pending[]>();
  const all = new Set<Worker>();
  let seq = 0;
  let closed = false;
  let started = 0;
  const recycleAfter = opts.recycleAfter ?? 20_000;
  // Workers past recycleAfter: they get no new task and are stopped once they hand back the ones they hold.
  const retiring = new Set<Worker>();
  const runs = new Map<Worker, number>();

  const share = opts.shareModels ?? (!opts.only || opts.only.includes('parse'));
  const workerData = { only: opts.only, syntax: share ? await sharedSyntaxModel() : null };
  const timeoutMs = opts.timeoutMs && opts.timeoutMs > 0 ? opts.timeoutMs : 0;
  // A task's time limit runs from when its worker starts it, not from when it was handed over.
  const arm = (w: Worker, p: Pending) => {
    if (timeoutMs) p.timer = setTimeout(() => expire(w, p), timeoutMs);
  };
  const pump = () => {
    // Every worker gets one task before any gets a second.
    for (let depth = 1; depth <= DEPTH && queue.length; depth++) {
      for (const [w, tasks] of held) {
        if (!queue.length) break;
        if (tasks.length >= depth || retiring.has(w)) continue;
        const p = queue.shift()!;
        tasks.push(p);
        if (tasks.length === 1) arm(w, p);
        w.postMessage(p.task);
      }
    }
  };
  const replace = () => {
    if (closed) return;
    start().then(pump, () => {});
  };
  // A worker that is gone fails the document it was running; the ones waiting behind it go back to the queue.
  const drop = (w: Worker, why: (docId: string) => DatelineError) => {
    const tasks = held.get(w);
    if (!tasks) return;
    held.delete(w);
    for (const p of tasks) clearTimeout(p.timer);
    const [head, ...waiting] = tasks;
    queue.unshift(...waiting);
    head?.reject(why(taskId(head.task)));
    pump(); // the other workers may take the waiting ones before the replacement is up
    replace();
  };
  // A stage stuck on one document cannot be interrupted inside its thread: the thread is dropped instead.
  const expire = (w: Worker, p: Pending) => {
    if (held.get(w)?.[0] !== p) return;
    w.terminate().catch(() => {});
    drop(w, (id) => new DatelineError('DL_STAGE_TIMEOUT', id, `no result within the ${timeoutMs} ms limit`));
  };
  const crashed = (w: Worker, message: string) =>
    drop(w, (id) => new DatelineError('DL_STAGE_FAILED', id, `worker crashed: ${message}`));

  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const w = startWorker('pipeline-worker', workerData);
      started++;
      all.add(w);
      w.once('exit', (code) => {
        all.delete(w);
        crashed(w, `exit code ${code}`);
      });
      w.once('error', reject);
      w.once('message', () => {
        w.off('error', reject);
        w.on('message', (r: Reply) => {
          const tasks = held.get(w);
          const p = tasks?.shift();
          if (!p) return;
          clearTimeout(p.timer);
          if (tasks?.[0]) arm(w, tasks[0]);
          if ('json' in r) p.resolve(r.json);
          else p.reject(new DatelineError(r.error.code, r.error.docId, r.error.message, r.error.offset));
          retire(w, tasks ?? []);
          pump();
        });
        // A crashed worker fails its document; the pool goes on with a fresh worker.
        w.on('error', (err) => crashed(w, err.message));
        held.set(w, []);
        resolve(w);
      });
    });

  // Counts a finished document; past the limit, starts the replacement and stops the worker once it is idle.
  const retire = (w: Worker, tasks: Pending[]) => {
    const n = (runs.get(w) ?? 0) + 1;
    runs.set(w, n);
    if (!recycleAfter || n < recycleAfter) return;
    if (!retiring.has(w)) {
      retiring.add(w);
      replace();
    }
    if (tasks.length) return;
    held.delete(w);
    runs.delete(w);
    retiring.delete(w);
    w.terminate().catch(() => {});
  };

  await Promise.all(Array.from({ length: size }, start));

  const submit = (input: Doc | FileTask) =>
    new Promise<string>((resolve, reject) => {
      const task: Task = 'file' in input ? { seq: seq++, ...input } : { seq: seq++, doc: input };
      if (closed) throw new DatelineError('DL_STAGE_FAILED', taskId(task), 'the pool is closed');
      queue.push({ task, resolve, reject });
      pump();
    });
  const runJson = (doc: Doc) => submit(doc);
  const run = (doc: Doc) => runJson(doc).then((json) => JSON.parse(json) as Doc);

  async function* map<T>(
    items: AsyncIterable<T> | Iterable<T>,
    docOf: (item: T) => Doc | FileTask | undefined,
    mapOpts: { ordered?: boolean } = {},
  ): AsyncGenerator<Outcome<T>> {
    const ordered = mapOpts.ordered ?? true;
    const limit = size * 2;
    const inflight: { n: number; done: Promise<{ n: number; out: Outcome<T> }> }[] = [];
    let n = 0;
    const add = (item: T) => {
      const k = n++;
      let done: Promise<{ n: number; out: Outcome<T> }>;
      const input = docOf(item);
      try {
        done = (input ? submit(input) : Promise.resolve(undefined)).then(
          (json): { n: number; out: Outcome<T> } => ({
            n: k,
            out: json === undefined ? { item, passed: true } : finished(item, json),
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
      add(item);
      if (inflight.length >= limit) yield await take();
    }
    while (inflight.length) yield await take();
  }

  return {
    size,
    shared: !!workerData.syntax,
    get started() {
      return started;
    },
    run,
    runJson,
    map,
    async close() {
      closed = true;
      for (const tasks of held.values()) for (const p of tasks) clearTimeout(p.timer);
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}

/** A finished document's outcome: its JSON as the worker sent it, parsed only if `doc` is read. */
function finished<T>(item: T, json: string): Outcome<T> {
  let doc: Doc | undefined;
  return {
    item,
    json,
    get doc() {
      doc ??= JSON.parse(json) as Doc;
      return doc;
    },
  };
}
