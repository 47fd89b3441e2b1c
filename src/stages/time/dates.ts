import { fmtDay, fmtMonth, fmtWeek, isRealDay, pad } from './calendar.js';
import { MONTH_RE, monthNumber, WEEKDAY_RE } from './lexicon.js';
import { resolveMonthYear } from './resolve.js';
import type { Rule, RuleContext, RuleOutput } from './rule.js';

/** early/late/mid and "the end of" → TIMEX3 mod. */
export function modOf(raw: string | undefined): string | undefined {
  const w = raw?.toLowerCase() ?? '';
  if (!w) return undefined;
  if (/^(early|earlier|beginning|start|the (beginning|start) of|the early)/.test(w)) return 'START';
  if (/^(late|later|end|the end of|the late)/.test(w)) return 'END';
  if (/^(mid|middle|the middle of|the mid)/.test(w)) return 'MID';
  if (w === 'post-') return 'AFTER';
  if (w === 'pre-') return 'BEFORE';
  return undefined;
}

const MOD = '((?:early|late|mid)-?|end-|the (?:beginning|start|end|middle) of)';
/** The year after a pair of days: "April 24[ and 25, 1999]". */
const PAIR_YEAR = /^\s*(?:-|–|and|or|to|through)\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
/** An optional weekday before a date: "Friday, March 22". */
const WEEKDAY_PRE = new RegExp(`(?:\\b${WEEKDAY_RE},?\\s+)?$`, 'i');
const capital = (s: string) => s[0] >= 'A' && s[0] <= 'Z';

function dayOfMonth(
  y: number | null,
  m: number,
  d: number,
  ctx: RuleContext,
  mod?: string,
): RuleOutput | null {
  if (d < 1 || d > 31) return null;
  let year = y;
  if (year === null) year = ctx.anchor ? resolveMonthYear(ctx.anchor, m, 'present', d) : null;
  if (year !== null && !isRealDay(year, m, d)) return null;
  return { type: 'DATE', value: year === null ? `XXXX-${pad(m)}-${pad(d)}` : fmtDay({ y: year, m, d }), mod };
}

/** A noun that a number names rather than dates: "Resolution 1973", "Flight 1549", "Room 1701". */
const NUMBER_LABEL =
  /\b(?:Resolution|Flight|Room|Suite|Apartment|Highway|Route|Interstate|No\.|Nos\.|Number|Gate|Platform|Exit|Boeing|Airbus|Model|Article|Section|Chapter|Page|Rule|Precinct|Channel|Case|Bill|Code)\s+$/;
/** A street after a number: "1600 Pennsylvania Avenue", "1800 K St." */
const STREET_NUMBER =
  /^\s+(?:[A-Z][a-z]*\.?\s+){1,3}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Place|Way|Court|Parkway)(?!\w)/;

/** A hedge that makes a following number a count ("about 2000 soldiers"). */
const COUNT_HEDGE =
  /\b(?:about|around|some|nearly|almost|over|roughly|approximately|more than|less than|fewer than|up to|at least)\s+$/i;

/** Explicit calendar dates: "March 22, 2013", "22 March", "Friday, Jan. 5", "2013-03-22", "3/22/2013". */
export const dateRules: Rule[] = [
  {
    name: 'week-of',
    needs: ['week of'],
    // "a hearing the week of March 6": the week holding that day
    re: new RegExp(`\\bthe week of (${MONTH_RE})\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    make(m, ctx) {
      if (!capital(m[1])) return null;
      const mo = monthNumber(m[1]);
      const d = +m[2];
      const a = ctx.anchor;
      let y: number;
      if (m[3]) y = +m[3];
      else if (a) y = resolveMonthYear(a, mo, ctx.tense(m.index, m.index + m[0].length), d);
      else return { type: 'DATE', value: 'XXXX-WXX' };
      return isRealDay(y, mo, d) ? { type: 'DATE', value: fmtWeek({ y, m: mo, d }) } : null;
    },
  },
  {
    name: 'month-day-year',
    re: new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    pre: WEEKDAY_PRE,
    make(m, ctx) {
      if (!capital(m[1])) return null;
      // "April 24 and 25, 1999": the first day takes the pair's year
      const pairYear = m[3] ? null : PAIR_YEAR.exec(ctx.textAfter(m.index + m[0].length, 24));
      const year = m[3] ? +m[3] : pairYear ? +pairYear[1] : null;
      if (!year && ctx.anchor) {
        const mo = monthNumber(m[1]);
        const out = dayOfMonth(null, mo, +m[2], ctx);
        if (!out) return null;
        const y = resolveMonthYear(ctx.anchor, mo, ctx.tense(m.index, m.index + m[0].length), +m[2]);
        return isRealDay(y, mo, +m[2]) ? { type: 'DATE', value: fmtDay({ y, m: mo, d: +m[2] }) } : null;
      }
      return dayOfMonth(year, monthNumber(m[1]), +m[2], ctx);
    },
  },
  {
    name: 'second-day-of-pair',
    needs: [' and ', ' or ', '-', '–', ' to ', 'through'],
    // "April 24 and 25", "Nov. 19-20, 2010": the second day is a date of its own, in the first one's month
    re: new RegExp(
      `\\b(${MONTH_RE})\\s+\\d{1,2}(?:st|nd|rd|th)?(\\s*(?:-|–|and|or|to|through)\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?(?![.,]?\\d|\\s*(?:%|percent|million|billion|thousand|hundred|people|of\\b|[a-z]+s\\b))`,
      'gi',
    ),
    make(m, ctx) {
      if (!capital(m[1])) return null;
      const start = m.index + m[0].indexOf(m[2]) + m[2].length;
      const mo = monthNumber(m[1]);
      const d = +m[3];
      let y = m[4] ? +m[4] : null;
      if (y === null && ctx.anchor)
        y = resolveMonthYear(ctx.anchor, mo, ctx.tense(m.index, m.index + m[0].length), d);
      const out = dayOfMonth(y, mo, d, ctx);
      return out ? { ...out, start } : null;
    },
  },
  {
    name: 'first-day-of-pair',
    needs: [' and ', ' or ', '-', '–', ' to '],
    // "between 1 and 3 April", "on 21-22 March 2013": the first day is a date of its own, in the month after it
    re: new RegExp(
      `(?<![\\d.,:/$£€-])\\b(\\d{1,2}(?:st|nd|rd|th)?)(\\s*(?:-|–|and|or|to)\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b(?:,?\\s+(\\d{4})\\b)?`,
      'gi',
    ),
    make(m, ctx) {
      const d = Number.parseInt(m[1], 10);
      if (!capital(m[4]) || d >= +m[3]) return null;
      const mo = monthNumber(m[4]);
      let y = m[5] ? +m[5] : null;
      if (y === null && ctx.anchor)
        y = resolveMonthYear(ctx.anchor, mo, ctx.tense(m.index, m.index + m[0].length), d);
      const out = dayOfMonth(y, mo, d, ctx);
      return out ? { ...out, end: m.index + m[1].length } : null;
    },
  },
  {
    name: 'day-month-year',
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    pre: WEEKDAY_PRE,
    make(m, ctx) {
      if (!capital(m[2])) return null;
      return dayOfMonth(m[3] ? +m[3] : null, monthNumber(m[2]), +m[1], ctx);
    },
  },
  {
    name: 'iso-date',
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    make: (m) => (isRealDay(+m[1], +m[2], +m[3]) ? { type: 'DATE', value: m[0] } : null),
  },
  {
    name: 'us-numeric-date',
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    make(m) {
      const y = m[3].length === 2 ? (+m[3] > 40 ? 1900 : 2000) + +m[3] : +m[3];
      // month first (US) unless the first number cannot be a month ("22/03/2013", British)
      const [mo, d] = +m[1] > 12 ? [+m[2], +m[1]] : [+m[1], +m[2]];
      return isRealDay(y, mo, d) ? { type: 'DATE', value: fmtDay({ y, m: mo, d }) } : null;
    },
  },
  {
    name: 'month-year',
    re: new RegExp(`(?:\\b${MOD}\\s*)?\\b(${MONTH_RE}),?\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'),
    make: (m) =>
      capital(m[2]) ? { type: 'DATE', value: fmtMonth(+m[3], monthNumber(m[2])), mod: modOf(m[1]) } : null,
  },
  {
    name: 'month',
    // "May" is a verb too: only with a modifier, a preposition, or "last/next/this".
    re: new RegExp(`\\b(${MONTH_RE})\\b(?!\\s*\\d)(?:,?\\s+(last|next|this) year)?`, 'gi'),
    pre: new RegExp(`(?:(?:\\b(?:${MOD}\\s*)?(?:(last|next|this|the same|that)\\s+)?)?)$`, 'i'),
    make(m, ctx) {
      const [, modWord, rel, name, relYear] = m;
      if (!capital(name)) return null;
      const mo = monthNumber(name);
      // "the annual March for Life", "the ``March of the Mothers'': a march, not the month.
      if (
        mo === 3 &&
        !modWord &&
        !rel &&
        /\b(?:the|a|an|annual)\s*[`'"“]*$/i.test(ctx.textBefore(m.index, 12)) &&
        /^\s+(?:for|of|on|against|to)\s+(?!\d)/i.test(ctx.textAfter(m.index + m[0].length, 12))
      )
        return null;
      // "April Ryan", "June Carter": a month name before a capitalised word is a first name.
      if (!modWord && !rel && /^\s[A-Z][a-z]/.test(ctx.textAfter(m.index + m[0].length, 3))) return null;
      if (mo === 5 && !modWord && !rel && !relYear) {
        const before = ctx.textBefore(m.index, 12);
        if (!/\b(in|since|until|through|by|during|of|from|to|early|late|mid-?)\s*$/i.test(before))
          return null;
      }
      if (
        !/^[A-Z][a-z]+\.?$/.test(name) ||
        (name.length <= 4 && !name.endsWith('.') && !['May', 'June', 'July'].includes(name))
      )
        return null;
      const a = ctx.anchor;
      const mod = modOf(modWord);
      if (!a) return { type: 'DATE', value: `XXXX-${pad(mo)}`, mod };
      let y: number;
      const r = (rel ?? '').toLowerCase();
      if (relYear)
        y = a.y + (relYear.toLowerCase() === 'last' ? -1 : relYear.toLowerCase() === 'next' ? 1 : 0);
      else if (r === 'last') y = mo < a.m ? a.y : a.y - 1;
      else if (r === 'next') y = mo > a.m ? a.y : a.y + 1;
      else if (r === 'this') y = a.y;
      else y = resolveMonthYear(a, mo, ctx.tense(m.index, m.index + m[0].length), 15);
      return { type: 'DATE', value: fmtMonth(y, mo), mod };
    },
  },
  {
    name: 'year',
    re: /(?<![$£€#\d.,/])\b(1[6-9]\d\d|20\d\d)\b(?!\s*(?:%|percent|people|troops|soldiers|police|officers|residents|civilians|refugees|protesters|students|passengers|visitors|fans|prisoners|inmates|patients|children|women|men|families|households|jobs|members|cases|votes|times|feet|meters|metres|miles|km|kilometers|kilometres|acres|tons|tonnes|barrels|dollars|euros|pounds|yen|units|homes|houses|cars|shares|employees|workers|points|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|-year|-month|-day|years?[- ]old)\b)(?![.,]\d|\d|%|\/)/gi,
    pre: /(?:(?:\b((?:early|late|mid)-?|post-|pre-|the (?:beginning|start|end|middle) of|fiscal(?: year)?|the year|calendar)\s*)?)$/i,
    make(m, ctx) {
      // "Resolution 1973", "Room 1701", "Boeing 1900": a number naming a thing; "1600 Pennsylvania Avenue"
      if (!m[1] && NUMBER_LABEL.test(ctx.textBefore(m.index, 16))) return null;
      if (
        STREET_NUMBER.test(ctx.textAfter(m.index + m[0].length, 40)) &&
        !/\b(?:in|since|by|until|from|during|before|after|through)\s+$/i.test(ctx.textBefore(m.index, 10))
      )
        return null;
      // "about 2000 soldiers", "some 1500 dead": a hedged count before a plural noun, not a year
      if (
        !m[1] &&
        COUNT_HEDGE.test(ctx.textBefore(m.index, 16)) &&
        /^\s+(?:[a-z]+\s+)?[a-z]+s\b/.test(ctx.textAfter(m.index + m[0].length, 30))
      )
        return null;
      return { type: 'DATE', value: m[2], mod: modOf(m[1]) };
    },
  },
  {
    name: 'fiscal-year-short',
    needs: ['fy'],
    // "FY2014", "FY 2013", "FY14": a fiscal year, named by the calendar year it ends in
    re: /\bFY\s?'?(\d{4}|\d{2})\b/g,
    make(m) {
      const y = m[1].length === 4 ? +m[1] : +m[1] + (+m[1] > 40 ? 1900 : 2000);
      return y >= 1900 && y < 2100 ? { type: 'DATE', value: String(y) } : null;
    },
  },
  {
    name: 'short-year-range',
    // "the 2012-13 season", "1998-99": the second year of the range is a date of its own (as "2009-2010")
    re: /(?<![\d.,/-])\b((?:1[6-9]|20)(\d\d))[-–/](\d\d)\b(?![-–/.,]?\d|%)/g,
    make(m) {
      const next = (+m[2] + 1) % 100;
      if (+m[3] !== next) return null;
      const y = +m[1] + 1;
      return { type: 'DATE', value: String(y), start: m.index + m[0].length - 2 };
    },
  },
  {
    name: 'spoken-year',
    needs: ['nineteen', 'two thousand'],
    re: /\b(?:the year )?nineteen[- ](ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b|\bthe year two thousand\b/gi,
    make(m) {
      if (!m[1]) return { type: 'DATE', value: '2000' };
      const tens =
        ['ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].indexOf(
          m[1].toLowerCase(),
        ) + 1;
      const ones = m[2]
        ? ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(
            m[2].toLowerCase(),
          ) + 1
        : 0;
      return { type: 'DATE', value: String(1900 + tens * 10 + ones) };
    },
  },
  {
    name: 'year-period',
    needs: ['period', 'quarter', 'fiscal', 'calendar'],
    // "the 1988 period", "the 1989 third quarter", "the 2013 fiscal year"
    re: /\bthe\s+(?:(year-earlier|year-ago|comparable|corresponding)\s+)?(1[6-9]\d\d|20\d\d)\s+(?:(first|second|third|fourth)[- ])?(?:(?:fiscal|calendar)[- ])?(period|quarter|(?<=(?:fiscal|calendar)[- ])year)\b/gi,
    make(m) {
      const q = m[3] ? { first: 1, second: 2, third: 3, fourth: 4 }[m[3].toLowerCase()] : undefined;
      return { type: 'DATE', value: q ? `${m[2]}-Q${q}` : m[2] };
    },
  },
  {
    name: 'decade',
    needs: ['0s'],
    re: /(?:\b(1[6-9]\d|20\d)0s|'(\d)0s)\b/gi,
    // "the end of the 1980s", "the last half of the '80s": the part of the decade is inside (TimeML mods).
    pre: /(?:(?:\b(early|late|mid-?|the early|the late|the mid-?|(?:the )?(?:beginning|start|end|middle) of|(?:the )?(?:first|second|last|latter) half of)\s*)?(?:\bthe\s+)?(?:(early|late|mid-?)\s*)?)$/i,
    make(m) {
      const dec = m[3] ?? (m[4] ? `19${m[4]}` : null);
      if (!dec) return null;
      const half = /half/i.test(m[1] ?? '') ? (/first/i.test(m[1]) ? 'START' : 'END') : undefined;
      return { type: 'DATE', value: dec, mod: half ?? modOf((m[1] ?? m[2])?.replace(/^the /i, '')) };
    },
  },
  {
    name: 'decade-word',
    needs: ['ties', 'noughties', 'aughts'],
    // "the nineties" (with "the": "in her sixties" is an age); "the noughties", "the aughts": 2000-2009
    re: /\bthe\s+(?:(early|late|mid-?)\s*)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties|aughts)\b/gi,
    make(m) {
      if (/^(?:noughties|aughts)$/i.test(m[2])) return { type: 'DATE', value: '200', mod: modOf(m[1]) };
      const tens = [
        'twenties',
        'thirties',
        'forties',
        'fifties',
        'sixties',
        'seventies',
        'eighties',
        'nineties',
      ];
      return { type: 'DATE', value: `19${tens.indexOf(m[2].toLowerCase()) + 2}`, mod: modOf(m[1]) };
    },
  },
  {
    name: 'turn-of-century',
    needs: ['turn of'],
    // "the turn of the century" → the nearest century year, on the side the tense allows; "the turn of
    // the 20th century" → 1900; "the turn of the millennium" → 2000. One expression, APPROX.
    re: /\bthe\s+turn\s+of\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)\s+)?(century|millennium)\b/gi,
    make(m, ctx) {
      const mod = 'APPROX';
      if (m[1]) return { type: 'DATE', value: String((+m[1] - 1) * 100), mod };
      const step = m[2].toLowerCase() === 'century' ? 100 : 1000;
      const a = ctx.anchor;
      if (!a) return { type: 'DATE', value: step === 100 ? 'XX00' : 'X000', mod };
      let y = Math.round(a.y / step) * step;
      const tense = ctx.tense(m.index, m.index + m[0].length);
      if (tense === 'past' && y > a.y) y -= step;
      if (tense === 'future' && y < a.y) y += step;
      return { type: 'DATE', value: String(y), mod };
    },
  },
  {
    name: 'century',
    needs: ['century'],
    re: /\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    pre: /(?:(?:\bthe\s+)?(?:(early|late|mid-?)\s*)?)$/i,
    make: (m) => ({ type: 'DATE', value: pad(+m[2] - 1), mod: modOf(m[1]) }),
  },
];
