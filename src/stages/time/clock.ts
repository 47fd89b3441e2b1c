import { addDays, fmtDay, pad } from './calendar.js';
import { WEEKDAY_RE, weekdayNumber } from './lexicon.js';
import { resolveWeekday } from './resolve.js';
import type { Rule } from './rule.js';

/** Clock times: "3 p.m.", "10:30 a.m. EST Friday", "noon Thursday", "15:00 GMT Saturday". */
export const clockRules: Rule[] = [
  {
    name: 'clock',
    re: new RegExp(
      `\\b(?:(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(\\d{1,2}):(\\d{2})(?=\\s*(?:GMT|UTC|EST|EDT|CET|BST|[ap]\\.m\\.))|(noon|midnight))(?:\\s*(?:GMT|UTC|EST|EDT|PST|PDT|CET|BST|local time)\\b)?(?:,?\\s+(?:on\\s+)?(${WEEKDAY_RE}|today|yesterday|tomorrow)\\b)?`,
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
      if (ctx.anchor) {
        const w = (m[7] ?? 'today').toLowerCase();
        if (w === 'yesterday') day = fmtDay(addDays(ctx.anchor, -1));
        else if (w === 'tomorrow') day = fmtDay(addDays(ctx.anchor, 1));
        else if (w === 'today') day = fmtDay(ctx.anchor);
        else
          day = fmtDay(
            resolveWeekday(ctx.anchor, weekdayNumber(w), ctx.tense(m.index, m.index + m[0].length)),
          );
      }
      return { type: 'TIME', value: `${day}T${pad(h)}:${pad(min)}` };
    },
  },
  {
    name: 'day-part',
    needs: ['overnight', 'midday', 'afternoon', 'morning'],
    re: /\b(overnight|midday|mid-?afternoon|mid-?morning)\b(?:\s+(today|yesterday))?/gi,
    make(m, ctx) {
      const w = m[1].toLowerCase().replace('-', '');
      const shift = w === 'overnight' || m[2]?.toLowerCase() === 'yesterday' ? -1 : 0;
      const day = ctx.anchor ? fmtDay(addDays(ctx.anchor, shift)) : 'XXXX-XX-XX';
      const part = { overnight: 'NI', midday: '12:00', midafternoon: 'AF', midmorning: 'MO' }[w];
      return part ? { type: 'TIME', value: `${day}T${part}` } : null;
    },
  },
];
