import { type Doc, tokensIn } from '../../model/doc.js';
import type { Claim } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { NUMBER_RE, numberValue } from './numbers.js';
import { outcomeOf } from './outcomes.js';

const APPROX: [RegExp, string][] = [
  [/\b(more than|over|upwards of|in excess of)\s+$/i, 'more-than'],
  [/\b(at least|no fewer than|no less than)\s+$/i, 'at-least'],
  [/\b(fewer than|less than|under|below)\s+$/i, 'less-than'],
  [/\b(up to|as many as|as much as|at most)\s+$/i, 'up-to'],
  [
    /\b(about|around|some|roughly|approximately|nearly|almost|close to|an estimated|estimated|just under)\s+$/i,
    'about',
  ],
];

const UNITS: [RegExp, string][] = [
  [/^\s*(%|percent\b|per cent\b|percentage points?\b)/i, 'percent'],
  [/^\s*(dollars?|US dollars?)\b/i, 'USD'],
  [/^\s*(euros?)\b/i, 'EUR'],
  [/^\s*(pounds sterling|pounds?)\b/i, 'GBP'],
  [/^\s*(reais|real)\b/i, 'BRL'],
  [/^\s*(yuan|renminbi)\b/i, 'CNY'],
  [/^\s*(rupees?)\b/i, 'INR'],
  [/^\s*(roubles?|rubles?)\b/i, 'RUB'],
  [/^\s*(yen)\b/i, 'JPY'],
];

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
// dollars of other countries, written with a prefix: "C$17.9 million", "HK$2 billion", "US$6.3 billion"
const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD',
  c: 'CAD',
  can: 'CAD',
  a: 'AUD',
  au: 'AUD',
  hk: 'HKD',
  nz: 'NZD',
  s: 'SGD',
  nt: 'TWD',
};
const DOLLAR_PREFIX = /(?<![\w$])(US|C|Can|A|AU|HK|NZ|S|NT)\$$/;
const MONTHS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s*$/i;
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Quantities with what they count: "more than 130,000 people", "4.5 percent", "2.1 billion reais". */
export const claims: Stage = {
  name: 'claims',
  needs: ['sentences', 'tokens'],
  makes: ['claims'],
  run(doc: Doc) {
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      for (const m of sentence.matchAll(NUMBER_RE)) {
        const claim = readClaim(doc, s.start, sentence, m);
        if (claim) doc.claims.push(claim);
      }
    }
  },
};

function readClaim(doc: Doc, base: number, sentence: string, m: RegExpMatchArray): Claim | null {
  const [whole, digits, word, scale] = m;
  const numStart = base + m.index!;
  let start = numStart;
  let end = numStart + whole.length;
  if (insideTimex(doc, start, end) || looksLikeDateOrTime(doc.text, start, end, digits)) return null;
  const before = sentence.slice(0, m.index);
  const after = doc.text.slice(end, Math.min(doc.text.length, end + 40));
  // "no one was hurt", "one another"
  if (/^one$/i.test(whole) && (/\b(no|any|every|some)\s*$/i.test(before) || /^\s+another\b/i.test(after)))
    return null;
  const claim: Claim = { start, end, value: numberValue(digits, word, scale) };
  const sign = before.at(-1);
  if (sign && CURRENCY_SIGNS[sign]) {
    const prefix = sign === '$' ? before.match(DOLLAR_PREFIX) : null;
    claim.unit = prefix ? DOLLAR_PREFIXES[prefix[1].toLowerCase()] : CURRENCY_SIGNS[sign];
    start -= prefix ? prefix[0].length : 1;
  }
  for (const [re, approx] of APPROX) {
    const a = before.slice(0, before.length - (numStart - start)).match(re);
    if (a) {
      claim.approx = approx;
      start = base + a.index!;
      break;
    }
  }
  if (!claim.approx && /^\s+or more\b/i.test(after)) claim.approx = 'at-least'; // "killing 107 or more"
  for (const [re, unit] of UNITS) {
    const u = after.match(re);
    if (u) {
      claim.unit = unit;
      end += u[0].length;
      break;
    }
  }
  const counted = countedNoun(doc, end);
  if (counted) {
    claim.counts = counted.text;
    end = counted.end;
  }
  if (!claim.unit) {
    const [first, last] = tokensIn(doc, { start, end });
    const outcome = outcomeOf(doc, first, last, claim.counts);
    if (outcome) claim.outcome = outcome;
  }
  if (!claim.unit && !claim.counts && !claim.outcome) return null; // a bare number says too little
  claim.start = start;
  claim.end = end;
  return claim;
}

/** The noun phrase right after a number ("ships", "tailings spills"), possibly through "of" ("millions of euros"). */
function countedNoun(doc: Doc, from: number): { text: string; end: number } | null {
  let [i] = tokensIn(doc, { start: from, end: from + 1 });
  const toks = doc.tokens;
  if (i < toks.length && doc.text.slice(toks[i].start, toks[i].end).toLowerCase() === 'of') i++;
  let head = -1;
  for (let k = i; k < toks.length && k < i + 4 && NOUNISH.has(toks[k].pos); k++) {
    if (toks[k].pos !== 'ADJ') head = k;
    if (toks[k].pos === 'NOUN' && /s$/i.test(doc.text.slice(toks[k].start, toks[k].end))) break;
  }
  if (head < 0 || toks[i].start - from > 2 || doc.text.slice(from, toks[i].start).includes('\n')) return null;
  return { text: doc.text.slice(toks[i].start, toks[head].end), end: toks[head].end };
}

function insideTimex(doc: Doc, start: number, end: number): boolean {
  return doc.timexes.some((t) => t.start < end && start < t.end);
}

/** Years, days of the month and clock times are dates, not quantities. */
function looksLikeDateOrTime(text: string, start: number, end: number, digits: string | undefined): boolean {
  if (!digits) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/^\d{4}$/.test(digits) && Number(digits) >= 1800 && Number(digits) <= 2100) return true;
  if (
    MONTHS.test(before) ||
    /^\s*(st|nd|rd|th)?\s*(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after)
  )
    return true;
  return /^[:.]\d\d\b|^\s*(a\.?m\.?|p\.?m\.?|GMT|UTC)\b/i.test(after);
}
