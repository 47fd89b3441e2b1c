import type { Rule } from './rule.js';

/** A date told relative to the last date the text gave ("that year", "the following month"). */
export interface Anaphor {
  unit: 'Y' | 'M' | 'D';
  shift: number;
  /** A part of the day: "the next morning" → TMO; a clock time: "T22:00". */
  part?: string;
  /** A clock time with no day of its own: takes the day of a full date told shortly before it, else keeps its value. */
  within?: number;
}

const UNIT: Record<string, Anaphor['unit']> = { year: 'Y', month: 'M', day: 'D' };
const PART: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };
const SHIFT: Record<string, number> = {
  that: 0,
  'that same': 0,
  'the same': 0,
  'the following': 1,
  'the next': 1,
  'the previous': -1,
  'the prior': -1,
};

/**
 * "that year", "later that year", "earlier that day", "the following year", "the previous month": the
 * value comes from the nearest date before it (`resolveAnaphors`), not from the publication date.
 */
export const anaphoraRules: Rule[] = [
  {
    name: 'that-year',
    needs: [
      'that year',
      'that same',
      'the same',
      'that day',
      'that month',
      'following',
      'previous',
      'prior',
      'the next',
    ],
    re: /\b(?:(earlier|later) )?(that|that same|the same|the following|the next|the previous|the prior) (year|month|day|morning|afternoon|evening|night)\b(?!['’]s|-|\s+(?:of|ago|before|after|that|when|in which|ended|ending|or)\b)/gi,
    make(m, ctx) {
      const rel = m[2].toLowerCase();
      const word = m[3].toLowerCase();
      const part = PART[word];
      // "the next year" told in the past follows the last date given; otherwise it is the dateline's next
      if (rel === 'the next' && ctx.tense(m.index, m.index + m[0].length) !== 'past') return null;
      // "that night" alone is too often generic; a part of the day needs "the next/following/previous"
      if (part && (rel.startsWith('that') || rel === 'the same')) return null;
      const unit = UNIT[word] ?? 'D';
      return {
        type: part ? 'TIME' : 'DATE',
        value: unit === 'Y' ? 'XXXX' : unit === 'M' ? 'XXXX-XX' : `XXXX-XX-XX${part ?? ''}`,
        anaphor: { unit, shift: SHIFT[rel], part },
      };
    },
  },
];

const SHAPE: Record<Anaphor['unit'], RegExp> = {
  Y: /^(\d{4})/,
  M: /^(\d{4})-(\d\d)(?:$|-\d\d(?:$|T))/,
  D: /^(\d{4})-(\d\d)-(\d\d)(?:$|T)/,
};

/** The value of an anaphoric date given the values of the dates before it, nearest last; null if none fits. */
export function resolveAnaphor(a: Anaphor, before: readonly string[]): string | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const m = SHAPE[a.unit].exec(before[i]);
    if (!m) continue;
    const y = Number(m[1]);
    if (a.unit === 'Y') return String(y + a.shift).padStart(4, '0');
    if (a.unit === 'M') {
      const k = y * 12 + Number(m[2]) - 1 + a.shift;
      return `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`;
    }
    const t = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3]) + a.shift));
    return t.toISOString().slice(0, 10);
  }
  return null;
}
