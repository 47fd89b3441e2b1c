import { addDays, fmtDay, isRealDay, pad } from './calendar.js';
import { MONTH_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from './lexicon.js';
import { resolveMonthYear, resolveWeekday } from './resolve.js';
import type { Rule } from './rule.js';

/** How far (characters) after a full date a bare clock time still belongs to that date's day. */
const NARRATIVE_DAY_REACH = 1000;

const ASIDE_DAY = new RegExp(
  `^\\s*\\([^()]{1,24}\\),?\\s+(?:on\\s+)?(${WEEKDAY_RE}|today|yesterday)\\b`,
  'i',
);

const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

/** Clock times: "3 p.m.", "10:30 a.m. EST Friday", "noon Thursday", "15:00 GMT Saturday". */
export const clockRules: Rule[] = [
  {
    name: 'clock',
    re: new RegExp(
      `(?<![$£€.,\\d])\\b(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(\\d{1,2}):(\\d{2})(?=\\s*(?:GMT|UTC|EST|EDT|CET|BST|[ap]\\.m\\.))|(noon|midnight))(?:\\s*(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CET|BST|local time)\\b)?(?:,?\\s+(?:on\\s+)?(?:(${WEEKDAY_RE}|today|yesterday|tomorrow)\\b|(${MONTH_RE})\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4}|:)))?`,
      'gi',
    ),
    make(m, ctx) {
      let h: number;
      let min = 0;
      if (m[6]) h = m[6].toLowerCase() === 'noon' ? 12 : 0;
      else if (m[1]) {
        h = +m[1];
        min = m[2] ? +m[2] : 0;
        const pm = m[3].toLowerCase().startsWith('p');
        if (h > 12) return null;
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      } else {
        h = +m[4];
        min = +m[5];
      }
      if (h > 23 || min > 59) return null;
      if (m[6] && /\bhigh\s+$/i.test(ctx.textBefore(m.index, 6))) return null; // "high noon"
      let day = 'XXXX-XX-XX';
      let month = m[8] ? monthNumber(m[8]) : 0;
      // Not a day ("Feb. 31"): the time alone, of the dateline's day.
      const end =
        month && !isRealDay(2000, month, +m[9]) ? m.index + m[0].search(/,?\s+\S+\s+\d+$/) : undefined;
      if (end !== undefined) month = 0;
      if (month) {
        // "5 p.m. EST Nov. 9": the clock time of that day.
        const tense = ctx.tense(m.index, m.index + m[0].length);
        const y = ctx.anchor ? pad(resolveMonthYear(ctx.anchor, month, tense, +m[9]), 4) : 'XXXX';
        day = `${y}-${pad(month)}-${pad(+m[9])}`;
      } else if (ctx.anchor) {
        // "10:35 a.m. (0735 GMT) Friday": the day after a bracketed aside still dates the time
        const aside = m[7] ? null : ASIDE_DAY.exec(ctx.textAfter(m.index + m[0].length, 40));
        const w = (m[7] ?? aside?.[1] ?? 'today').toLowerCase();
        if (w === 'yesterday') day = fmtDay(addDays(ctx.anchor, -1));
        else if (w === 'tomorrow') day = fmtDay(addDays(ctx.anchor, 1));
        else if (w === 'today') day = fmtDay(ctx.anchor);
        else
          day = fmtDay(
            resolveWeekday(ctx.anchor, weekdayNumber(w), ctx.tense(m.index, m.index + m[0].length)),
          );
      }
      // "midnight Friday" ends Friday: ISO 8601's 24:00 of that day.
      const clock = m[6] && h === 0 ? '24:00' : `${pad(h)}:${pad(min)}`;
      // No day of its own: the day of a full date told shortly before ("on Oct. 23, 1998 … at 10 p.m."),
      // else the dateline's.
      if (!month && !m[7] && !ASIDE_DAY.test(ctx.textAfter(m.index + m[0].length, 40))) {
        const anaphor = { unit: 'D' as const, shift: 0, part: `T${clock}`, within: NARRATIVE_DAY_REACH };
        return { type: 'TIME', value: `${day}T${clock}`, end, anaphor };
      }
      return { type: 'TIME', value: `${day}T${clock}`, end };
    },
  },
  {
    name: 'military-time',
    needs: ['hours', 'hrs', 'gmt', 'utc'],
    // "at 0300 hours", "2300 hrs Friday", "at 1530 GMT": a 24-hour clock time, not an amount of hours ("worked
    // 1200 hours"); a bracketed one restates the clock time before it ("2 p.m. (0600 GMT)"), untagged in TBAQ
    re: new RegExp(
      `(?<!\\(\\s*)\\b([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hours|hrs|GMT|UTC)\\b(?:,?\\s+(?:on\\s+)?(${WEEKDAY_RE}|today|yesterday|tomorrow)\\b)?`,
      'gi',
    ),
    make(m, ctx) {
      if (
        /hours|hrs/i.test(m[0]) &&
        m[1][0] !== '0' &&
        !/\b(?:at|by|until|till|before|after|from|since|around|about)\s+$/i.test(ctx.textBefore(m.index, 8))
      )
        return null;
      const a = ctx.anchor;
      const w = (m[3] ?? 'today').toLowerCase();
      let day = 'XXXX-XX-XX';
      if (a && w === 'today') day = fmtDay(a);
      else if (a && (w === 'yesterday' || w === 'tomorrow'))
        day = fmtDay(addDays(a, w === 'yesterday' ? -1 : 1));
      else if (a)
        day = fmtDay(resolveWeekday(a, weekdayNumber(w), ctx.tense(m.index, m.index + m[0].length)));
      return { type: 'TIME', value: `${day}T${m[1]}:${m[2]}` };
    },
  },
  {
    name: 'o-clock',
    needs: ['clock', 'morning', 'afternoon', 'evening', 'night'], // most shared with other rules' checks
    // "10 o'clock", "4 in the morning", "eight o'clock in the evening": a clock time with its part of day
    re: new RegExp(
      `\\b(\\d{1,2}|${HOUR_WORDS})(?:(\\s+o['’]clock)(?:\\s+(in the morning|in the afternoon|in the evening|at night))?|\\s+(in the morning|in the afternoon|in the evening|at night))\\b`,
      'gi',
    ),
    make(m, ctx) {
      const raw = m[1].toLowerCase();
      let h = /^\d/.test(raw) ? +raw : HOUR_WORDS.split('|').indexOf(raw) + 1;
      if (h < 1 || h > 12) return null;
      const part = (m[3] ?? m[4] ?? '').toLowerCase();
      // without "o'clock" the hour needs a preposition before it ("Two in the morning were hurt" is not one)
      if (
        !m[2] &&
        !/\b(?:at|by|until|till|before|after|around|about|from)\s+$/i.test(ctx.textBefore(m.index, 8))
      )
        return null;
      if ((/afternoon|evening/.test(part) || (part === 'at night' && h >= 6)) && h < 12) h += 12;
      if (part === 'in the morning' && h === 12) h = 0;
      const day = ctx.anchor ? fmtDay(ctx.anchor) : 'XXXX-XX-XX';
      const clock = `${pad(h)}:00`;
      const anaphor = { unit: 'D' as const, shift: 0, part: `T${clock}`, within: NARRATIVE_DAY_REACH };
      return { type: 'TIME', value: `${day}T${clock}`, anaphor };
    },
  },
  {
    name: 'dawn-dusk',
    // "at dawn", "before dusk": the day's part (TIMEX3 MO, EV) after a preposition; not "as dawn broke",
    // "a pre-dawn raid", "the dawn of a new era"
    re: /\b(?:at|before|after|by|until|till|since|from)\s+(dawn|daybreak|sunrise|dusk|nightfall|sunset)\b(?!\s+of\b)/gi,
    make(m, ctx) {
      const w = m[1].toLowerCase();
      const part = /^(?:dawn|daybreak|sunrise)$/.test(w) ? 'MO' : 'EV';
      const day = ctx.anchor ? fmtDay(ctx.anchor) : 'XXXX-XX-XX';
      const start = m.index + m[0].length - m[1].length;
      const anaphor = { unit: 'D' as const, shift: 0, part: `T${part}`, within: NARRATIVE_DAY_REACH };
      return { type: 'TIME', value: `${day}T${part}`, start, anaphor };
    },
  },
  {
    name: 'day-part',
    needs: ['overnight', 'midday', 'afternoon', 'morning'],
    re: /\b(overnight|midday|mid[- ]?afternoon|mid[- ]?morning)\b(?:\s+(today|yesterday))?/gi,
    make(m, ctx) {
      const w = m[1].toLowerCase().replace(/[- ]/, '');
      const shift = w === 'overnight' || m[2]?.toLowerCase() === 'yesterday' ? -1 : 0;
      const day = ctx.anchor ? fmtDay(addDays(ctx.anchor, shift)) : 'XXXX-XX-XX';
      const part = { overnight: 'NI', midday: '12:00', midafternoon: 'AF', midmorning: 'MO' }[w];
      return part ? { type: 'TIME', value: `${day}T${part}` } : null;
    },
  },
];
