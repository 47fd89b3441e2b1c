import { addDays, type Day, fmtDay, fmtWeek, isRealDay, pad, weekday } from './calendar.js';
import type { Tense } from './context.js';
import { MONTH_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from './lexicon.js';
import { resolveMonthYear } from './resolve.js';
import type { Rule, RuleContext } from './rule.js';

/** Where a holiday falls in a year: a fixed day, the nth weekday of a month (n < 0: from its end), or Easter ± days. */
type Falls = { month: number; day: number } | { month: number; wd: number; n: number } | { easter: number };

/** Holidays of US and international news, by the lower-cased name with spaces and apostrophes dropped. */
const HOLIDAYS: Record<string, Falls> = {
  christmas: { month: 12, day: 25 },
  christmasday: { month: 12, day: 25 },
  christmaseve: { month: 12, day: 24 },
  newyearsday: { month: 1, day: 1 },
  newyearseve: { month: 12, day: 31 },
  independenceday: { month: 7, day: 4 },
  thefourthofjuly: { month: 7, day: 4 },
  halloween: { month: 10, day: 31 },
  valentinesday: { month: 2, day: 14 },
  stpatricksday: { month: 3, day: 17 },
  saintpatricksday: { month: 3, day: 17 },
  veteransday: { month: 11, day: 11 },
  boxingday: { month: 12, day: 26 },
  mayday: { month: 5, day: 1 },
  bastilleday: { month: 7, day: 14 },
  thanksgiving: { month: 11, wd: 4, n: 4 },
  thanksgivingday: { month: 11, wd: 4, n: 4 },
  memorialday: { month: 5, wd: 1, n: -1 },
  laborday: { month: 9, wd: 1, n: 1 },
  columbusday: { month: 10, wd: 1, n: 2 },
  mothersday: { month: 5, wd: 7, n: 2 },
  fathersday: { month: 6, wd: 7, n: 3 },
  martinlutherkingday: { month: 1, wd: 1, n: 3 },
  martinlutherkingjrday: { month: 1, wd: 1, n: 3 },
  presidentsday: { month: 2, wd: 1, n: 3 },
  easter: { easter: 0 },
  eastersunday: { easter: 0 },
  eastermonday: { easter: 1 },
  goodfriday: { easter: -2 },
  palmsunday: { easter: -7 },
  ashwednesday: { easter: -46 },
  pentecost: { easter: 49 },
};

const key = (name: string): string => name.toLowerCase().replace(/[\s.,'’]/g, '');

/** Gregorian Easter Sunday of year y (the anonymous Gregorian computus). */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth ISO weekday `wd` of a month (n = -1: the last one). */
export function nthWeekday(y: number, month: number, wd: number, n: number): Day {
  if (n > 0) {
    const first = weekday({ y, m: month, d: 1 });
    return { y, m: month, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
  }
  const last = addDays({ y: month === 12 ? y + 1 : y, m: month === 12 ? 1 : month + 1, d: 1 }, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7) - 7 * (-n - 1));
}

function dayIn(r: Falls, y: number): Day {
  if ('easter' in r) return addDays(easterSunday(y), r.easter);
  if ('day' in r) return { y, m: r.month, d: r.day };
  return nthWeekday(y, r.month, r.wd, r.n);
}

/** The tense around a holiday, a "last"/"next" before it (group 1) winning. */
function tenseOf(m: RegExpExecArray, ctx: RuleContext): Tense {
  const rel = m[1]?.toLowerCase();
  if (rel === 'last' || rel === 'past') return 'past';
  if (rel === 'next' || rel === 'coming') return 'future';
  return ctx.tense(m.index, m.index + m[0].length);
}

const NAMES = String.raw`Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Independence Day|the Fourth of July|Halloween|Election Day|Valentine['’]s Day|(?:St\.|Saint) Patrick['’]s Day|Veterans['’]? Day|Boxing Day|May Day|Bastille Day|Memorial Day|Labor Day|Columbus Day|Mother['’]s Day|Father['’]s Day|Martin Luther King(?:,? Jr\.?)? Day|Presidents['’]? Day|Easter(?: Sunday| Monday)?|Good Friday|Palm Sunday|Ash Wednesday|Pentecost`;

/**
 * Holidays as the day they fall on in the year the tense points to ("was found on Thanksgiving Day" in
 * January → the November before), or the year written after them ("Christmas 2010"). Fixed days, nth
 * weekdays of a month (Labor Day: the first Monday of September) and Easter's movable feasts.
 */
export const holidayRules: Rule[] = [
  {
    name: 'holiday',
    // no `needs` list: one scan of the text per needed word would cost more than the pattern itself
    re: new RegExp(`\\b(${NAMES})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?(\\s+week\\b)?`, 'g'),
    pre: /(?:\b(last|next|this|past|coming)\s+)?$/i,
    make(m, ctx) {
      const name = m[2];
      const before = ctx.textBefore(m.index, 30);
      // "illustrator Johnnie Christmas": a capitalised word before it, inside a sentence, makes a name
      if (
        !m[1] &&
        !name.startsWith('the ') &&
        /(?<![.!?"“]\s*)\b[A-Z][a-z]+\s+$/.test(before) &&
        !/\b(?:Merry|Happy|On|By|Since|Until|Before|After|Last|Next|This|At|For|Over|The)\s+$/.test(
          ctx.textBefore(m.index, 12),
        )
      )
        return null;
      // "the Easter Rising", "the Labor Day Act", "May Day Square": names, not days.
      if (
        /^\s+(?:Act|Square|Bank|Offensive|Rising|Uprising|Massacre)\b/.test(
          ctx.textAfter(m.index + m[0].length, 12),
        )
      )
        return null;
      const a = ctx.anchor;
      const k = key(name);
      if (k === 'electionday') {
        // the US one: the Tuesday after the first Monday of November
        if (!a && !m[3]) return { type: 'DATE', value: 'XXXX-11-XX' };
        const y = m[3] ? +m[3] : resolveMonthYear(a as Day, 11, tenseOf(m, ctx), 5);
        return { type: 'DATE', value: fmtDay(addDays(nthWeekday(y, 11, 1, 1), 1)) };
      }
      const r = HOLIDAYS[k];
      if (!r) return null;
      if (!a && !m[3]) {
        return { type: 'DATE', value: 'day' in r ? `XXXX-${pad(r.month)}-${pad(r.day)}` : 'XXXX-XX-XX' };
      }
      let y = m[3] ? +m[3] : 0;
      if (!y && a) {
        const g = dayIn(r, a.y);
        y = resolveMonthYear(a, g.m, tenseOf(m, ctx), g.d);
      }
      // "Easter week": the (ISO) week the holiday falls in
      return { type: 'DATE', value: m[4] ? fmtWeek(dayIn(r, y)) : fmtDay(dayIn(r, y)) };
    },
  },
];

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 };

/** "the first Monday of May", "the last Friday in June 2012": a day counted within a month. */
export const nthWeekdayRules: Rule[] = [
  {
    name: 'nth-weekday-of-month',
    re: new RegExp(
      `\\bthe\\s+(first|second|third|fourth|fifth|last)\\s+(${WEEKDAY_RE})\\s+(?:of|in)\\s+(${MONTH_RE})(?:,?\\s+((?:19|20)\\d\\d)\\b)?`,
      'gi',
    ),
    make(m, ctx) {
      if (!/^[A-Z]/.test(m[3])) return null;
      const mo = monthNumber(m[3]);
      const wd = weekdayNumber(m[2]);
      const n = ORDINAL[m[1].toLowerCase()];
      const a = ctx.anchor;
      if (!m[4] && !a) return { type: 'DATE', value: `XXXX-${pad(mo)}-XX` };
      const y = m[4] ? +m[4] : resolveMonthYear(a as Day, mo, ctx.tense(m.index, m.index + m[0].length), 15);
      const day = nthWeekday(y, mo, wd, n);
      return isRealDay(day.y, day.m, day.d) && day.m === mo ? { type: 'DATE', value: fmtDay(day) } : null;
    },
  },
];
