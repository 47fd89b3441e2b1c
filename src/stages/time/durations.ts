import { durationValue, NUMBER_RE, numberValue, UNIT_RE, unitOf } from './lexicon.js';
import type { Rule, RuleContext, RuleOutput } from './rule.js';

// TimeML's mod examples ("about three years ago" APPROX, "less than 2 hours" LESS_THAN) tag the hedge with
// the amount; TimeBank agrees ("about a decade", "almost a hundred years"), AQUAINT leaves it out.
// "over", "within", "some" stay outside: mostly prepositions ("over the past two years").
const INSIDE = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'more than',
  'less than',
  'no more than',
  'at least',
  'up to',
  'under',
]);

const SPAN_NOUN = /^\s+(?:period|term|span|stretch|stint)\b/i;

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
  'no more than': 'EQUAL_OR_LESS',
  within: 'EQUAL_OR_LESS',
};

/** Half of a unit, in the next smaller one: "2 1/2 years" → P2Y6M, "an hour and a half" → PT1H30M. */
const HALF: Record<string, (n: number) => string> = {
  Y: (n) => `P${n}Y6M`,
  D: (n) => `P${n}DT12H`,
  TH: (n) => `PT${n}H30M`,
  TM: (n) => `PT${n}M30S`,
};

function halfValue(n: number, unitWord: string): string | null {
  const u = unitOf(unitWord);
  const f = u && HALF[(u.time ? 'T' : '') + u.unit];
  return f ? f(n) : null;
}

/** "two to three weeks" as one vague span; "8 to 3 days" as its last amount; "5 to 10 years ago" as no span. */
function amountRange(m: RegExpExecArray, ctx: RuleContext): RuleOutput | null {
  const [whole, , , num, upper, , unit] = m;
  if (/^\s+(?:ago|earlier|before|later|from now|hence)\b/i.test(ctx.textAfter(m.index + whole.length, 12)))
    return null;
  const lo = numberValue(num);
  const hi = numberValue(upper);
  if (typeof hi !== 'number' || hi > 1000) return null;
  if (typeof lo !== 'number' || lo >= hi) {
    const value = durationValue(hi, unit);
    return value ? { type: 'DURATION', value, start: m.index + whole.lastIndexOf(upper) } : null;
  }
  const value = durationValue('X', unit);
  const modWord = m[1]?.toLowerCase();
  // As for single amounts: "within" outside the extent, "about", "at least" inside.
  const start = modWord && !INSIDE.has(modWord) ? m.index + m[1].length + 1 : m.index;
  return value ? { type: 'DURATION', value, mod: modWord ? MODS[modWord] : undefined, start } : null;
}

/** Durations: "three days" (P3D), "the past two years" (P2Y), "a few weeks" (PXW), "two-year" (P2Y). */
export const durationRules: Rule[] = [
  {
    name: 'amount-unit',
    // "eight trading days", "20 more years": a word between the amount and the unit. "two to three weeks",
    // "the next 12 to 18 months", "10-12 days": a range, one span of uncertain length (PXW).
    re: new RegExp(
      `\\b(${NUMBER_RE})(?:(?: to |-| or )(${NUMBER_RE}))?([- ])(?:(?:more|additional|further|trading|business|working|calendar) )?(${UNIT_RE})\\b(?:-long|\\s+long|\\s+or so)?(?![- ]old\\b)`,
      'gi',
    ),
    pre: /(?:(?:\b(about|around|roughly|approximately|nearly|almost|some|more than|less than|no more than|at least|up to|over|under|within)\s+)?(?:\b(the|a|another|an additional|a mere)\s+)?(?:\b(?:past|last|next|first|previous|coming|final|following|same|entire|full|initial|remaining)\s+)?)$/i,
    make(m, ctx) {
      const [whole, modRaw, det, num, upper, joint, unit] = m;
      if (upper) return amountRange(m, ctx);
      const n = numberValue(num);
      // "a decades-long battle": "a" goes with the noun, not with a plural unit.
      if (n === null || (/^an?$/i.test(num) && /s$/i.test(unit))) return null;
      // "$1.76 a year", "700 seats a week": a rate, not a duration.
      if (
        /^an?$/i.test(num) &&
        !det &&
        !modRaw &&
        /(\d|million|billion|percent|%)\S*\s+(\S+\s+)?$/i.test(ctx.textBefore(m.index, 30))
      )
        return null;
      // "a second group", "a second betrayal": the ordinal, not one second.
      if (
        /^seconds?$/i.test(unit) &&
        /^an?$/i.test(num) &&
        /^\s+(?!(?:or|and|later|ago|earlier|before|after|longer|more|each)\b)[a-z]/.test(
          ctx.textAfter(m.index + whole.length, 12),
        )
      )
        return null;
      // "aged 8-10 years", "at the age of four months": ages, which TimeBank leaves untagged
      if (/\b(?:aged?|ages|age of)\s+(?:\d+\s*(?:–|-|to)\s*)?$/i.test(ctx.textBefore(m.index, 24)))
        return null;
      // "0300 hours": a 24-hour clock time (clock.ts), not 300 hours.
      if (/^0\d{3}$/.test(num)) return null;
      // "60 Minutes", a programme's name.
      if (/^[A-Z]/.test(unit) && !/^an?$/i.test(num) && /^\d/.test(num)) return null;
      // "a quarter of the shares", "three-quarters": fractions.
      if (
        /^quarters?$/i.test(unit) &&
        (joint === '-' || /^\s+of\b/i.test(ctx.textAfter(m.index + whole.length, 4)))
      )
        return null;
      if (typeof n === 'number' && (n > 1000 || !Number.isInteger(n))) return null;
      const value = durationValue(n, unit);
      if (!value) return null;
      const modWord = modRaw?.toLowerCase();
      // "over the past two years", "under the two-year plan": a preposition, not "more/less than"
      const mod =
        modWord && !(det && (modWord === 'over' || modWord === 'under')) ? MODS[modWord] : undefined;
      let start = m.index;
      // The hedge inside the extent ("nearly", "about", "at least"), a preposition ("over", "within") outside.
      if (modWord && !INSIDE.has(modWord)) start += modRaw.length + 1;
      // "a two-year plan", "a three hour drive": the article belongs to the noun phrase, not the timex.
      const dropDet = det && (joint === '-' || det.toLowerCase() !== 'the') && !/^an?$/i.test(num);
      // "a three-year period", "its one-year term": the noun is the span itself, so the phrase is one timex
      // (TimeBank 2 of 2); a preposition before it stays out.
      const span = joint === '-' ? SPAN_NOUN.exec(ctx.textAfter(m.index + whole.length, 12)) : null;
      if (span) {
        const from = modWord && !INSIDE.has(modWord) ? m.index + modRaw.length + 1 : m.index;
        return { type: 'DURATION', value, mod, start: from, end: m.index + whole.length + span[0].length };
      }
      if (dropDet && !modWord) start = m.index + whole.toLowerCase().indexOf(num.toLowerCase(), det.length);
      return { type: 'DURATION', value, mod, start };
    },
  },
  {
    name: 'half-units',
    needs: ['1/2', 'and a half'],
    re: new RegExp(
      `\\b(?:(\\d+) 1/2[- ](${UNIT_RE})|(${NUMBER_RE}|an?) (${UNIT_RE}) and a half|(${NUMBER_RE}) and a half (${UNIT_RE}))\\b`,
      'gi',
    ),
    make(m) {
      const raw = m[1] ?? m[3] ?? m[5];
      const n = /^an?$/i.test(raw) ? 1 : numberValue(raw);
      if (typeof n !== 'number') return null;
      const value = halfValue(n, m[2] ?? m[4] ?? m[6]);
      return value ? { type: 'DURATION', value } : null;
    },
  },
  {
    name: 'half-a-unit',
    needs: ['half a', 'half an'],
    // "half a century" P50Y, "half an hour" PT30M: the whole phrase (not "a century", P100Y)
    re: /\bhalf an? (century|decade|year|day|hour|minute)\b/gi,
    pre: /(?:\b(nearly|almost|about|around|roughly|approximately|more than|less than|at least|over)\s+)?$/i,
    make(m) {
      const modWord = m[1]?.toLowerCase();
      const value = {
        century: 'P50Y',
        decade: 'P5Y',
        year: 'P6M',
        day: 'PT12H',
        hour: 'PT30M',
        minute: 'PT30S',
      }[m[2].toLowerCase()] as string;
      // as with other amounts: a hedge inside ("nearly half a century"), "over" outside
      const start = modWord && !INSIDE.has(modWord) ? m.index + m[1].length + 1 : m.index;
      return { type: 'DURATION', value, mod: modWord ? MODS[modWord] : undefined, start };
    },
  },
  {
    name: 'vague-spans',
    needs: ['ahead', 'the years', 'a while'],
    // "in the weeks ahead", "over the years", "for a while": spans of unknown length
    // (no lookbehind: one at every position is the costliest pattern of all; the preposition is cut off)
    re: /\b(?:the (days|weeks|months|years) ahead|over the (years)\b(?!\s+(?:of|since|before|after|between)\b)|for (a while))\b/gi,
    make(m) {
      const value = m[3] ? 'PXX' : durationValue('X', m[1] ?? m[2]);
      const start = m.index + (m[1] ? 0 : m[0].indexOf(' ') + 1);
      return value ? { type: 'DURATION', value, start } : null;
    },
  },
  {
    name: 'unit-long',
    needs: ['long'],
    // "a day-long meeting", "the yearlong war": one unit (amounts, "two-year-long", are amount-unit's)
    re: /(?<![\w-])(hour|day|week|month|year)-?long\b/gi,
    make: (m) => ({ type: 'DURATION', value: durationValue(1, m[1]) as string }),
  },
  {
    name: 'vague-units',
    needs: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'quarters', 'years', 'decades'],
    // "weeks or months", "recent weeks and months": one vague span, in the first unit.
    re: /\b(seconds|minutes|hours|days|weeks|months|quarters|years|decades)(?:-long|\s+(?:or|and)\s+(?:minutes|hours|days|weeks|months|years|decades)\b)?\b/gi,
    pre: /(?:(?:\b(recent|the past|the last|the next|the coming|past|next|coming|future|the previous|previous)\s+)?(?:(several|few|many)\s+)?)$/i,
    make(m, ctx) {
      const quarters = /^quarters$/i.test(m[3]);
      // "quarters" only with a word that makes it time ("recent quarters"), not "living quarters".
      if (quarters ? !m[1] && !m[2] : /^future$/i.test(m[1] ?? '')) return null;
      // "in coming quarters", "future quarters": TimeBank reads them as the vague future (2 of 2).
      if (quarters && /^(the )?(coming|future|next)$/i.test(m[1] ?? '') && !m[2])
        return { type: 'DATE', value: 'FUTURE_REF' };
      let end: number | undefined;
      if (!m[1] && !m[2] && !/-long$/i.test(m[0])) {
        const after = ctx.textAfter(m.index + m[0].length, 8);
        const next = /^\s+(of|ago|old|earlier|later|before|after)\b/i.exec(after)?.[1].toLowerCase();
        // "months ago": "ago" inside as with amounts; TimeBank keeps the vague span's value (PXM).
        end = next === 'ago' ? m.index + m[0].length + after.indexOf('ago') + 3 : undefined;
        // "hours later", "weeks earlier": the span alone, as "three days later". Not "days after the attack" (TBAQ
        // tags it as a date whose value the text does not give), nor "a matter of days before".
        const fromEvent =
          (next === 'later' || next === 'earlier') && !/\bof\s+$/i.test(ctx.textBefore(m.index, 4));
        // Other bare plurals count only after "for/in/within/over": "for years", "in weeks"; "decades-long" always.
        if (
          !fromEvent &&
          !end &&
          (next ||
            !/\b(for|in|within|over|after|took|take|lasted|last)\s+$/i.test(ctx.textBefore(m.index, 10)))
        )
          return null;
      }
      // "in recent years": TimeBank mostly reads it as a vague past, not a span.
      if (/^recent$/i.test(m[1] ?? '') && !m[2] && /^years$/i.test(m[3]))
        return { type: 'DATE', value: 'PAST_REF' };
      const value = durationValue('X', m[3]);
      return value ? { type: 'DURATION', value, end } : null;
    },
  },
];
