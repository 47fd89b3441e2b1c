import type { Doc } from '../model/doc.js';
import type { ErrorCode } from '../model/errors.js';

/** A document sent to a pool worker. */
export interface Task {
  seq: number;
  doc: Doc;
}

/**
 * What a pool worker sends back for one task. The Doc travels as its JSON text: one string crosses threads
 * far cheaper than a structured clone of thousands of small objects, and a caller that writes JSON never
 * parses it.
 */
export type Reply =
  | { seq: number; json: string }
  | { seq: number; error: { code: ErrorCode; docId: string; message: string; offset?: number } };
