import type { Doc } from '../model/doc.js';
import { DatelineError } from '../model/errors.js';
import { type FileTask } from './messages.js';
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
}
/** One document's outcome from `Pool.map`, tagged with the caller's item; `doc` is parsed from `json` when first read. */
export type Outcome<T> = {
    item: T;
    doc: Doc;
    json: string;
} | {
    item: T;
    error: DatelineError;
} | {
    item: T;
    passed: true;
};
export interface Pool {
    readonly size: number;
    /** Whether the workers read one shared copy of the syntax model's tables (`shareModels`). */
    readonly shared: boolean;
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
    map<T>(items: AsyncIterable<T> | Iterable<T>, docOf: (item: T) => Doc | FileTask | undefined, opts?: {
        ordered?: boolean;
    }): AsyncGenerator<Outcome<T>>;
    close(): Promise<void>;
}
/** Starts a pool of worker threads, each with its own pipeline (models loaded once per worker). */
export declare function createPool(opts?: PoolOptions): Promise<Pool>;
