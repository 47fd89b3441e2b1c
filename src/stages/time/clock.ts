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

/** Clock times: "3 p.m.", "10:30 a.m. EST Friday", "noon Thursday", "15:00 GMT Saturday". */
export const clockRules: Rule[] = [
  {
    name: 'clock',
    re: new RegExp(
      `\\b(?:(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(\\d{1,2}):(\\d{2})(?=\\s*(?:GMT|UTC|EST|EDT|CET|BST|[ap]\\.m\\.))|(noon|midnight))(?:\\s*(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CET|BST|local time)\\b)?(?:,?\\s+(?:on\\s+)?(?:(${WEEKDAY_RE}|today|yesterday|tomorrow)\\b|(${MONTH_RE})\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4}|:)))?`,
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
