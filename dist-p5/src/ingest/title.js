import { isHeaderDateLine, wireDateline } from './published.js';
const MAX_TITLE = 200;
const TOP_LINES = 6;
/**
 * The headline of a plain text: the first line near the top that is not a date line or byline, is short,
 * does not end like a sentence, and has text after it. Markdown '#' marks are left outside the span.
 */
export function titleSpan(text) {
    let offset = 0;
    for (let seen = 0; offset < text.length && seen < TOP_LINES;) {
        const nl = text.indexOf('\n', offset);
        const end = nl < 0 ? text.length : nl;
        const start = offset;
        offset = end + 1;
        // a long first line is body text; this also keeps the regexes below off megabyte lines
        if (end - start > MAX_TITLE + 40)
            return null;
        const line = text.slice(start, end);
        if (!line.trim())
            continue;
        seen++;
        if (isHeaderDateLine(line) || /^\s*(?:by|By|BY)\s+\p{Lu}/u.test(line))
            continue;
        const m = /^(\s*(?:#{1,6}\s+)?)(.*?)(\s*#*\s*)$/.exec(line);
        const title = m[2];
        NON_SPACE.lastIndex = offset;
        const looksLikeHeadline = title.length >= 3 &&
            title.length <= MAX_TITLE &&
            !/[.,;:]$/.test(title) &&
            /\p{L}/u.test(title) &&
            NON_SPACE.test(text) &&
            !wireDateline(line);
        return looksLikeHeadline ? { start: start + m[1].length, end: start + m[1].length + title.length } : null;
    }
    return null;
}
const NON_SPACE = /\S/g;
