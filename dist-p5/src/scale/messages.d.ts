import type { IngestOptions } from '../ingest/index.js';
import type { Doc } from '../model/doc.js';
import type { ErrorCode } from '../model/errors.js';
/** A text or HTML file a pool worker reads and ingests itself, as `readInputs` would. */
export interface FileTask {
    file: string;
    ingest: IngestOptions;
}
/** A document sent to a pool worker, or a file it reads itself. */
export type Task = {
    seq: number;
    doc: Doc;
} | ({
    seq: number;
} & FileTask);
/** The id a task's failure is reported under: the document's, or the file's path (as ingest errors are). */
export declare const taskId: (t: Task) => string;
/**
 * What a pool worker sends back for one task. The Doc travels as its JSON text: one string crosses threads
 * far cheaper than a structured clone of thousands of small objects, and a caller that writes JSON never
 * parses it.
 */
export type Reply = {
    seq: number;
    json: string;
} | {
    seq: number;
    error: {
        code: ErrorCode;
        docId: string;
        message: string;
        offset?: number;
    };
};
