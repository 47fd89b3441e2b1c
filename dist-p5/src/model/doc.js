import { createHash } from 'node:crypto';
import { DatelineError } from './errors.js';
import { SCHEMA_ID } from './schema.js';
/** Stable id: a hash of the whitespace-normalised text and the url. */
export function docIdFor(text, url) {
    const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim();
    return createHash('sha256')
        .update(norm)
        .update('\u0000')
        .update(url ?? '')
        .digest('hex')
        .slice(0, 16);
}
/** A new Doc with empty layers. */
export function createDoc(text, meta = {}, id) {
    return {
        schema: SCHEMA_ID,
        id: id ?? docIdFor(text, meta.url),
        text,
        meta: { ...meta, published: meta.published ?? { value: null, from: 'none' } },
        sentences: [],
        tokens: [],
        mentions: [],
        entities: [],
        timexes: [],
        quotes: [],
        claims: [],
        events: [],
        findings: [],
        messages: [],
    };
}
/** The text a span points at, computed on demand. */
export const textOf = (doc, s) => doc.text.slice(s.start, s.end);
/** Throws unless the span lies inside the text and is not reversed. */
export function checkSpan(doc, s) {
    if (s.start < 0 || s.end < s.start || s.end > doc.text.length) {
        throw new DatelineError('DL_MODEL_SPAN_RANGE', doc.id, `span [${s.start}, ${s.end}) outside text of length ${doc.text.length}`, s.start);
    }
}
/** Index of the sentence holding offset `at`, or -1. Sentences are sorted and disjoint. */
export function sentenceAt(doc, at) {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = doc.sentences[mid];
        if (at < s.start)
            hi = mid - 1;
        else if (at >= s.end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}
/** Indices [first, last) of the tokens inside a span (tokens sorted by start). */
export function tokensIn(doc, s) {
    const toks = doc.tokens;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (toks[mid].end <= s.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    let last = lo;
    while (last < toks.length && toks[last].start < s.end)
        last++;
    return [lo, last];
}
