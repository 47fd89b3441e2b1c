import { DatelineError } from '../model/errors.js';
import { DATE_SOURCE, isoDay, normalizeIso, partsOf, urlDate } from './date-text.js';
// How far into the text a header date line or a wire dateline may be.
const HEADER_LINES = 6;
const HEADER_CHARS = 1000;
const DATELINE_CHARS = 2000;
const MAX_HEADER_LINE = 200;
const HEADER_LINE = new RegExp('^(?<pre>(?:(?:published|posted|updated|last updated|last modified|modified|first published|dated?)(?:\\s+on)?\\s*:?\\s*' +
    '|by\\s+[^|·•\\n]{1,60}?\\s*[|·•—–-]\\s*)?)' +
    `(?<date>${DATE_SOURCE})` +
    '(?:\\s*[,|·•—–-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d\\d(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?' +
    '(?:\\s*[|·•]\\s*(?:last\\s+)?updated\\b.*)?\\s*$', 'i');
// "MONTREUX, Switzerland, Jan 22 (Reuters) -": a place in capitals, a date, an optional agency, a dash
const DATELINE = new RegExp("^(?<place>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+)*(?:,[ ]+[A-Z][\\p{L}'’.-]*(?:[ ][A-Z][\\p{L}'’.-]*)*){0,2}),?[ ]+" +
    `(?<date>${DATE_SOURCE})` +
    // then an agency and a dash, or the end of the line (RCV1: "AL-AIN, United Arab Emirates 1996-12-06")
    '(?:[ ]*(?:\\((?<agency>[^)\\n]{2,30})\\)[ ]*)?(?:-{1,2}|[–—])[ ]|[ ]*$)', 'gmu');
/**
 * The publication date with where it came from, in this order: given → markup → a header date line →
 * a wire dateline → a date in the URL → none. Datelines without a year take it from the URL date when
 * there is one; otherwise the date is left out and an info message says why.
 */
export function detectPublished(text, hints = {}, messages) {
    if (hints.given !== undefined) {
        const value = normalizeIso(hints.given);
        if (!value) {
            throw new DatelineError('DL_INGEST_BAD_DATE', hints.docId ?? '-', `given publication date "${hints.given}" is not YYYY-MM-DD or an ISO date-time`);
        }
        return { value, from: 'given' };
    }
    if (hints.markup?.value)
        return hints.markup;
    const header = headerDate(text);
    if (header)
        return header;
    const fromUrl = hints.url ? urlDate(hints.url) : null;
    const wire = wireDateline(text);
    if (wire) {
        const year = wire.parts.year ?? (fromUrl ? nearestYear(wire.parts, fromUrl) : undefined);
        if (year)
            return { value: isoDay(year, wire.parts.month, wire.parts.day), from: 'dateline', ...wire.span };
        messages?.push({
            level: 'info',
            rule: 'ingest/dateline-no-year',
            reason: 'the wire dateline has a month and day but no year, and nothing else gives one: date left out',
            ...wire.span,
        });
    }
    if (fromUrl?.year)
        return { value: isoDay(fromUrl.year, fromUrl.month, fromUrl.day), from: 'url' };
    return { value: null, from: 'none' };
}
/** A date standing alone on one of the first lines ("Wednesday, January 1, 2020", "Updated: 2014-01-22"). */
export function headerDate(text) {
    let offset = 0;
    for (let lines = 0; offset < text.length && offset <= HEADER_CHARS && lines < HEADER_LINES;) {
        const nl = text.indexOf('\n', offset);
        const end = nl < 0 ? text.length : nl;
        const line = text.slice(offset, Math.min(end, offset + MAX_HEADER_LINE + 1));
        const trimmed = line.trimStart();
        if (trimmed) {
            lines++;
            const m = end - offset <= MAX_HEADER_LINE ? HEADER_LINE.exec(trimmed.trimEnd()) : null;
            const parts = m?.groups && partsOf(m.groups);
            if (m?.groups && parts?.year) {
                const start = offset + (line.length - trimmed.length) + m.groups.pre.length;
                return {
                    value: isoDay(parts.year, parts.month, parts.day),
                    from: 'header',
                    start,
                    end: start + m.groups.date.length,
                };
            }
        }
        offset = end + 1;
    }
    return null;
}
/** The first wire dateline at the start of a line near the top, with the span of its date. */
export function wireDateline(text) {
    const head = text.slice(0, DATELINE_CHARS);
    DATELINE.lastIndex = 0;
    for (let m = DATELINE.exec(head); m; m = DATELINE.exec(head)) {
        const g = m.groups;
        const parts = partsOf(g);
        if (!parts)
            continue;
        const start = m.index + m[0].indexOf(g.date, g.place.length);
        return { parts, span: { start, end: start + g.date.length } };
    }
    return null;
}
/** The year that puts month/day nearest to a reference date (a Dec 31 dateline on a Jan 1 URL). */
function nearestYear(md, ref) {
    if (!ref.year)
        return undefined;
    const at = (y) => Date.UTC(y, md.month - 1, md.day);
    const target = Date.UTC(ref.year, ref.month - 1, ref.day);
    return [ref.year - 1, ref.year, ref.year + 1].sort((a, b) => Math.abs(at(a) - target) - Math.abs(at(b) - target))[0];
}
/** True when the line holds nothing but a header date (with its prefix, time and zone). */
export const isHeaderDateLine = (line) => {
    if (line.length > MAX_HEADER_LINE)
        return false;
    const m = HEADER_LINE.exec(line.trim());
    return !!(m?.groups && partsOf(m.groups)?.year);
};
