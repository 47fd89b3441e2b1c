import { type Anaphor, anaphoraRules, resolveAnaphor } from './anaphora.js';
import type { Day } from './calendar.js';
import { clockRules } from './clock.js';
import { type Tense, tenseNear } from './context.js';
import { dateRules } from './dates.js';
import { durationRules } from './durations.js';
import { eventRules } from './events.js';
import { holidayRules, nthWeekdayRules } from './holidays.js';
import { periodRules } from './periods.js';
import { refRules } from './refs.js';
import { relativeRules } from './relative.js';
import { shiftValue } from './resolve.js';
import type { Rule, RuleContext } from './rule.js';
import { setRules } from './sets.js';
import type { TimexHit } from './types.js';
import { candidateWindows } from './windows.js';

/** Every rule family, in no particular order: the longest match wins an overlap. */
export const RULES: readonly Rule[] = [
  ...anaphoraRules, // first: "the previous year" goes to the text's last year before the dateline's
  ...dateRules,
  ...holidayRules,
  ...nthWeekdayRules,
  ...relativeRules,
  ...periodRules,
  ...durationRules,
  ...setRules,
  ...refRules,
  ...clockRules,
  ...eventRules,
];

/** Sentence bounds around `at`: from the given sentences, else the nearest . ! ? or blank line. */
function boundsOf(
  text: string,
  at: number,
  sentences?: readonly { start: number; end: number }[],
): [number, number] {
  if (sentences?.length) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= at) lo = mid + 1;
      else if (sentences[mid].start > at) hi = mid - 1;
      else return [sentences[mid].start, sentences[mid].end];
    }
  }
  // A stop ends a sentence only before a space ("$1.1 billion" does not).
  const stopAt = (i: number) => {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 46 && c !== 33 && c !== 63) return false; // . ! ?
    const n = text.charCodeAt(i + 1);
    return Number.isNaN(n) || n === 32 || n === 10 || n === 9 || n === 13;
  };
  let s = at;
  while (s > 0 && s > at - 300 && !stopAt(s - 1)) s--;
  let e = at;
  while (e < text.length && e < at + 300 && !stopAt(e)) e++;
  return [s, e];
}

/**
 * TIMEX3 expressions in `text`, normalised against `anchor` (null: values that need one stay unresolved).
 * `whole` runs the rules over the whole text instead of the candidate windows (same result, slower).
 */
export function tagTimexes(
  text: string,
  anchor: Day | null,
  sentences?: readonly { start: number; end: number }[],
  whole = false,
): TimexHit[] {
  const ctx: RuleContext = {
    anchor,
    tense(start: number, end: number): Tense {
      const [from, to] = boundsOf(text, start, sentences);
      return tenseNear(text, start, end, from, to);
    },
    textBefore: (at, n) => text.slice(Math.max(0, at - n), at),
    textAfter: (at, n) => text.slice(at, at + n),
    sentenceAt(at: number): string {
      const [from, to] = boundsOf(text, at, sentences);
      return text.slice(from, to);
    },
    focusQuarter(at: number): number | null {
      quarters ??= quarterMentions(text);
      let q: number | null = quarters.length ? quarters[0][1] : null;
      for (const [pos, n] of quarters) if (pos < at) q = n;
      return q;
    },
  };
  let quarters: [number, number][] | undefined;
  const found: TimexHit[] = [];
  const anaphors = new Map<TimexHit, Anaphor>();
  // The rules run over the candidate windows joined by NUL (a non-word, non-space character, so no
  // match crosses a seam and \b behaves as at the whitespace around each window); offsets map back.
  const windows = whole ? [[0, text.length] as [number, number]] : candidateWindows(text);
  if (!windows.length) return found;
  let joined = '';
  const at: number[] = []; // where each window starts in `joined`
  for (const [s, e] of windows) {
    if (at.length) joined += '\0';
    at.push(joined.length);
    joined += text.slice(s, e);
  }
  const toText = (i: number): number => {
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return i - at[lo] + windows[lo][0];
  };
  const lower = joined.toLowerCase();
  const seen = new Map<string, boolean>();
  const has = (w: string): boolean => {
    let v = seen.get(w);
    if (v === undefined) {
      v = lower.includes(w);
      seen.set(w, v);
    }
    return v;
  };
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.some(has)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(joined); m; m = rule.re.exec(joined)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const next = rule.re.lastIndex;
      m.index = toText(m.index);
      m.input = text;
      const mm = rule.pre ? withPrefix(text, m, rule.pre) : m;
      const out = rule.make(mm, ctx);
      rule.re.lastIndex = next;
      if (!out) continue;
      const hit: TimexHit = {
        start: out.start ?? mm.index,
        end: out.end ?? mm.index + mm[0].length,
        type: out.type,
        value: out.value,
      };
      if (out.mod) hit.mod = out.mod;
      if (out.anaphor) anaphors.set(hit, out.anaphor);
      found.push(hit);
    }
  }
  const kept = withSpelledYears(text, pickLongest(found.filter((h) => !inName(text, h))));
  for (const h of kept) {
    if (h.type === 'DATE' || h.type === 'DURATION') withOpenEnd(text, h);
    if (h.type === 'TIME' || h.type === 'DATE') withHedge(text, h);
  }
  return anaphors.size ? resolveAnaphors(kept, anaphors, anchor) : kept;
}

/**
 * Fills in "that year", "the following month" from the dates before them, in text order. A day or month
 * with nothing to refer to is generic ("trades made that day"), which TimeBank leaves untagged.
 */
function resolveAnaphors(hits: TimexHit[], anaphors: Map<TimexHit, Anaphor>, anchor: Day | null): TimexHit[] {
  const before: string[] = [];
  const out: TimexHit[] = [];
  let lastDay = -1; // where the last full date ended
  for (const h of hits) {
    const a = anaphors.get(h);
    if (a?.within !== undefined) {
      // "shot to death at 10 p.m." after "on Oct. 23, 1998": that day's clock time
      const value = h.start - lastDay <= a.within ? resolveAnaphor(a, before) : null;
      if (value) h.value = value + (a.part ?? '');
    } else if (a) {
      // No date before it: "the previous year" and "the previous day" count from the dateline (a news
      // story's day); "that year" stays unknown, and "the following day" would point past the dateline.
      const value =
        resolveAnaphor(a, before) ??
        (anchor && (a.unit === 'Y' ? a.shift : a.shift < 0) ? shiftValue(anchor, a.shift, a.unit) : null);
      if (!value && a.unit !== 'Y') continue;
      if (value) h.value = value + (a.part ?? '');
    }
    if (h.type === 'DATE' || h.type === 'TIME') {
      before.push(h.value);
      if (/^\d{4}-\d\d-\d\d/.test(h.value)) lastDay = h.end;
    }
    out.push(h);
  }
  return out;
}

const QUARTER_MENTION = /\b(first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b/gi;
const QUARTER_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** Where the text names a quarter by its ordinal, and which one. */
function quarterMentions(text: string): [number, number][] {
  if (!/quarter/i.test(text)) return [];
  return [...text.matchAll(QUARTER_MENTION)].map((m) => [m.index, QUARTER_NUMBER[m[1].toLowerCase()]]);
}

/** The match grown leftwards over the rule's optional prefix words, prefix groups first. */
function withPrefix(text: string, m: RegExpExecArray, pre: RegExp): RegExpExecArray {
  const before = text.slice(Math.max(0, m.index - 48), m.index);
  const p = pre.exec(before) as RegExpExecArray; // every prefix part is optional, so this always matches
  const len = p[0].length;
  const groups = p.slice(1);
  const out = [
    text.slice(m.index - len, m.index) + m[0],
    ...groups,
    ...m.slice(1),
  ] as unknown as RegExpExecArray;
  out.index = m.index - len;
  out.input = text;
  return out;
}

/** "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or season and its year. */
function withSpelledYears(text: string, hits: TimexHit[]): TimexHit[] {
  const out: TimexHit[] = [];
  for (const h of hits) {
    const prev = out.at(-1);
    if (
      prev?.type === 'DATE' &&
      h.type === 'DATE' &&
      /^(?:\d{4}|XXXX)-(?:\d\d|SP|SU|FA|WI)$/.test(prev.value) &&
      /^\d{4}$/.test(h.value) &&
      /^\s+(?:of\s+)?$/.test(text.slice(prev.end, h.start))
    ) {
      prev.end = h.end;
      prev.value = h.value + prev.value.slice(4);
      continue;
    }
    out.push(h);
  }
  return out;
}

const OPEN_END = /^\s+(or so|or later|or earlier|and beyond)\b/i;
const OPEN_MOD: Record<string, string> = {
  'or so': 'APPROX',
  'or later': 'ON_OR_AFTER',
  'and beyond': 'ON_OR_AFTER',
  'or earlier': 'ON_OR_BEFORE',
};

/** "the next year or so", "1994 or later", "1990 and beyond": the hedge belongs to the expression. */
function withOpenEnd(text: string, h: TimexHit): void {
  const m = OPEN_END.exec(text.slice(h.end, h.end + 16));
  if (!m) return;
  h.end += m[0].length;
  h.mod ??= OPEN_MOD[m[1].toLowerCase()];
}

const HEDGE = /\b(about|around|approximately|roughly)\s+$/i;

/**
 * "around 7:15 p.m.", "about 10:35 a.m.", "around Nov. 1": the hedge belongs to a clock time or a dated
 * day (TimeML's APPROX); not before a vague reference ("about the future") nor a possessive ("get around
 * Wednesday's ruling").
 */
function withHedge(text: string, h: TimexHit): void {
  if (!/^\d{4}-\d\d-\d\d|^\d{4}$/.test(h.value) || /^'s\b/.test(text.slice(h.end, h.end + 3))) return;
  const m = HEDGE.exec(text.slice(Math.max(0, h.start - 16), h.start));
  if (!m) return;
  h.start -= m[0].length;
  h.mod ??= 'APPROX';
}

const WEEKDAY_NAME =
  /^\s+(?:Times(?! Square)|Telegraph|Mirror|Express|Herald|Observer|Tribune|Gazette|Night Football)\b/;

/**
 * A time word inside a name, not a time: "the Six-Day War", "the Sunday Times", "Monday Night Football",
 * "20th Century Fox", "the April 6 Youth Movement", NBC's "Today show", "the Summer Olympics", "the Fall of
 * Rome" (TIDES: names are not markable).
 */
function inName(text: string, h: TimexHit): boolean {
  const word = text.slice(h.start, h.end);
  const after = text.slice(h.end, h.end + 24);
  if (h.type === 'DURATION') return /^[\w-]+-Day$|Years$/.test(word) && /^['’]?\s+War\b/.test(after);
  if (word === 'Today') return /^\s+show\b/.test(after);
  if (/^[A-Z][a-z]+day$/.test(word)) return WEEKDAY_NAME.test(after);
  if (/^Monday Night$/.test(word)) return /^\s+Football\b/.test(after);
  if (/Century$/.test(word)) return /^\s+Fox\b/.test(after);
  // a capitalised season inside a sentence before a capitalised word: "the Summer Olympics", "the Fall of Rome"
  const season = /^(?:the )?(Spring|Summer|Fall|Autumn|Winter)$/i.exec(word);
  if (season && /^[A-Z]/.test(season[1])) {
    if (/^\s+(?:Olympics|Games|Paralympics)\b/.test(after)) return true;
    const at = h.end - season[1].length;
    const atStart = /(?:^|[.!?]["”']?\s+)$/.test(text.slice(Math.max(0, at - 4), at));
    return !atStart && /^\s+(?:of\s+)?[A-Z]/.test(after);
  }
  // "the April 6 Youth Movement", "the March 14 alliance" (Lebanon's blocs)
  if (/^\s+(?:[A-Z][a-z]+\s+)?Movement\b/.test(after)) return true;
  return /^[A-Z][a-z]+\.? \d/.test(word) && /^\s+(?:alliance|coalition|bloc|movement)\b/i.test(after);
}

/** Keeps the longest of overlapping hits (earlier start on a tie), in text order. */
function pickLongest(hits: TimexHit[]): TimexHit[] {
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimexHit[] = [];
  for (const h of hits) {
    if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
