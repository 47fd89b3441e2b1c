import type { Doc } from '../model/doc.js';
import { DatelineError } from '../model/errors.js';
import { type IngestOptions } from './options.js';
/** One input document read, or why it could not be. */
export type Ingested = {
    source: string;
    doc: Doc;
} | {
    source: string;
    error: DatelineError;
};
/**
 * Every document from files, directories (recursive, hidden entries skipped, sorted), globs and '-'
 * (stdin: JSON Lines when its first line is a JSON object, else text or HTML), in input order.
 * Bad input yields an error item and the batch goes on.
 */
export declare function readInputs(inputs: string[], opts?: IngestOptions): AsyncGenerator<Ingested>;
/** Documents from a stream (stdin): JSON Lines when the first non-blank line is a JSON object. */
export declare function readStream(chunks: AsyncIterable<Uint8Array>, source: string, opts?: IngestOptions): AsyncGenerator<Ingested>;
