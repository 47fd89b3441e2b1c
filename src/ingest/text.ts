import type { Doc } from '../model/doc.js';
import { makeDoc } from './make-doc.js';
import type { DocMeta, IngestOptions } from './options.js';
import { titleSpan } from './title.js';

/** One Doc from plain text: headline as a title span, publication date from header/dateline/URL. */
export function docFromText(text: string, meta: DocMeta = {}, opts: IngestOptions = {}): Doc {
  return makeDoc(text, meta, opts, (t) => ({ title: meta.title ? undefined : titleSpan(t) }));
}
