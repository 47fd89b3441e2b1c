import { addDays, fmtDay, pad, weekday } from './calendar.js';
import { modOf } from './dates.js';
import { NUMBER_RE, numberValue, UNIT_RE, unitOf, WEEKDAY_RE, weekdayNumber } from './lexicon.js';
import { resolveWeekday, shiftValue, unresolved } from './resolve.js';
import type { Rule, RuleContext } from './rule.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const PART_RE = '(morning|afternoon|evening|night)';

const EARNINGS = /\$|\bcents?\b|%|\bshare\b|\b(?:profit|revenue|sales|earnings|income|loss|net)\b/i;

/** "a year ago" in an earnings report means the year-ago quarter (1988-Q3), as TimeBank annotates it. */
function yearAgoQuarter(ctx: RuleContext, at: number): string | null {
  if (!ctx.anchor) return null;
  const q = ctx.focusQuarter(at);
  const sentence = ctx.sentenceAt(at);
  if (q === null || !EARNINGS.test(sentence) || /\b(?:nine|six) months\b|\bfor the year\b/i.test(sentence))
    return null;
  return `${pad(ctx.anchor.y - 1, 4)}-Q${q}`;
}

/** Relative dates: today/yesterday, last week, next year, two years ago, weekdays by tense. */
export const relativeRules: Rule[] = [
  {
    name: 'deictic-day',
    needs: ['today', 'tonight', 'yesterday', 'tomorrow'],
    re: new RegExp(
      `\\b(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)\\b(?:\\s+${PART_RE}\\b)?`,
      'gi',
    ),
    pre: /(?:(?:\b(early|late|earlier|later)\s+)?)$/i,
    make(m, ctx) {
      const word = m[2].toLowerCase();
      const shift = word.startsWith('the day before')
        ? -2
        : word.startsWith('the day after')
          ? 2
          : word === 'yesterday'
            ? -1
            : word === 'tomorrow'
              ? 1
              : 0;
      // "today's" generic present reads as a date too in news ("today's meeting"), but not before
      // the generic nouns TimeBank leaves untagged ("today's world", "today's youth").
      if (
        word === 'today' &&
        /^['’]s\s+(?:world|youth|society|generation|young|children|kids|personal|technology|teenagers|students)\b/i.test(
          ctx.textAfter(m.index + m[0].length, 20),
        )
      )
        return null;
      const after = ctx.textAfter(m.index + m[0].length, 3);
      // "USA Today", "This is VOA Today": a name; "the leaders of tomorrow": no day.
      if (m[2] === 'Today' && !m[1] && /\b[A-Z][A-Za-z]* $/.test(ctx.textBefore(m.index, 12))) return null;
      if (word === 'tomorrow' && !m[3] && !/^['’]s\b/.test(after)) {
        const before = ctx.textBefore(m.index, 12);
        if (/\bof\s+$/i.test(before) && !/\bas\s+of\s+$/i.test(before)) return null;
      }
      const day = ctx.anchor ? fmtDay(addDays(ctx.anchor, shift)) : 'XXXX-XX-XX';
      const part = word === 'tonight' ? 'NI' : m[3] ? PARTS[m[3].toLowerCase()] : '';
      if (part) return { type: 'TIME', value: `${day}T${part}`, mod: modOf(m[1]) };
      return { type: 'DATE', value: day, mod: modOf(m[1]) };
    },
  },
  {
    name: 'this-morning',
    needs: ['morning', 'afternoon', 'evening', 'night'],
    re: /\b(this|last|yesterday|tomorrow) (morning|afternoon|evening|night)\b/gi,
    // "later this afternoon", "early this morning": the adverb inside, as with "later today"
    pre: /(?:(?:\b(early|late|earlier|later)\s+)?)$/i,
    make(m, ctx) {
      const w = m[2].toLowerCase();
      const shift = w === 'last' || w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const day = ctx.anchor ? fmtDay(addDays(ctx.anchor, shift)) : 'XXXX-XX-XX';
      return { type: 'TIME', value: `${day}T${PARTS[m[3].toLowerCase()]}`, mod: modOf(m[1]) };
    },
  },
  {
    name: 'this-unit',
    re: /\b(this|last|next|past|coming|previous|current|same)\s+(week|weekend|month|quarter|year|decade|century)\b/gi,
    pre: /(?:(?:\b(early|late|earlier|later|sometime|the end of|the beginning of|the start of|the middle of|the rest of)\s+)?(?:\b(the|this)\s+)?)$/i,
    make(m, ctx) {
      const rel = m[3].toLowerCase();
      if (rel === 'same') return null;
      // ABC's "This Week", a programme: both words capitalised, in quotes.
      if (
        /^[A-Z]/.test(m[4]) &&
        /^[A-Z]/.test(m[3]) &&
        (/[`"“]$/.test(ctx.textBefore(m.index, 1)) || /^[`'"”]/.test(ctx.textAfter(m.index + m[0].length, 1)))
      )
        return null;
      const unit = unitOf(m[4])?.unit ?? '';
      const n =
        rel === 'last' || rel === 'past' || rel === 'previous'
          ? -1
          : rel === 'next' || rel === 'coming'
            ? 1
            : 0;
      const value = ctx.anchor ? shiftValue(ctx.anchor, n, unit) : unresolved(unit);
      return value ? { type: 'DATE', value, mod: modOf(m[1]) } : null;
    },
  },
  {
    name: 'this-time-last-year',
    needs: ['this time'],
    // "this time last year": one expression, the dateline's day a unit back (or on)
    re: /\bthis time (last|next) (year|month|week)\b/gi,
    make(m, ctx) {
      const unit = unitOf(m[2])?.unit ?? 'Y';
      const n = m[1].toLowerCase() === 'last' ? -1 : 1;
      const value = ctx.anchor ? shiftValue(ctx.anchor, n, unit) : unresolved(unit);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'the-year',
    needs: [' year'],
    // "for the fiscal year": the dateline's ("the fiscal year ended June 30" is a duration, year-ended's)
    re: /\bthe (?:full|current|current fiscal|latest fiscal|fiscal|calendar) year\b(?!\s+end(?:ed|ing)\b)/gi,
    make(_m, ctx) {
      return { type: 'DATE', value: ctx.anchor ? String(ctx.anchor.y) : 'XXXX' };
    },
  },
  {
    name: 'the-week-year',
    needs: ['the week', 'the year', 'the month'],
    // "For the year, volume was flat", "the week's most active session": the week or year of the dateline.
    // Not "the year ended", "the week of March 6", "the year two thousand", "the year before".
    re: /\b(?:(earlier|later) in )?the (week|year|(?<=(?:earlier|later) in the )month)\b(?!-|['’]?s? (?:ago|earlier|before|after|ended|ending|end|of|to|that|when|in which|two|nineteen)\b|\s+\d)/gi,
    make(m, ctx) {
      const unit = { week: 'W', month: 'M' }[m[2].toLowerCase()] ?? 'Y';
      const value = ctx.anchor ? shiftValue(ctx.anchor, 0, unit) : unresolved(unit);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'year-ended',
    needs: ['year end'],
    // "for the year ended Sept. 30": a fiscal year, which TimeBank tags as a one-year duration.
    re: /\bthe (?:fiscal )?year(?= end(?:ed|ing)\b)/gi,
    make: () => ({ type: 'DURATION', value: 'P1Y' }),
  },
  {
    name: 'year-ago',
    needs: ['year-earlier', 'year-ago'],
    re: /\b(?:the\s+)?(?:(?:comparable|corresponding)\s+)?(year-earlier|year-ago)(?:\s+(?:(first|second|third|fourth)[- ])?(period|quarter|nine months|six months))?\b/gi,
    make(m, ctx) {
      const a = ctx.anchor;
      if (!m[3]) {
        const value = yearAgoQuarter(ctx, m.index) ?? (a ? String(a.y - 1) : null);
        return value ? { type: 'DATE', value, start: m.index + m[0].indexOf(m[1]) } : null;
      }
      if (!a) return { type: 'DATE', value: 'XXXX-QX' };
      if (m[2]) return { type: 'DATE', value: `${a.y - 1}-Q${ORD[m[2].toLowerCase()]}` };
      if (/months/i.test(m[3])) return { type: 'DURATION', value: /nine/i.test(m[3]) ? 'P9M' : 'P6M' };
      const q = ctx.focusQuarter(m.index);
      return { type: 'DATE', value: q ? `${pad(a.y - 1, 4)}-Q${q}` : (shiftValue(a, -5, 'Q') ?? 'XXXX-QX') };
    },
  },
  {
    name: 'end-of-the-unit',
    needs: [
      'end of',
      'beginning of',
      'start of',
      'middle of',
      'year-end',
      'month-end',
      "year's end",
      'year end',
    ],
    re: /\b(the (?:end|beginning|start|middle) of|(?:the )?(?:year|month)[- ]end|year's end)(?: the (year|month|week|decade))?\b/gi,
    make(m, ctx) {
      const unitWord = m[2] ?? (/month/i.test(m[1]) ? 'month' : /year/i.test(m[1]) ? 'year' : '');
      if (!unitWord) return null;
      const unit = unitOf(unitWord)?.unit ?? 'Y';
      const value = ctx.anchor ? shiftValue(ctx.anchor, 0, unit) : unresolved(unit);
      return value ? { type: 'DATE', value, mod: /end/i.test(m[1]) ? 'END' : modOf(m[1]) } : null;
    },
  },
  {
    name: 'units-ago',
    needs: ['ago', 'earlier', 'before', 'later', 'from now', 'hence'],
    re: new RegExp(
      `\\b(${NUMBER_RE})[- ](${UNIT_RE})\\s+(?:or so\\s+)?(ago|earlier|before|later|from now|hence)\\b`,
      'gi',
    ),
    pre: /(?:(?:\b(about|almost|nearly|some|roughly|around|more than|less than|over)\s+)?)$/i,
    make(m, ctx) {
      const n = numberValue(m[2]);
      const u = unitOf(m[3]);
      if (n === null || !u) return null;
      // "an hour later", "five minutes earlier": counted from an event, so the amount alone, a duration
      if (u.time) return /^ago$/i.test(m[4]) ? { type: 'DATE', value: 'PAST_REF' } : null;
      // "three days later" counts from an event: TimeBank tags the amount alone, as a duration.
      if (/^later$/i.test(m[4]) && !m[1]) return null;
      // "several months before he took office": "before" is a preposition, the amount a duration alone.
      if (/^before$/i.test(m[4]) && /^\s+[a-z0-9$]/i.test(ctx.textAfter(m.index + m[0].length, 4)))
        return null;
      const back = !/^(later|from now|hence)$/i.test(m[4]);
      // TimeML's mods: "more than a decade ago" BEFORE, "less than a year ago" AFTER, "about…" APPROX
      const hedge = m[1]?.toLowerCase() ?? '';
      const mod = !hedge
        ? undefined
        : /^(more than|over)$/.test(hedge)
          ? back
            ? 'BEFORE'
            : 'AFTER'
          : /^(less than|nearly|almost)$/.test(hedge)
            ? back
              ? 'AFTER'
              : 'BEFORE'
            : 'APPROX';
      if (n === 'X') return { type: 'DATE', value: back ? 'PAST_REF' : 'FUTURE_REF', mod };
      if (!ctx.anchor) return { type: 'DATE', value: unresolved(u.unit), mod };
      const quarter = n === 1 && u.unit === 'Y' && back && !mod ? yearAgoQuarter(ctx, m.index) : null;
      if (quarter) return { type: 'DATE', value: quarter };
      const value = shiftValue(ctx.anchor, back ? -n : n, u.unit);
      return value ? { type: 'DATE', value, mod } : null;
    },
  },
  {
    name: 'weekday',
    needs: [
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'mon.',
      'tue',
      'wed.',
      'thu',
      'fri.',
      'sat.',
      'sun.',
    ],
    re: new RegExp(`\\b(${WEEKDAY_RE})(?!s\\b)(?:\\s+${PART_RE}\\b)?`, 'gi'),
    pre: /(?:(?:\b(early|late|earlier|later)\s+)?(?:\b(?:the\s+)?(last|next|this|past|coming|previous)\s+)?)$/i,
    make(m, ctx) {
      if (!/^[A-Z]/.test(m[3])) return null;
      const wd = weekdayNumber(m[3]);
      const part = m[4] ? PARTS[m[4].toLowerCase()] : '';
      const mod = modOf(m[1]);
      if (!ctx.anchor) {
        const v = `XXXX-WXX-${wd}`;
        return part ? { type: 'TIME', value: `${v}T${part}`, mod } : { type: 'DATE', value: v, mod };
      }
      const day = resolveWeekday(ctx.anchor, wd, ctx.tense(m.index, m.index + m[0].length), m[2]);
      const v = fmtDay(day);
      // "earlier Friday" keeps its adverb, as "earlier this week" does (TimeBank; AQUAINT leaves both out).
      return part ? { type: 'TIME', value: `${v}T${part}`, mod } : { type: 'DATE', value: v, mod };
    },
  },
  {
    name: 'weekend',
    needs: ['weekend'],
    re: /\b(?:over |during |at )?(the|this past|this|last|next) weekend\b/gi,
    make(m, ctx) {
      const rel = m[1].toLowerCase();
      if (!ctx.anchor) return { type: 'DATE', value: 'XXXX-WXX-WE' };
      let n = rel === 'last' || rel === 'this past' ? -1 : rel === 'next' ? 1 : 0;
      if (rel === 'the' && ctx.tense(m.index, m.index + m[0].length) === 'past' && weekday(ctx.anchor) < 6)
        n = -1;
      const value = shiftValue(ctx.anchor, n, 'WE');
      return value ? { type: 'DATE', value, start: m.index + m[0].toLowerCase().indexOf(rel) } : null;
    },
  },
];
