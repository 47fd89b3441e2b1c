import { makeDoc } from './make-doc.js';
import { titleSpan } from './title.js';
/** One Doc from plain text: headline as a title span, publication date from header/dateline/URL. */
export function docFromText(text, meta = {}, opts = {}) {
    return makeDoc(text, meta, opts, (t) => ({ title: meta.title ? undefined : titleSpan(t) }));
}
