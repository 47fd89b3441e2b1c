import type { Doc } from '../model/doc.js';
import type { IngestOptions } from './options.js';
/**
 * One Doc from a JSON Lines record `{id?, url?, title?, published?, text | html}`; `source` names it
 * ("file.jsonl:12"). A given `id` becomes the Doc id; a given `published` counts as given by the caller.
 */
export declare function docFromRecord(rec: unknown, source: string, opts?: IngestOptions): Doc;
