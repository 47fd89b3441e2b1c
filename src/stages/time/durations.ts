import { durationValue, NUMBER_RE, numberValue, UNIT_RE } from './lexicon.js';
import type { Rule } from './rule.js';

const MODS: Record<string, string> = {
  about: 'APPROX',
  around: 'APPROX',
  roughly: 'APPROX',
  some: 'APPROX',
  approximately: 'APPROX',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS',
};

/** Durations: "three days" (P3D), "the past two years" (P2Y), "a few weeks" (PXW), "two-year" (P2Y). */
export const durationRules: Rule[] = [
  {
    name: 'amount-unit',
    re: new RegExp(
      `(?:\\b(about|around|roughly|approximately|nearly|almost|some|more than|less than|at least|up to|over|under)\\s+)?(?:\\b(?:the|a|another|an additional|a mere)\\s+)?(?:\\b(?:past|last|next|first|previous|coming|final|following|same|entire|full|initial|remaining)\\s+)?\\b(${NUMBER_RE})[- ](${UNIT_RE})\\b(?:-long|\\s+long)?(?![- ]old\\b)`,
      'gi',
    ),
    make(m) {
      const n = numberValue(m[2]);
      if (n === null) return null;
      if (typeof n === 'number' && (n > 1000 || !Number.isInteger(n))) return null;
      const value = durationValue(n, m[3]);
      if (!value) return null;
      const modWord = m[1]?.toLowerCase();
      const mod = modWord ? MODS[modWord] : undefined;
      // "more than"/"over"/"at least" sit outside the TIMEX3 extent; "nearly"/"about" inside.
      if (modWord && /^(more than|over|at least|up to|less than|under)$/.test(modWord)) {
        return { type: 'DURATION', value, mod, start: m.index + m[1].length + 1 };
      }
      return { type: 'DURATION', value, mod };
    },
  },
  {
    name: 'vague-units',
    re: /\b(?:(recent|the past|the last|the next|the coming|past|next|coming|the previous|previous)\s+)?(?:(several|few|many)\s+)?(seconds|minutes|hours|days|weeks|months|years|decades)(?:-long)?\b/gi,
    make(m, ctx) {
      if (!m[1] && !m[2]) {
        // Bare plurals count only after "for/in/within/over": "for years", "in weeks".
        if (!/\b(for|in|within|over|after|took|take|lasted|last)\s+$/i.test(ctx.textBefore(m.index, 10)))
          return null;
        if (/^\s+(of|ago|old|earlier|later|before|after)\b/i.test(ctx.textAfter(m.index + m[0].length, 8)))
          return null;
      }
      const value = durationValue('X', m[3]);
      return value ? { type: 'DURATION', value } : null;
    },
  },
];
