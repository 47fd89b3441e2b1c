import { type IngestOptions } from '../ingest/index.js';
import type { Doc } from '../model/doc.js';
import { DatelineError } from '../model/errors.js';
import type { Pipeline } from '../pipeline/pipeline.js';
export interface BatchCounts {
    ok: number;
    failed: number;
    skipped: number;
}
/** What a batch does with each document; give `onDoc` or `onJson`. */
export interface BatchHandlers {
    onDoc?: (doc: Doc, source: string) => Promise<void> | void;
    /** Instead of `onDoc`: the processed Doc as JSON text (on a pool it is then never parsed in this thread). */
    onJson?: (json: string, source: string) => Promise<void> | void;
    onError?: (source: string, err: DatelineError) => void;
    /** Checked before the pipeline runs: true leaves the document out (e.g. already stored). */
    skip?: (doc: Doc) => Promise<boolean> | boolean;
}
/** Reads every input, runs the pipeline on each document, hands good ones on; a bad one is reported, never fatal. */
export declare function runBatch(inputs: string[], pipe: Pipeline, opts: IngestOptions, { onDoc, onJson, onError, skip }: BatchHandlers): Promise<BatchCounts>;
/** One line per failed document on stderr: where it came from, the code, the reason. */
export declare function reportError(source: string, err: DatelineError): void;
/** A flag that must be a positive integer (`--workers`, `--timeout`), or undefined when not given. */
export declare function positiveInt(v: string | undefined, flag: string): number | undefined;
