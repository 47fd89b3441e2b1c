import { type Ingested, type IngestOptions } from '../ingest/index.js';
/** A batch input for a pool: a text or HTML file a worker reads itself, or what this thread read. */
export type BatchInput = {
    file: string;
} | Ingested;
/**
 * The inputs `readInputs` would read, in its order, with each text or HTML file left as a path for a pool
 * worker to read, decode and ingest (so this thread does not). Stdin, JSON Lines files and anything that fails
 * are read here by `readInputs` itself, so their documents and errors are the same.
 */
export declare function batchInputs(inputs: string[], opts?: IngestOptions): AsyncGenerator<BatchInput>;
