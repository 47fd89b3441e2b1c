import type { Span } from '../model/schema.js';
import { isHeaderDateLine, wireDateline } from './published.js';

const MAX_TITLE = 200;
const TOP_LINES = 6;

/**
 * The headline of a plain text: the first line near the top that is not a date line or byline, is short,
 * does not end like a sentence, and has text after it. Markdown '#' marks are left outside the span.
 */
export function titleSpan(text: string): Span | null {
  let offset = 0;
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && seen < TOP_LINES; i++) {
    const line = lines[i];
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    seen++;
    if (isHeaderDateLine(line) || /^\s*(?:by|By|BY)\s+\p{Lu}/u.test(line)) continue;
    const m = /^(\s*(?:#{1,6}\s+)?)(.*?)(\s*#*\s*)$/.exec(line)!;
    const title = m[2];
    const rest = text.slice(offset);
    const looksLikeHeadline =
      title.length >= 3 &&
      title.length <= MAX_TITLE &&
      !/[.,;:]$/.test(title) &&
      /\p{L}/u.test(title) &&
      rest.trim().length > 0 &&
      !wireDateline(line);
    return looksLikeHeadline ? { start: start + m[1].length, end: start + m[1].length + title.length } : null;
  }
  return null;
}
