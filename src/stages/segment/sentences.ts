import type { Sentence, Token } from '../../model/schema.js';
import { isSpaceCode } from '../../text/spaces.js';
import { datelineAt } from './dateline.js';

/**
 * Sentences as runs of tokens. `starts` are the offsets where wink-nlp began sentences; a blank line
 * always begins one (headlines have no final stop), and so does a line break after a line that does not end
 * in a comma, semicolon or dash, before a capital, digit or quote. A wire dateline at a paragraph start is a
 * sentence of its own, a reference mark or emoticon ("… in 1805. [6]", ":)") stays with the sentence before
 * it, and a word glued to the stop before it or in lower case on the same line does not begin one.
 */
export function sentencesOf(text: string, tokens: readonly Token[], starts: ReadonlySet<number>): Sentence[] {
  const n = tokens.length;
  const begins = new Uint8Array(n);
  const breaks = gapBreaks(text, tokens);
  const form = (k: number) => text.slice(tokens[k].start, tokens[k].end);
  for (let i = 0; i < n; i++) {
    const gap = breaks[i];
    if (i === 0 || gap & BLANK_LINE) begins[i] = 1;
    else if (gap === GLUED) continue;
    else if (starts.has(tokens[i].start) && (gap & NEWLINE || !continues(form(i - 1), form(i))))
      begins[i] = 1;
    // a line with no final stop (a headline, a byline) ends before a line that starts like a sentence
    else if (gap & NEWLINE && endsLine(text, tokens[i - 1]) && /^["“‘'([]?[\p{Lu}\d]/u.test(form(i)))
      begins[i] = 1;
    // a stop standing alone ends a sentence before a capital, whatever wink-nlp took it for ("said no. Ask")
    else if (isLoneStop(text, tokens[i - 1]) && /^\p{Lu}/u.test(form(i))) begins[i] = 1;
  }
  for (let i = 0; i < n; i++) {
    const paragraph =
      i === 0 ? /(?:^|\n)[ \t]*$/.test(text.slice(0, tokens[0].start)) : (breaks[i] & NEWLINE) !== 0;
    if (paragraph || (i > 0 && (begins[i] || isColon(text, tokens[i - 1]))))
      splitDateline(text, tokens, begins, i, paragraph);
    if (begins[i] && i > 0 && !(breaks[i] & NEWLINE)) {
      const len = trailerLength(text, tokens, i);
      if (len) {
        begins[i] = 0;
        if (i + len < n) begins[i + len] = 1;
      }
    }
  }
  const out: Sentence[] = [];
  for (let i = 0; i < n; i++) {
    if (begins[i]) out.push({ start: tokens[i].start, end: tokens[i].end });
    else out[out.length - 1].end = tokens[i].end;
  }
  return out;
}

// What the gap before a token holds: flags, or GLUED when there is no gap at all.
const GLUED = 4;
const NEWLINE = 1;
const BLANK_LINE = 2;

/**
 * For each token, its gap's flags: NEWLINE when it holds a line break, BLANK_LINE when two line breaks with
 * only white space between (`/\n\s*\n/`), GLUED when empty. Scanned by character code: most gaps are one space.
 */
function gapBreaks(text: string, tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const from = tokens[i - 1].end;
    const to = tokens[i].start;
    if (from === to) {
      out[i] = GLUED;
      continue;
    }
    if (to - from === 1 && text.charCodeAt(from) === 32) continue;
    let flags = 0;
    let newline = false;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10) {
        if (newline) flags |= BLANK_LINE;
        newline = true;
        flags |= NEWLINE;
      } else if (!isSpaceCode(c)) newline = false;
    }
    out[i] = flags;
  }
  return out;
}

/** Whether a line may end at this token: not after a comma, semicolon, dash or hyphen, which carry on. */
function endsLine(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.end - 1);
  return c !== 44 && c !== 59 && c !== 45 && c !== 0x2013 && c !== 0x2014;
}

/** A token that is one ".", "!" or "?". */
function isLoneStop(text: string, t: Token): boolean {
  if (t.end - t.start !== 1) return false;
  const c = text.charCodeAt(t.start);
  return c === 46 || c === 33 || c === 63;
}

const isColon = (text: string, t: Token) => t.end - t.start === 1 && text.charCodeAt(t.start) === 58;

/** A lower-case word after "!" or "..." on the same line goes on the sentence ("Yahoo! and AOL"). */
const continues = (prev: string, form: string) =>
  /^(?:!+|\.\.+|…)$/.test(prev) && /^\p{Ll}/u.test(form) && !/^\p{Ll}+\p{Lu}/u.test(form);

/**
 * Makes the dateline starting at token `i` one sentence and starts a new one after its dash. Away from a
 * paragraph start only a place in capitals with a date or agency counts ("…: TEHRAN (AFP) - …").
 */
function splitDateline(
  text: string,
  tokens: readonly Token[],
  begins: Uint8Array,
  i: number,
  paragraph: boolean,
) {
  const d = datelineAt(text, tokens[i].start);
  if (!d || (!paragraph && !(d.capitals && d.dated))) return;
  begins[i] = 1;
  let j = i + 1;
  for (; j < tokens.length && tokens[j].start < d.end; j++) begins[j] = 0;
  if (j < tokens.length) begins[j] = 1;
}

/** How many tokens of a trailer that belongs to the sentence before: "[6]" or "[…]" after its stop, or ":)". */
function trailerLength(text: string, tokens: readonly Token[], i: number): number {
  const form = (k: number) => text.slice(tokens[k].start, tokens[k].end);
  if (/^[:;]-?[()DPp]$/.test(form(i))) return 1;
  if (i + 2 >= tokens.length) return 0;
  const mark = form(i) === '[' && /^(?:\d{1,3}|…|\.\.\.)$/.test(form(i + 1)) && form(i + 2) === ']';
  return mark && /[.!?"”]$/.test(form(i - 1)) ? 3 : 0;
}
