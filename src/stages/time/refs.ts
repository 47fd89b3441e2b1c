import type { Rule } from './rule.js';

const REFS: Record<string, string> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'just now': 'PAST_REF',
  currently: 'PRESENT_REF',
  'so far': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'this time': 'PRESENT_REF',
  recently: 'PAST_REF',
  'until recently': 'PAST_REF',
  'the past': 'PAST_REF',
  previously: 'PAST_REF',
  formerly: 'PAST_REF',
  'in the past': 'PAST_REF',
  once: 'PAST_REF',
  'the future': 'FUTURE_REF',
  future: 'FUTURE_REF',

  'in the future': 'FUTURE_REF',
  'the coming days': 'FUTURE_REF',
  current: 'PRESENT_REF',
  recent: 'PAST_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'the long term': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
};

/** Vague references: now / so far (PRESENT_REF), recently / the past (PAST_REF), the future (FUTURE_REF). */
export const refRules: Rule[] = [
  {
    name: 'ref',
    re: /\b(?:the near term|the short term|the long term|now|currently|so far|current|recent|at present|nowadays|these days|the present|recently|the past|the near future|the future)\b/gi,
    make(m, ctx) {
      const w = m[0].toLowerCase();
      const after = ctx.textAfter(m.index + m[0].length, 12);
      // "the past two years" (a duration), "the present value": not references. "current"/"recent" before
      // any noun stay tagged: TimeBank tags about half of them ("a recent SEC filing"), always PAST_REF /
      // PRESENT_REF, and leaving them out measured lower on TBAQ (value F1 81.24 → 81.10).
      if (w === 'the present' && !/^\s*[.,;]/.test(after)) return null;
      // "every now and then", "now and again": an idiom for "sometimes"
      if (w === 'now' && /^\s+and\s+(?:then|again)\b/i.test(after)) return null;
      if (
        w === 'the past' &&
        /^\s+(\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade)/i.test(
          after,
        )
      )
        return null;
      if (w === 'the future' && /^\s+of\b/i.test(after)) return { type: 'DATE', value: REFS[w] };
      return { type: 'DATE', value: REFS[w] };
    },
  },
];
