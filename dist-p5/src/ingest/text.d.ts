import type { Doc } from '../model/doc.js';
import type { DocMeta, IngestOptions } from './options.js';
/** One Doc from plain text: headline as a title span, publication date from header/dateline/URL. */
export declare function docFromText(text: string, meta?: DocMeta, opts?: IngestOptions): Doc;
