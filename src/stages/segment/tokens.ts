import type { Token } from '../../model/schema.js';
import { isSpaceCode } from '../../text/spaces.js';

// Words UD splits that wink-nlp keeps whole: form → [first part length, pos, lemma, pos, lemma].
// A Map, not an object literal: "constructor" or "toString" must not find Object.prototype's members.
const SPLITS = new Map<string, [number, string, string, string, string]>([
  ["i'm", [1, 'PRON', 'I', 'AUX', 'be']],
  ['gonna', [3, 'VERB', 'go', 'PART', 'to']],
  ['gotta', [3, 'VERB', 'get', 'PART', 'to']],
  ['wanna', [3, 'VERB', 'want', 'PART', 'to']],
]);

// URLs, e-mail addresses, domain, file and newsgroup names: one token each, as UD has them.
const WEB =
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|int|info|io|pdf|docx?|xlsx?|pptx?|html?|txt|jpe?g|png|gif|zip)\b|\b[a-z]{2,}(?:\.[a-z]{2,}){2,}\b/gi;

// Runs of stops or of other marks with no space between are one token ("!!!", "?!", "...", "***", "=---").
const MARKS = [/^[!?.]+$/, /^[*=_~#<>$+-]+$/];

/**
 * Repairs wink-nlp tokens to UD conventions: splits "I'm", "gonna" and a final "No."; joins URLs,
 * addresses, file names, runs of marks and decades ("70's").
 */
export function fixTokens(text: string, tokens: readonly Token[]): Token[] {
  return joinWeb(text, joinRuns(text, splitWords(text, tokens)));
}

function splitWords(text: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    // every word split here is three or five characters long: the others need no slice
    const length = t.end - t.start;
    if (length !== 3 && length !== 5) {
      out.push(t);
      continue;
    }
    const form = text.slice(t.start, t.end);
    const split = SPLITS.get(form.toLowerCase().replace('’', "'"));
    if (split) {
      const [n, pos1, lemma1, pos2, lemma2] = split;
      out.push({ start: t.start, end: t.start + n, pos: pos1, lemma: lemma1 });
      out.push({ start: t.start + n, end: t.end, pos: pos2, lemma: lemma2 });
    } else if (/^no\.$/i.test(form) && !/^\s*(?:#|\d)/.test(text.slice(t.end, t.end + 3))) {
      // "No." is an abbreviation only before a number ("No. 10")
      out.push({ start: t.start, end: t.end - 1, pos: 'INTJ', lemma: 'no' });
      out.push({ start: t.end - 1, end: t.end, pos: 'PUNCT', lemma: '.' });
    } else out.push(t);
  }
  return out;
}

function joinRuns(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && joinable(text.charCodeAt(prev.end - 1), text.charCodeAt(t.start))) {
      const form = text.slice(t.start, t.end);
      const prevForm = text.slice(prev.start, prev.end);
      const marks = MARKS.some((re) => re.test(prevForm) && re.test(form));
      const decade = /^\d+$/.test(prevForm) && /^['’]s$/.test(form);
      if (marks || decade) {
        out[out.length - 1] = { ...prev, end: t.end, lemma: text.slice(prev.start, t.end) };
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/**
 * Whether two glued tokens may join, by the last character of the first and the first of the second: both
 * marks of one of MARKS' classes, or a digit before an apostrophe. A quick test before the regular expressions.
 */
function joinable(last: number, first: number): boolean {
  if (last >= 48 && last <= 57) return first === 39 || first === 0x2019;
  return MARK_CHARS.includes(String.fromCharCode(last)) && MARK_CHARS.includes(String.fromCharCode(first));
}
const MARK_CHARS = '!?.*=_~#<>$+-';

function joinWeb(text: string, tokens: Token[]): Token[] {
  const spans = webSpans(text);
  if (!spans.length) return tokens;
  const out: Token[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < spans.length && spans[s][1] <= tokens[i].start) s++;
    const span = spans[s];
    if (span && tokens[i].start === span[0]) {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1].start < span[1]) j++;
      const rest = text.slice(span[1], tokens[j].end);
      if (j > i || rest) {
        if (tokens[j].end > span[1] && !/^[.,;:!?)\]'’]+$/.test(rest)) {
          out.push(tokens[i]);
          continue;
        }
        out.push({ start: span[0], end: span[1], pos: 'X', lemma: text.slice(span[0], span[1]) });
        // a URL's final stop that wink-nlp kept inside it
        if (rest) out.push({ start: span[1], end: tokens[j].end, pos: 'PUNCT', lemma: rest });
        i = j;
        continue;
      }
    }
    out.push(tokens[i]);
  }
  return out;
}

/**
 * WEB's matches in the text, trailing stops cut. A match holds no white space and has an "@", a "://" or a
 * "." before a non-space, so WEB runs only on the space-free chunks that have one, not along the whole text.
 */
function webSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const n = text.length;
  let chunk = 0;
  let hint = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isSpaceCode(c)) {
      if (hint) {
        for (const m of text.slice(chunk, i).matchAll(WEB)) {
          const start = chunk + (m.index ?? 0);
          const end = start + m[0].replace(/[.,;:!?)\]'’]+$/, '').length;
          if (end > start) spans.push([start, end]);
        }
      }
      chunk = i + 1;
      hint = false;
    } else if (!hint)
      hint =
        c === 64 ||
        (c === 46 && i + 1 < n && !isSpaceCode(text.charCodeAt(i + 1))) ||
        (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47);
  }
  return spans;
}
