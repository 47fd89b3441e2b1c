import {
  durationValue,
  MONTH_RE,
  monthNumber,
  NUMBER_RE,
  numberValue,
  UNIT_RE,
  WEEKDAY_RE,
  weekdayNumber,
} from './lexicon.js';
import type { Rule } from './rule.js';

const ADVERBS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  quarterly: 'P1Q',
  annually: 'P1Y',
  yearly: 'P1Y',
  biweekly: 'P2W',
  semiannually: 'P6M',
  semiannual: 'P6M',
  biannual: 'P6M',
  biannually: 'P6M',
  // as "twice a year" (TimeML: the unit's value, with the frequency apart)
  'twice-yearly': 'P1Y',
  'twice-weekly': 'P1W',
  'twice-monthly': 'P1M',
  'twice-daily': 'P1D',
};
const UNIT: Record<string, string> = {
  hour: 'PT1H',
  day: 'P1D',
  night: 'P1D',
  week: 'P1W',
  month: 'P1M',
  quarter: 'P1Q',
  year: 'P1Y',
  decade: 'P10Y',
};
const PART: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/** Sets: "daily" (P1D), "every week" (P1W), "twice a year" (P1Y), "on Mondays" (XXXX-WXX-1). */
export const setRules: Rule[] = [
  {
    name: 'frequency-adverb',
    needs: ['hourly', 'daily', 'nightly', 'weekly', 'monthly', 'annually', 'yearly', 'annual'],
    // "twice-yearly" as "twice a year"; "semiannual" as "every six months"
    re: /\b(hourly|daily|nightly|weekly|monthly|annually|yearly|biweekly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|twice-(?:yearly|weekly|monthly|daily))\b/gi,
    make(m, ctx) {
      // "the Daily Mail": a capital inside a sentence is a name.
      if (/^[A-Z]/.test(m[1]) && !/(^|[.!?"“]\s*)$/.test(ctx.textBefore(m.index, 3).trimEnd() + ' '))
        return null;
      // "the Party daily Granma", "the daily Kommersant": a newspaper, named after it
      if (/^daily$/i.test(m[1]) && /^\s+[A-Z][a-z]/.test(ctx.textAfter(m.index + m[0].length, 4)))
        return null;
      // "rise 8.5% annually": a growth rate, which TimeBank leaves untagged
      if (/^annually$/i.test(m[1]) && /%\s+$/.test(ctx.textBefore(m.index, 20))) return null;
      return { type: 'SET', value: ADVERBS[m[1].toLowerCase().replace(/^(semi|bi)-/, '$1')] };
    },
  },
  {
    name: 'every-unit',
    needs: ['every', 'each'],
    re: /\b(?:every|each)\s+(other\s+)?(hour|day|night|week|month|quarter|year|decade|morning|afternoon|evening|season)\b/gi,
    make(m) {
      const w = m[2].toLowerCase();
      if (PART[w]) return { type: 'SET', value: `XXXX-XX-XX${PART[w]}` };
      if (w === 'season') return { type: 'SET', value: 'XXXX-XX' };
      // "every other week": one in two
      return { type: 'SET', value: m[1] ? UNIT[w].replace('1', '2') : UNIT[w] };
    },
  },
  {
    name: 'every-n-units',
    needs: ['every'],
    // "every three months", "every 10 years"; not "every three of them" (no unit)
    re: new RegExp(`\\bevery\\s+(${NUMBER_RE})\\s+(${UNIT_RE})\\b`, 'gi'),
    make(m) {
      const n = numberValue(m[1]);
      const value = typeof n === 'number' && n > 1 ? durationValue(n, m[2]) : null;
      return value ? { type: 'SET', value } : null;
    },
  },
  {
    name: 'each-of-the-past',
    needs: ['each of the'],
    // "in each of the past three years": each one of them, a set of years (TimeML quant EACH)
    re: new RegExp(
      `\\beach of the (?:past|last|next|previous|coming|first|following) (${NUMBER_RE}) (${UNIT_RE})\\b`,
      'gi',
    ),
    make(m) {
      const value = typeof numberValue(m[1]) === 'number' ? durationValue(1, m[2]) : null;
      return value ? { type: 'SET', value } : null;
    },
  },
  {
    name: 'times-per',
    needs: ['once', 'twice', 'times'],
    re: /\b(?:once|twice|three times|(?:\d+|several|many) times)\s+(?:a|an|per|each|every)\s+(hour|day|week|month|year)\b/gi,
    make: (m) => ({ type: 'SET', value: UNIT[m[1].toLowerCase()] }),
  },
  {
    name: 'every-month',
    needs: ['every', 'each'],
    re: new RegExp(`\\b(?:every|each)\\s+(${MONTH_RE})\\b`, 'gi'),
    make: (m) => ({ type: 'SET', value: `XXXX-${String(monthNumber(m[1])).padStart(2, '0')}` }),
  },
  {
    name: 'every-weekday',
    needs: ['every', 'each', 'days'],
    re: new RegExp(`\\b(?:(?:every|each)\\s+(${WEEKDAY_RE})|(?<=\\bon\\s)(${WEEKDAY_RE})s)\\b`, 'gi'),
    make: (m) => ({ type: 'SET', value: `XXXX-WXX-${weekdayNumber(m[1] ?? m[2])}` }),
  },
];
