import { DatelineError } from '../model/errors.js';
import { docFromHtml } from './html.js';
import { docFromText } from './text.js';
/**
 * One Doc from a JSON Lines record `{id?, url?, title?, published?, text | html}`; `source` names it
 * ("file.jsonl:12"). A given `id` becomes the Doc id; a given `published` counts as given by the caller.
 */
export function docFromRecord(rec, source, opts = {}) {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
        throw new DatelineError('DL_INGEST_BAD_RECORD', source, 'the JSON line is not an object');
    }
    const r = rec;
    const id = typeof r.id === 'number' ? String(r.id) : r.id;
    const name = typeof id === 'string' && id ? id : source;
    const meta = { source };
    for (const key of ['id', 'url', 'title', 'published']) {
        const v = key === 'id' ? id : r[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'string' || !v) {
            const code = key === 'published' ? 'DL_INGEST_BAD_DATE' : 'DL_INGEST_BAD_RECORD';
            throw new DatelineError(code, name, `"${key}" must be a non-empty string, not ${JSON.stringify(v)}`);
        }
        meta[key] = v;
    }
    if (typeof r.text === 'string')
        return docFromText(r.text, meta, opts);
    if (typeof r.html === 'string')
        return docFromHtml(r.html, meta, opts);
    throw new DatelineError('DL_INGEST_BAD_RECORD', name, 'the record has no "text" or "html" string');
}
