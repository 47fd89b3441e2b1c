import type { Doc } from '../model/doc.js';
import type { ErrorCode } from '../model/errors.js';

/** A document sent to a pool worker. */
export interface Task {
  seq: number;
  doc: Doc;
}

/** What a pool worker sends back for one task. */
export type Reply =
  | { seq: number; doc: Doc }
  | { seq: number; error: { code: ErrorCode; docId: string; message: string; offset?: number } };
