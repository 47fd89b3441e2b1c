import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DatelineError } from '../model/errors.js';
import { parseMetaDate } from './date-text.js';
import { blockText, elementDepth, flattenBelow } from './html-text.js';
import { docNameOf, makeDoc } from './make-doc.js';
import { isBlank } from './normalize.js';
import { maxBytesOf } from './options.js';
// Meta tags that carry the publication date, most trusted first (property, name or itemprop).
const DATE_METAS = [
    'article:published_time',
    'og:published_time',
    'og:article:published_time',
    'datepublished',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date.created',
    'dcterms.created',
    'dc.date',
    'dcterms.date',
    'citation_publication_date',
    'parsely-pub-date',
    'sailthru.date',
    'publication_date',
    'publishdate',
    'publish-date',
    'pubdate',
    'date',
];
/** A crude test for input that is HTML rather than text. */
export const looksLikeHtml = (text) => /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta|title|div|p|section|main|h1)[\s>]/i.test(text.slice(0, 2000));
/**
 * One Doc from an HTML page: the article body by Readability (paragraphs kept as "\n\n"), its title,
 * and the publication date from meta tags, JSON-LD or `<time>`, before falling back to the text.
 */
export function docFromHtml(html, meta = {}, opts = {}) {
    const name = docNameOf(meta);
    if (isBlank(html))
        throw new DatelineError('DL_INGEST_EMPTY', name, 'the document is empty or only whitespace');
    const bytes = Buffer.byteLength(html, 'utf8');
    if (bytes > maxBytesOf(opts)) {
        throw new DatelineError('DL_INGEST_TOO_LARGE', name, `${bytes} bytes is over the ${maxBytesOf(opts)}-byte limit`);
    }
    const { document } = parseHTML(html);
    const root = document;
    capDepth(document);
    const markup = markupDate(root);
    const url = metaContent(root, ['og:url']) ?? root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const lang = root.querySelector('html')?.getAttribute('lang')?.slice(0, 2).toLowerCase();
    let article = null;
    try {
        // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document stands in for the DOM's
        article = new Readability(document, { serializer: (n) => n }).parse();
    }
    catch {
        // Readability gives up on some malformed trees; the plain body text below is the fallback
    }
    let text = article?.content ? blockText(article.content) : '';
    if (isBlank(text)) {
        // Readability found nothing (and changed the tree): take the whole body of a fresh parse
        const fresh = parseHTML(html).document;
        capDepth(fresh);
        text = fresh.body ? blockText(fresh.body) : '';
    }
    if (isBlank(text))
        throw new DatelineError('DL_INGEST_BAD_HTML', name, 'no article text could be extracted from the HTML');
    const h1 = root.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
    const titles = [metaContent(root, ['og:title', 'twitter:title']), article?.title?.trim(), h1].filter((t) => !!t);
    return makeDoc(text, meta, opts, (t) => {
        let published = markup?.value ? { ...markup.published } : null;
        if (published && markup?.shown) {
            const at = t.indexOf(markup.shown);
            if (at >= 0)
                published = { ...published, start: at, end: at + markup.shown.length };
        }
        return {
            title: meta.title ? undefined : titleIn(t, titles),
            published,
            url: url ?? undefined,
            lang,
        };
    });
}
/** Deeper element nesting than this is flattened before Readability (real pages stay well under it). */
export const MAX_HTML_DEPTH = 48;
function capDepth(document) {
    if (elementDepth(document) > MAX_HTML_DEPTH)
        flattenBelow(document, MAX_HTML_DEPTH);
}
/** The first candidate title found in the text as a span, else the first candidate as a string. */
function titleIn(text, titles) {
    for (const title of titles) {
        const at = text.indexOf(title);
        if (at >= 0)
            return { start: at, end: at + title.length };
    }
    return titles[0];
}
function metaContent(root, keys) {
    for (const el of Array.from(root.querySelectorAll('meta'))) {
        const key = (el.getAttribute('property') ??
            el.getAttribute('name') ??
            el.getAttribute('itemprop') ??
            '').toLowerCase();
        if (keys.includes(key)) {
            const v = el.getAttribute('content')?.trim();
            if (v)
                return v;
        }
    }
    return undefined;
}
/** The date the markup states, with the visible text of a `<time>` element when that is the source. */
function markupDate(root) {
    for (const key of DATE_METAS) {
        const v = metaContent(root, [key]);
        const value = v && parseMetaDate(v);
        if (value)
            return { value, published: { value, from: 'html-meta' } };
    }
    for (const script of Array.from(root.querySelectorAll('script[type="application/ld+json"]'))) {
        let data;
        try {
            data = JSON.parse(script.textContent ?? '');
        }
        catch {
            continue;
        }
        const v = findDatePublished(data);
        const value = v && parseMetaDate(v);
        if (value)
            return { value, published: { value, from: 'json-ld' } };
    }
    const times = [
        ...Array.from(root.querySelectorAll('time[pubdate], time[itemprop="datePublished"]')),
        ...Array.from(root.querySelectorAll('time[datetime]')),
    ];
    for (const el of times) {
        const v = el.getAttribute('datetime') ?? el.textContent ?? '';
        const value = parseMetaDate(v);
        if (value) {
            const shown = el.textContent?.replace(/\s+/g, ' ').trim();
            return { value, published: { value, from: 'html-meta' }, shown: shown || undefined };
        }
    }
    return null;
}
/** The first `datePublished` in a JSON-LD tree (objects, arrays, @graph). */
function findDatePublished(data, depth = 0) {
    if (!data || typeof data !== 'object' || depth > 6)
        return undefined;
    if (Array.isArray(data)) {
        for (const x of data) {
            const v = findDatePublished(x, depth + 1);
            if (v)
                return v;
        }
        return undefined;
    }
    const rec = data;
    if (typeof rec.datePublished === 'string')
        return rec.datePublished;
    for (const v of Object.values(rec)) {
        const found = findDatePublished(v, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
