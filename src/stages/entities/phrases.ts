import { type Doc, tokensIn } from '../../model/doc.js';
import { nounType } from './nouns.js';

// Dependents of a noun that belong to the clause, not to its noun phrase ("to" in "to the city", "is" in
// "X is the city"), and appositions and conjuncts, which are mentions of their own.
const OUTSIDE =
  /^(case|cop|nsubj|csubj|aux|mark|advcl|punct|parataxis|discourse|obj|iobj|obl|ccomp|xcomp|expl|dislocated|vocative|reparandum|appos|conj|cc|dep|orphan|goeswith|list)(:|$)/;

const EDGE = /^(PUNCT|ADP|ADV|CCONJ|SCONJ|AUX|PART)$/;

// The entities stage asks for the children several times; tokens do not change while it runs.
const childCache = new WeakMap<object, number[][]>();

/** Dependency children of every token (empty lists when the document has no parse). */
export function childrenOf(doc: Doc): number[][] {
  const cached = childCache.get(doc.tokens);
  if (cached && cached.length === doc.tokens.length) return cached;
  const kids: number[][] = doc.tokens.map(() => []);
  doc.tokens.forEach((t, i) => {
    if (t.head !== undefined && t.head >= 0) kids[t.head].push(i);
  });
  childCache.set(doc.tokens, kids);
  return kids;
}

/** Whether the document carries a dependency parse. */
export const hasParse = (doc: Doc): boolean => doc.tokens.some((t) => t.head !== undefined);

/**
 * Token range [first, last) of the noun phrase headed by token h: its subtree without clause-level
 * dependents, appositions and conjuncts, trimmed of punctuation at the edges.
 */
export function phraseTokens(doc: Doc, kids: number[][], h: number): [number, number] {
  let lo: number = h;
  let hi = h;
  const walk = (t: number) => {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
    for (const k of kids[t]) if (!isDateModifier(doc, k)) walk(k);
  };
  const root = doc.tokens[h].deprel === 'root';
  for (const k of kids[h]) {
    const rel = doc.tokens[k].deprel ?? '';
    if (
      !OUTSIDE.test(rel) &&
      !misreadVerb(doc, kids, k, root) &&
      !isDateModifier(doc, k) &&
      !commaAside(doc, kids, h, k) &&
      !nameLocative(doc, kids, h, k) &&
      !infinitive(doc, kids, k) &&
      !misplacedWho(doc, kids, h, k)
    )
      walk(k);
  }
  [lo, hi] = clipLine(doc, lo, hi, h);
  // a misattached "to", "respectively" or comma at the edge is not part of the phrase; "over", "at least"
  // before a number are ("over 900 asylum seekers")
  while (lo < h && EDGE.test(doc.tokens[lo].pos) && !leadsNumber(doc, lo)) lo++;
  while (hi > h && EDGE.test(doc.tokens[hi].pos)) hi--;
  const cut = closeBrackets(doc, lo, hi, h);
  if (cut < hi) {
    hi = cut;
    while (hi > h && EDGE.test(doc.tokens[hi].pos)) hi--;
  } else hi = cut;
  return [lo, hi + 1];
}

// After a comma, an aside rather than part of the name: "Dennis Hopper, famous for …", "members of X,
// including …", "Bogliasco, next to Genova" (relative clauses stay: "the team, which consists of girls")
const ASIDE = /^(amod|acl|advmod)$/;
const EXAMPLE = /^(including|such|like|especially|notably|particularly|next|excluding)$/i;

/** Whether dependent k of h is an aside set off by a comma after the head. */
function commaAside(doc: Doc, kids: number[][], h: number, k: number): boolean {
  if (k < h) return false;
  let first = k;
  for (const j of kids[k]) if (j < first) first = j;
  const comma = (i: number) => i >= 0 && doc.text.slice(doc.tokens[i].start, doc.tokens[i].end) === ',';
  if (comma(first)) first++;
  else if (!comma(first - 1)) return false;
  const rel = doc.tokens[k].deprel ?? '';
  if (ASIDE.test(rel)) return true;
  const t = doc.tokens[first];
  return /^nmod/.test(rel) && EXAMPLE.test(doc.text.slice(t.start, t.end));
}

/**
 * Whether dependent k of a noun is the clause's verb the parse hung on the noun: a participle on a noun at
 * the root ("Thousands of students marched in the capital"), a past tense ("3 million farmers voted"), a
 * relative clause whose subject is an acronym in brackets ("The Pan-Pacific Water Agency (PPWA) recommends").
 */
function misreadVerb(doc: Doc, kids: number[][], k: number, root: boolean): boolean {
  const rel = doc.tokens[k].deprel;
  if (rel === 'acl') return root || doc.tokens[k].xpos === 'VBD';
  if (rel !== 'acl:relcl') return false;
  const word = (i: number) => (i >= 0 ? doc.text.slice(doc.tokens[i].start, doc.tokens[i].end) : '');
  return kids[k].some(
    (j) => /^nsubj/.test(doc.tokens[j].deprel ?? '') && word(j - 1) === '(' && word(j + 1) === ')',
  );
}

const WHERE = /^(in|at|on|during|to)$/i;

/** "migrants at sea who are in need of rescue": a "who" clause hung on a place belongs to the people before it. */
function misplacedWho(doc: Doc, kids: number[][], h: number, k: number): boolean {
  if (doc.tokens[k].deprel !== 'acl:relcl') return false;
  const type = nounType(doc.tokens[h].lemma);
  if (type !== 'LOC' && type !== 'FAC') return false;
  return kids[k].some(
    (j) => j < k && /^(who|whom)$/i.test(doc.text.slice(doc.tokens[j].start, doc.tokens[j].end)),
  );
}

/** "users to move away from the browser": an infinitive hung on a noun is mostly the verb's complement. */
function infinitive(doc: Doc, kids: number[][], k: number): boolean {
  if (doc.tokens[k].deprel !== 'acl') return false;
  return kids[k].some(
    (j) =>
      doc.tokens[j].deprel === 'mark' && /^to$/i.test(doc.text.slice(doc.tokens[j].start, doc.tokens[j].end)),
  );
}

/**
 * "Flag Land Base in Clearwater", "DPRK in the central sector", "from Obama to Zuckerberg": a place, time
 * or range end after a name is the clause's (the parser hangs it on the name; GUM does not). Not after
 * common nouns ("children in Australia").
 */
function nameLocative(doc: Doc, kids: number[][], h: number, k: number): boolean {
  if (k < h || doc.tokens[h].pos !== 'PROPN' || !/^nmod$/.test(doc.tokens[k].deprel ?? '')) return false;
  return kids[k].some((j) => {
    const t = doc.tokens[j];
    return t.deprel === 'case' && WHERE.test(doc.text.slice(t.start, t.end));
  });
}

const DATE_WORD =
  /^(\d{4}s?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)$/i;

/** A time hung on a noun ("Daniel Montalvo in September 2010", "pilgrims … in 2008"): the clause's, not the phrase's. */
function isDateModifier(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return /^nmod/.test(t.deprel ?? '') && DATE_WORD.test(doc.text.slice(t.start, t.end));
}

/**
 * Tokens [lo, hi] (inclusive) cut to the line of h and to its side of a semicolon: a headline or section
 * title run into the next sentence, a list of people run together ("…; musician Nick Rhodes; …").
 */
function clipLine(doc: Doc, lo: number, hi: number, h: number): [number, number] {
  const semi = (i: number) => doc.text.slice(doc.tokens[i].start, doc.tokens[i].end) === ';';
  for (let i = h; i > lo; i--) {
    if (lineBreakBefore(doc, i) || semi(i - 1)) {
      lo = i;
      break;
    }
  }
  for (let i = h; i < hi; i++) {
    if (lineBreakBefore(doc, i + 1) || semi(i + 1)) {
      hi = i;
      break;
    }
  }
  return [lo, hi];
}

/**
 * The new last token of a phrase ending at hi: an unclosed bracket is closed when ")" comes next, else
 * cut ("Jared Padalecki (born July 19, 1982"); a trailing ", 42" or ", 2012" (an age, a citation year) goes.
 */
function closeBrackets(doc: Doc, lo: number, hi: number, h: number): number {
  const toks = doc.tokens;
  const word = (i: number) => doc.text.slice(toks[i].start, toks[i].end);
  let open = -1;
  let depth = 0;
  for (let i = lo; i <= hi; i++) {
    const w = word(i);
    if (w === '(') {
      if (depth++ === 0) open = i;
    } else if (w === ')' && depth > 0) depth--;
  }
  if (depth === 1 && toks[hi + 1] && word(hi + 1) === ')' && !lineBreakBefore(doc, hi + 1)) return hi + 1;
  if (depth > 0 && open > h) return open - 1;
  if (hi - 1 > h && toks[hi].pos === 'NUM' && word(hi - 1) === ',') return hi - 2;
  return hi;
}

const lineBreakBefore = (doc: Doc, i: number): boolean =>
  doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start).includes('\n');

const APPROX =
  /^(over|about|around|nearly|almost|some|roughly|approximately|least|most|more|less|fewer|up|just|only|under|barely|exactly|well|close)$/i;

/**
 * Whether token t modifies a number: within two steps up the tree ("over" → "900", "at" → "least" →
 * "76") or right before it ("Over 900 asylum seekers" when the parse hangs "Over" on the noun).
 */
function leadsNumber(doc: Doc, t: number): boolean {
  const toks = doc.tokens;
  if (toks[t].pos === 'PUNCT') return false;
  // "currently 140 colleges": a time or manner adverb before a number is the clause's
  if (toks[t].pos === 'ADV' && !APPROX.test(doc.text.slice(toks[t].start, toks[t].end))) return false;
  if (toks[t + 1]?.pos === 'NUM' || (toks[t + 2]?.pos === 'NUM' && /^(ADJ|ADV)$/.test(toks[t + 1].pos)))
    return true;
  let x = toks[t].head ?? -1;
  for (let step = 0; step < 2 && x > t; step++) {
    if (toks[x].pos === 'NUM') return true;
    x = toks[x].head ?? -1;
  }
  return false;
}

/** The syntactic head of tokens [first, last): the first whose head lies outside the range. */
export function headIn(doc: Doc, first: number, last: number): number {
  for (let i = first; i < last; i++) {
    const h = doc.tokens[i].head;
    if (h === undefined || h < first || h >= last) return i;
  }
  return first;
}

/** The head token of each mention (-1 when it covers no token). */
export function mentionHeads(doc: Doc): number[] {
  return doc.mentions.map((m) => {
    const [f, l] = tokensIn(doc, m);
    return l > f ? headIn(doc, f, l) : -1;
  });
}
