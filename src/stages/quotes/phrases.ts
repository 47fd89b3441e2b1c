import type { Token } from '../../model/schema.js';

/** Token helpers for finding speaker noun phrases without a parse. */
export interface Toks {
  text: string;
  toks: Token[];
}

export const word = (t: Toks, i: number): string => t.text.slice(t.toks[i].start, t.toks[i].end);
const lower = (t: Toks, i: number) => word(t, i).toLowerCase();

const HEAD = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const INNER = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const POSSESSIVE = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const TIME_HEAD =
  /^(day|week|month|year|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)s?$/i;
const RELATIVE = new Set(['who', 'which', 'that']);

/** A capitalised word inside a sentence that the tagger took for something else ("Lynch said"). */
const nameLike = (t: Toks, i: number, lo: number) => i > lo && /^\p{Lu}\p{Ll}/u.test(word(t, i));

/** Is token i part of a noun phrase's inside (possessive marks, hyphens and "of" between names too)? */
function inner(t: Toks, i: number, lo: number, hi: number): boolean {
  const tok = t.toks[i];
  if (INNER.has(tok.pos)) return !(tok.pos === 'DET' && /^(that|this|these|those)$/i.test(word(t, i)));
  const w = lower(t, i);
  if (POSSESSIVE.has(w)) return true;
  if (w === "'s" || w === '\u2019s' || w === "'" || w === '\u2019' || w === '-' || w === '.') {
    return i > lo && i + 1 < hi && INNER.has(t.toks[i - 1].pos) && t.toks[i - 1].end === tok.start;
  }
  if (w === 'of' || w === '&') {
    return i > lo && i + 1 < hi && t.toks[i - 1].pos === 'PROPN' && t.toks[i + 1].pos === 'PROPN';
  }
  return false;
}

/** The nearest name or pronoun to token k in [lo, hi) outside quotations (a fallback speaker). */
export function nearestName(t: Toks, k: number, lo: number, hi: number, quoted: (i: number) => boolean) {
  for (let d = 1; d < 12; d++) {
    for (const i of [k + d, k - d]) {
      if (i < lo || i >= hi || quoted(i)) continue;
      const tok = t.toks[i];
      if (tok.pos === 'PROPN') {
        let a = i;
        let b = i;
        while (a - 1 >= lo && t.toks[a - 1].pos === 'PROPN' && !quoted(a - 1)) a--;
        while (b + 1 < hi && t.toks[b + 1].pos === 'PROPN' && !quoted(b + 1)) b++;
        return [a, b] as [number, number];
      }
      if (tok.pos === 'PRON' && PERSONAL.has(lower(t, i)) && lower(t, i) !== 'it')
        return [i, i] as [number, number];
    }
  }
  return null;
}

/** The noun phrase ending at token `last` (no earlier than `lo`), as [first, last], or null. */
export function npEndingAt(t: Toks, last: number, lo: number): [number, number] | null {
  if (last < lo || !(HEAD.has(t.toks[last].pos) || nameLike(t, last, lo))) return null;
  if (TIME_HEAD.test(word(t, last))) return null; // "said last month": a time, not a speaker
  if (t.toks[last].pos === 'PRON') return PERSONAL.has(lower(t, last)) ? [last, last] : null;
  let first = last;
  while (first - 1 >= lo && inner(t, first - 1, lo, last + 1)) first--;
  return [first, last];
}

/** The noun phrase starting at token `first` (before `hi`), as [first, last], or null. */
export function npStartingAt(t: Toks, first: number, hi: number): [number, number] | null {
  if (first >= hi) return null;
  if (t.toks[first].pos === 'PRON') return PERSONAL.has(lower(t, first)) ? [first, first] : null;
  let last = first - 1;
  while (last + 1 < hi && inner(t, last + 1, first, hi)) last++;
  while (last >= first && !HEAD.has(t.toks[last].pos)) last--;
  return last >= first ? [first, last] : null;
}

const NOT_SUBJECT = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'PUNCT', 'SCONJ', 'CCONJ', 'PART', 'INTJ', 'SYM']);
const SKIP_LEFT = new Set(['ADV', 'AUX', 'PART']);

/**
 * The subject left of a cue verb at `k`: skips adverbs and auxiliaries ("He also warned", "has said"),
 * then an appositive or relative clause between commas ("Devine, Sanders' adviser, said").
 */
export function subjectBefore(t: Toks, k: number, lo: number): [number, number] | null {
  let j = k - 1;
  while (j >= lo && SKIP_LEFT.has(t.toks[j].pos) && lower(t, j) !== "'s") {
    if (lower(t, j) === 'to') return null; // an infinitive ("to say") has no subject of its own
    j--;
  }
  if (j < lo) return null;
  if (word(t, j) === ')') {
    // "Rep. G.K. Butterfield (D-N.C.) said": step over the parenthesis
    let o = j - 1;
    while (o > lo && word(t, o) !== '(') o--;
    if (o > lo) j = o - 1;
  }
  if (word(t, j) === ',') {
    // "Name, the adviser, said" / "Name, who …, said": the subject is before the previous comma
    let c = j - 1;
    while (c > lo && c > j - 25 && word(t, c) !== ',') c--;
    if (c > lo && word(t, c) === ',') {
      let e = c - 1;
      if (word(t, e) === ')') {
        while (e > lo && word(t, e) !== '(') e--;
        e--;
      }
      const np = npEndingAt(t, e, lo);
      if (np && !(np[0] - 1 >= lo && t.toks[np[0] - 1].pos === 'ADP')) return np;
      // "Officials at Homeland Security Investigations, a division of …, said"
      const full = np ? modifiedFromStart(t, np, lo) : null;
      if (full && full[0] === lo) return full; // not an apposition's own modifier ("a director of the Party")
    }
    // "A lawyer for the outlets, David Schulz, said": the name between the commas
    const inner = npEndingAt(t, j - 1, lo);
    if (inner && t.toks[inner[1]].pos === 'PROPN' && inner[0] - 1 >= lo && word(t, inner[0] - 1) === ',')
      return inner;
    // "Hogan Gidley, a former director of …, whose roots are …, said": the name opening the sentence
    const opening = npStartingAt(t, lo, j);
    return opening && t.toks[opening[1]].pos === 'PROPN' && word(t, opening[1] + 1) === ',' ? opening : null;
  }
  if (RELATIVE.has(lower(t, j)) && j - 1 >= lo && word(t, j - 1) === ',') return npEndingAt(t, j - 2, lo);
  const np = npEndingAt(t, j, lo);
  // the object of a preposition is no subject ("for our society have found"), unless the phrase it ends
  // opens the clause ("A person familiar with the planning for Thursday's meeting says")
  if (np && np[0] - 1 >= lo && t.toks[np[0] - 1].pos === 'ADP') return modifiedFromStart(t, np, lo);
  return np;
}

const QUANTIFIER = /^(about|nearly|almost|roughly|only|just|some|around|over|fewer|more)$/i;
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PRON', 'PART', 'CCONJ']);

/** The noun phrase and its prepositional modifiers back to the clause start (a comma or `lo`), or null. */
function modifiedFromStart(t: Toks, np: [number, number], lo: number): [number, number] | null {
  let a = np[0] - 1;
  while (a - 1 >= lo && word(t, a - 1) !== ',' && MODIFIER.has(t.toks[a - 1].pos)) a--;
  // "about half of Democratic primary voters said": a quantifying adverb opens the phrase
  if (a - 1 >= lo && QUANTIFIER.test(word(t, a - 1)) && (a - 2 < lo || word(t, a - 2) === ',')) a--;
  if (a - 1 >= lo && word(t, a - 1) !== ',') return null;
  const first = t.toks[a];
  if (
    (first.pos === 'ADP' && !QUANTIFIER.test(word(t, a))) ||
    first.pos === 'CCONJ' ||
    (first.pos === 'PRON' && !POSSESSIVE.has(lower(t, a)))
  )
    return null;
  return [a, np[1]];
}

/** The token span [first, last] of the subtree under token `root`, within [lo, hi) (tokens carry UD heads). */
export function subtree(t: Toks, root: number, lo: number, hi: number): [number, number] {
  let first = root;
  let last = root;
  for (let i = lo; i < hi; i++) {
    let h = i;
    for (let steps = 0; steps < 64 && h !== root && h >= 0; steps++) h = t.toks[h].head ?? -1;
    if (h === root) {
      first = Math.min(first, i);
      last = Math.max(last, i);
    }
  }
  return [first, last];
}

/** With a dependency parse: the subtree of the cue's child with relation `rel` (e.g. nsubj, ccomp), or null. */
export function parseChild(t: Toks, k: number, lo: number, hi: number, rel: RegExp): [number, number] | null {
  if (t.toks[k].deprel === undefined) return null;
  for (let i = lo; i < hi; i++) {
    if (i !== k && t.toks[i].head === k && rel.test(t.toks[i].deprel ?? '')) return subtree(t, i, lo, hi);
  }
  return null;
}

/**
 * With a parse: the cue's subject outside quotation marks, nearest the cue, as [first, last] and whether it
 * follows the cue. A quotation the parser took for the subject ("“My hope,” he said") is skipped.
 */
export function parseSubject(
  t: Toks,
  k: number,
  lo: number,
  hi: number,
  quoted: (i: number) => boolean,
): { span: [number, number]; after: boolean } | null {
  if (t.toks[k].deprel === undefined) return null;
  let best = -1;
  for (let i = lo; i < hi; i++) {
    if (i === k || quoted(i) || t.toks[i].head !== k || !/^nsubj(?!:pass)/.test(t.toks[i].deprel ?? ''))
      continue;
    if (NOT_SUBJECT.has(t.toks[i].pos) || TIME_HEAD.test(word(t, i))) continue; // "said Friday" is no subject
    if (best < 0 || Math.abs(i - k) < Math.abs(best - k)) best = i;
  }
  if (best < 0) return null;
  const h = t.toks[k].head ?? -1;
  if (RELATIVE.has(lower(t, best)) && best < k) {
    // "Mr. Trump, who said": the antecedent through the pronoun (annotators mark either)
    const np = best - 2 >= lo && word(t, best - 1) === ',' ? npEndingAt(t, best - 2, lo) : null;
    if (np) return { span: [np[0], best], after: false };
    if (h >= lo && h < best && HEAD.has(t.toks[h].pos))
      return { span: [npEndingAt(t, h, lo)?.[0] ?? h, best], after: false };
  }
  let [first, last] = subtree(t, best, lo, hi);
  // keep the unquoted run around the head, on its side of the cue
  for (let i = best; i >= first; i--) if (quoted(i) || (best > k && i <= k)) first = i + 1;
  for (let i = best; i <= last; i++) if (quoted(i) || (best < k && i >= k)) last = i - 1;
  while (last > first && /^[,;:\u2014\u2013\u2015-]$/.test(word(t, last))) last--;
  while (first < last && /^[,;:\u2014\u2013\u2015-]$/.test(word(t, first))) first++;
  return { span: [first, last], after: best > k };
}

const OBJECT_RELS = /^(obj|iobj|xcomp|ccomp)/;
const OBJECT_MARKS = /^(as|for|of|about|to)$/i;

/**
 * With a parse: what an object cue takes, from its object to its complement ("called Clinton a “champion”",
 * "blasted the media for being “dishonest”"), leaving out time and place phrases and coordinated verbs.
 */
export function parseObject(t: Toks, k: number, lo: number, hi: number): [number, number] | null {
  if (t.toks[k].deprel === undefined) return null;
  let first = -1;
  let last = -1;
  for (let i = k + 1; i < hi; i++) {
    if (t.toks[i].head !== k) continue;
    const rel = t.toks[i].deprel ?? '';
    let take = OBJECT_RELS.test(rel);
    if (!take && /^(obl|advcl)$/.test(rel)) {
      // a complement marked "as"/"for": its first word, before the head
      for (let j = i - 1; j > k && !take; j--) if (t.toks[j].head === i) take = OBJECT_MARKS.test(word(t, j));
    }
    if (!take) continue;
    const [a, b] = subtree(t, i, lo, hi);
    if (first < 0) first = a;
    last = Math.max(last, b);
  }
  return first > k ? [first, last] : null;
}
