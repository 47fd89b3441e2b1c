import { pad } from './calendar.js';
import { modOf } from './dates.js';
import { ORDINALS } from './lexicon.js';
import { shiftValue } from './resolve.js';
import type { Rule } from './rule.js';

const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};
const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];
/** The season a month falls in (December counts as next year's winter start; good enough for news). */
const seasonOfMonth = (m: number) => SEASON_ORDER[Math.floor((m % 12) / 3)];

/** Seasons (2013-SU), quarters (2013-Q3), halves (2013-H1). */
export const periodRules: Rule[] = [
  {
    name: 'season',
    needs: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    re: /\b(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(\d{4})\b)?/gi,
    pre: /(?:(?:\b(the early|the late|early|late|mid-?)\s*)?(?:\b(this past|this|last|next|the|in|of)\s+)?)$/i,
    make(m, ctx) {
      const rel = (m[2] ?? '').toLowerCase().replace('this past', 'last');
      const season = SEASONS[m[3].toLowerCase()];
      // "fall" is mostly a verb: only with a year or a determiner.
      if (!m[4] && !rel && !m[1]) return null;
      // "the spring water", "a spring-fed lake": a spring of water, not the season
      if (
        !m[4] &&
        m[3].toLowerCase() === 'spring' &&
        /^(?:-fed|-loaded|\s+(?:waters?|mattress(?:es)?|onions?|fed)\b)/i.test(
          ctx.textAfter(m.index + m[0].length, 12),
        )
      )
        return null;
      if (m[3].toLowerCase() === 'fall' && !m[4] && !['this', 'last', 'next', 'the', 'in'].includes(rel))
        return null;
      // A preposition stays out of the extent; "the" stays in ("the summer", "the early summer").
      const start =
        rel === 'in' || rel === 'of' ? m.index + m[0].toLowerCase().indexOf(m[3].toLowerCase()) : undefined;
      const mod = modOf(m[1]);
      const cut = (out: { type: 'DATE'; value: string; mod?: string }) =>
        start !== undefined && m[1]
          ? { ...out, start: m.index }
          : start !== undefined
            ? { ...out, start }
            : out;
      if (m[4]) return cut({ type: 'DATE', value: `${m[4]}-${season}`, mod });
      if (!ctx.anchor) return cut({ type: 'DATE', value: `XXXX-${season}`, mod });
      const cur = SEASON_ORDER.indexOf(seasonOfMonth(ctx.anchor.m));
      const idx = SEASON_ORDER.indexOf(season);
      let y = ctx.anchor.y;
      if (rel === 'last') y = idx < cur ? y : y - 1;
      else if (rel === 'next') y = idx > cur ? y : y + 1;
      else if (rel !== 'this') {
        const tense = ctx.tense(m.index, m.index + m[0].length);
        if (tense === 'past' && idx > cur) y -= 1;
        if (tense === 'future' && idx < cur) y += 1;
      }
      return cut({ type: 'DATE', value: `${y}-${season}`, mod });
    },
  },
  {
    name: 'quarter',
    needs: ['quarter', 'qtr'],
    re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?:quarters?\b|qtr\b\.?)(?:\s+of\s+(?:fiscal\s+)?(\d{4})\b|\s+(\d{4})\b|\s+of\s+(this|last|next|the) year\b(?!['’]))?/gi,
    pre: /(?:(?:\b(?:this year's|last year's|next year's|the)\s+)?(?:(fiscal|latest|current|same)\s+)?)$/i,
    make(m, ctx) {
      const q = ORDINALS[m[2].toLowerCase()];
      const yearRaw = m[3] ?? m[4];
      // "the third-quarter profit": the article belongs to the noun.
      const start = /^the\s/i.test(m[0]) && !m[1] && /-quarter/i.test(m[0]) ? m.index + 4 : undefined;
      if (yearRaw) return { type: 'DATE', value: `${yearRaw}-Q${q}`, start };
      // "in the second and fourth quarters": that quarter of every year
      if (/quarters\b/i.test(m[0]))
        return { type: 'SET', value: `XXXX-Q${q}`, start, end: m.index + m[0].search(/quarters\b/i) + 8 };
      if (!ctx.anchor) return { type: 'DATE', value: `XXXX-Q${q}`, start };
      let y = ctx.anchor.y;
      // "the first quarter of this year": one expression, as "the first quarter of 1989" (TimeBank).
      const rel = (m[5] ?? '').toLowerCase();
      if (/^last year/i.test(m[0]) || rel === 'last') y -= 1;
      else if (/^next year/i.test(m[0]) || rel === 'next') y += 1;
      else if (rel === 'this') y += 0;
      else if (
        q > Math.floor((ctx.anchor.m - 1) / 3) + 1 &&
        ctx.tense(m.index, m.index + m[0].length) !== 'future'
      )
        y -= 1;
      return { type: 'DATE', value: `${pad(y, 4)}-Q${q}`, start };
    },
  },
  {
    name: 'the-quarter',
    needs: ['quarter', 'period'],
    re: /\bthe\s+(?:(latest|last|most recent|previous|recent|just-ended|current)\s+)?(?:fiscal\s+)?quarter\b|\bthe\s+(latest|most recent|just-ended)\s+period\b|\b(last|this|next) year['’]s\s+(?:fiscal\s+)?quarter\b/gi,
    make(m, ctx) {
      const w = (m[1] ?? '').toLowerCase();
      if (!ctx.anchor) return { type: 'DATE', value: 'XXXX-QX' };
      if (m[3]) {
        // "last year's quarter": the quarter the report is about, that many years off.
        const q = ctx.focusQuarter(m.index);
        const y =
          ctx.anchor.y + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[m[3].toLowerCase()];
        return { type: 'DATE', value: q ? `${pad(y, 4)}-Q${q}` : `${pad(y, 4)}-QX` };
      }
      const n = w === 'current' ? 0 : -1;
      const value = shiftValue(ctx.anchor, n, 'Q');
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'half',
    needs: ['half'],
    re: /\b(?:the\s+)?(first|second|last|latter)\s+half\s+of\s+(?:(fiscal|the)\s+)?(\d{4}|this year|last year|next year|the year)\b/gi,
    make(m, ctx) {
      const h = m[1].toLowerCase() === 'first' ? 1 : 2;
      const yr = m[3].toLowerCase();
      let y: string;
      if (/^\d{4}$/.test(yr)) y = yr;
      else if (!ctx.anchor) y = 'XXXX';
      else y = pad(ctx.anchor.y + (yr.startsWith('last') ? -1 : yr.startsWith('next') ? 1 : 0), 4);
      return { type: 'DATE', value: `${y}-H${h}` };
    },
  },
];
