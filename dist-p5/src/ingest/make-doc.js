import { createDoc } from '../model/doc.js';
import { DatelineError } from '../model/errors.js';
import { binaryCharOffset } from './decode.js';
import { guessLanguage } from './language.js';
import { isBlank, normalizeText } from './normalize.js';
import { maxBytesOf } from './options.js';
import { detectPublished } from './published.js';
/** The name errors give a document: its given id, else its source. */
export const docNameOf = (meta) => meta.id ?? meta.source ?? '-';
/**
 * Checks and normalises text, finds its date, and builds the Doc; throws DatelineError for bad input.
 * `find` reads the normalised text (so spans point into it) for a title and markup facts.
 */
export function makeDoc(raw, meta, opts, find = () => ({})) {
    const name = docNameOf(meta);
    const max = maxBytesOf(opts);
    const bytes = Buffer.byteLength(raw, 'utf8');
    if (bytes > max)
        throw new DatelineError('DL_INGEST_TOO_LARGE', name, `${bytes} bytes is over the ${max}-byte limit`);
    const text = normalizeText(raw);
    if (isBlank(text))
        throw new DatelineError('DL_INGEST_EMPTY', name, 'the document is empty or only whitespace');
    const bad = binaryCharOffset(text);
    if (bad >= 0) {
        throw new DatelineError('DL_INGEST_BINARY', name, `control character U+${text.charCodeAt(bad).toString(16).padStart(4, '0')} at ${bad}: not text`, bad);
    }
    const lang = guessLanguage(text);
    if (!lang.english && !opts.allowNonEnglish) {
        throw new DatelineError('DL_INGEST_NOT_ENGLISH', name, `the text looks like '${lang.lang}', not English`);
    }
    const found = find(text);
    const messages = [];
    const url = meta.url ?? found.url;
    const published = detectPublished(text, { given: opts.published ?? meta.published, markup: found.published, url, docId: name }, messages);
    const m = { published };
    const title = meta.title ?? found.title;
    if (title)
        m.title = title;
    if (meta.source)
        m.source = meta.source;
    if (url)
        m.url = url;
    const code = lang.lang !== 'und' ? lang.lang : found.lang;
    if (code)
        m.lang = code;
    const doc = createDoc(text, m, meta.id);
    doc.messages.push(...messages);
    return doc;
}
