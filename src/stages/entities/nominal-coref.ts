import { type Doc, sentenceAt, tokensIn } from '../../model/doc.js';
import type { Mention } from '../../model/schema.js';
import { lookupCountry } from '../../text/countries.js';
import type { Cluster } from './cluster.js';

/** What a resolution pass needs from corefer: the mentions, their clusters and a way to join one. */
export interface Chains {
  doc: Doc;
  ms: Mention[];
  clusters: Cluster[];
  owner: Int32Array;
  /** head token of each mention, -1 if none */
  heads: number[];
  /** dependency children of each token */
  kids: number[][];
  /** whether each mention is a coordination ("X and Y") */
  groups: boolean[];
  add(c: number, m: number): void;
}

const DEFINITE = /^(the|this|that|these|those)\s/i;
const POSSESSED = /^(its|their|our)\s/i;
// "every team", "other candidates": quantified phrases neither take nor give an antecedent by head noun.
const QUANTIFIED = /^(every|each|any|no|other|another|some|all|many|most|several|few|both)\s/i;
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an']);

/** The lower-cased words of a mention's phrase, without determiners. */
function wordsOf(c: Chains, m: number): Set<string> {
  const mn = c.ms[m];
  const s = c.doc.text.slice(mn.phrase?.start ?? mn.start, mn.phrase?.end ?? mn.end).toLowerCase();
  return new Set(s.split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !DETERMINERS.has(w)));
}

/** Whether every modifier of m ("Afghan" in "the Afghan team") is also in the antecedent a. */
function modifiersFit(c: Chains, m: number, a: number): boolean {
  const mine = c.doc.text.slice(c.ms[m].start, c.ms[m].end).toLowerCase();
  const theirs = wordsOf(c, a);
  return mine
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !DETERMINERS.has(w))
    .every((w) => theirs.has(w) || w === lemmaOf(c, m) || theirs.has(w.replace(/s$/, '')));
}

/** Whether mention m is plural (by its head's tag, or the pronoun). */
export function isPlural(c: Chains, m: number): boolean {
  if (c.groups[m]) return true;
  const h = c.heads[m];
  const t = h >= 0 ? c.doc.tokens[h] : undefined;
  if (t?.xpos) return /^NNP?S$/.test(t.xpos);
  const w = c.doc.text.slice(c.ms[m].start, c.ms[m].end).toLowerCase();
  return /^(they|them|their|theirs|themselves|we|us|our|ours|ourselves)$/.test(w) || /s$/.test(w);
}

const lemmaOf = (c: Chains, m: number): string =>
  c.heads[m] >= 0 ? c.doc.tokens[c.heads[m]].lemma.toLowerCase() : '';

/**
 * Nominal mentions ("the researchers", "the company"), and the `descriptions` corefer left to this pass
 * ("the government" with no country): an apposition joins the mention it renames; a definite nominal joins
 * the latest earlier nominal with the same head noun and number; else a new entity.
 */
export function linkNominals(c: Chains, descriptions: Map<number, unknown> = new Map()): void {
  const { doc, ms, clusters, owner, kids } = c;
  const headOf = new Map<number, number>();
  ms.forEach((m, i) => {
    if (c.heads[i] >= 0 && m.type !== 'TITLE' && !c.groups[i] && !headOf.has(c.heads[i]))
      headOf.set(c.heads[i], i);
  });
  const byLemma = new Map<string, number[]>();
  // names by head lemma ("foundation" → "the Andy Warhol Foundation"), for sameHeadName
  const namesByLemma = new Map<string, number[]>();
  // people by the nouns before their names ("student" → "Texas student Ahmed Mohamed"), for "the student"
  const peopleByNoun = new Map<string, number[]>();
  for (let k = 0; k < ms.length; k++) {
    if (ms[k].kind === 'name' && ms[k].type === 'PERSON' && owner[k] >= 0)
      for (const w of nounsBefore(c, k)) {
        const list = peopleByNoun.get(w);
        if (list) list.push(k);
        else peopleByNoun.set(w, [k]);
      }
    if (ms[k].kind !== 'name' || ms[k].type === 'PERSON' || owner[k] < 0) continue;
    const l = lemmaOf(c, k);
    const list = namesByLemma.get(l);
    if (list) list.push(k);
    else namesByLemma.set(l, [k]);
  }
  for (let m = 0; m < ms.length; m++) {
    const mn = ms[m];
    if ((mn.kind !== 'nominal' && !descriptions.has(m)) || owner[m] >= 0) continue;
    const h = c.heads[m];
    const lemma = lemmaOf(c, m);
    const plural = isPlural(c, m);
    let target = -1;
    if (c.groups[m]) {
      // "the candidates elected: X, Y and Z" — the group renames a plural phrase
      const up = doc.tokens[h].head ?? -1;
      const a = doc.tokens[h].deprel === 'appos' && up >= 0 ? headOf.get(up) : undefined;
      target = a !== undefined && owner[a] >= 0 && isPlural(c, a) ? owner[a] : sameWords(c, m, [], 1e9);
    } else if (h >= 0) {
      // Apposition either way: "Ahmed Mohamed, a student," / "the team's coach, Alireza Mehraban".
      const up = doc.tokens[h].head ?? -1;
      const apposOf = doc.tokens[h].deprel === 'appos' && up >= 0 ? headOf.get(up) : undefined;
      if (apposOf !== undefined && owner[apposOf] >= 0 && isPlural(c, apposOf) === plural)
        target = owner[apposOf];
      for (const k of kids[h]) {
        if (target >= 0) break;
        const n = doc.tokens[k].deprel === 'appos' ? headOf.get(k) : undefined;
        if (n !== undefined && owner[n] >= 0 && ms[n].kind !== 'pronoun' && isPlural(c, n) === plural)
          target = owner[n];
      }
      if (target < 0) target = predicateSubject(c, headOf, m, plural);
    }
    if (target < 0 && !c.groups[m] && DEFINITE.test(doc.text.slice(mn.start, mn.end))) {
      const prev = byLemma.get(lemma) ?? [];
      for (let k = prev.length - 1; k >= 0 && target < 0; k--) {
        const a = prev[k];
        if (QUANTIFIED.test(doc.text.slice(ms[a].start, ms[a].end)) || isPlural(c, a) !== plural) continue;
        if (owner[a] >= 0 && modifiersFit(c, m, a)) target = owner[a];
      }
    }
    // a bare plural ("migrants", "people") is mostly generic: a use far back is not the same group
    const bare = plural && !c.groups[m] && !DEFINITE.test(doc.text.slice(mn.start, mn.end));
    if (target < 0) target = sameWords(c, m, byLemma.get(lemma) ?? [], bare ? BARE_WINDOW : 1e9);
    if (target < 0 && !c.groups[m] && DEFINITE.test(doc.text.slice(mn.start, mn.end)) && !plural)
      target = sameHeadName(c, m, (mn.type === 'PERSON' ? peopleByNoun : namesByLemma).get(lemma) ?? []);
    // "their country", "our nation": a possessive country noun is a country named before too
    const ownCountry = POSSESSED.test(doc.text.slice(mn.start, mn.end)) && COUNTRY_NOUNS.test(lemma);
    if (
      target < 0 &&
      !c.groups[m] &&
      (DEFINITE.test(doc.text.slice(mn.start, mn.end)) || ownCountry) &&
      !plural &&
      mn.kind === 'nominal'
    )
      target = namedAntecedent(c, m, lemma);
    if (target < 0) {
      const name = doc.text.slice(mn.start, mn.end).replace(/^the\s+/i, '');
      target = clusters.push({ type: mn.type, mentions: [], keys: new Set(), names: [name], roles: [] }) - 1;
    }
    c.add(target, m);
    const same = byLemma.get(lemma);
    if (same) same.push(m);
    else byLemma.set(lemma, [m]);
  }
}

/** The subject a predicate nominal renames: "Paris was a teenager", "he is the director" (not "is not"). */
function predicateSubject(c: Chains, headOf: Map<number, number>, m: number, plural: boolean): number {
  const toks = c.doc.tokens;
  const kid = c.kids[c.heads[m]];
  if (!kid.some((k) => toks[k].deprel === 'cop')) return -1;
  if (kid.some((k) => /^(not|never|n't|no)$/i.test(c.doc.text.slice(toks[k].start, toks[k].end)))) return -1;
  for (const k of kid) {
    if (!/^nsubj/.test(toks[k].deprel ?? '')) continue;
    const n = headOf.get(k);
    if (n !== undefined && c.owner[n] >= 0 && isPlural(c, n) === plural) return c.owner[n];
  }
  return -1;
}

/** The latest earlier nominal with the very same words ("Dock workers" in the headline and the lead). */
function sameWords(c: Chains, m: number, prev: number[], window: number): number {
  const words = (k: number) =>
    c.doc.text
      .slice(c.ms[k].start, c.ms[k].end)
      .toLowerCase()
      .replace(/^the\s+/, '');
  const own = words(m);
  const here = sentenceAt(c.doc, c.ms[m].start);
  for (let k = prev.length - 1; k >= 0; k--) {
    if (here - sentenceAt(c.doc, c.ms[prev[k]].start) > window) break;
    if (c.owner[prev[k]] >= 0 && words(prev[k]) === own) return c.owner[prev[k]];
  }
  return -1;
}

/** The lemmas of the common nouns in a name's phrase before the name ("student" in "Texas student Ahmed Mohamed"). */
function nounsBefore(c: Chains, k: number): string[] {
  const { doc } = c;
  const from = c.ms[k].phrase?.start ?? c.ms[k].start;
  if (from >= c.ms[k].start) return [];
  const [f, l] = tokensIn(doc, { start: from, end: c.ms[k].start });
  const out: string[] = [];
  for (let i = f; i < l; i++) if (doc.tokens[i].pos === 'NOUN') out.push(doc.tokens[i].lemma.toLowerCase());
  return out;
}

/**
 * The latest earlier name (`names`: those with the same head noun) whose words hold the nominal's modifiers: "the
 * foundation" → "the Andy Warhol Foundation", "the Supreme Court" → "the Italian Supreme Court of Cassation".
 */
function sameHeadName(c: Chains, m: number, names: number[]): number {
  for (let i = names.length - 1; i >= 0; i--) {
    const k = names[i];
    if (k < m && modifiersFit(c, m, k)) return c.owner[k];
  }
  return -1;
}

const BARE_WINDOW = 3; // sentences back a bare plural ("migrants") may find the same words
const COUNTRY_NOUNS = /^(country|nation|state|kingdom|republic)$/;
const NAME_WINDOW = 3; // sentences back "the company" may look for its name
// countries stay in the story longer than companies and towns: "the country" may reach further back
const COUNTRY_WINDOW = 8;

/**
 * "the country" → the latest country named, "the company" → the latest organisation named, "the city" →
 * the latest other place, within a few sentences.
 */
function namedAntecedent(c: Chains, m: number, lemma: string): number {
  const { doc, ms, owner } = c;
  const type = ms[m].type;
  if (type !== 'ORG' && type !== 'GPE') return -1;
  const here = sentenceAt(doc, ms[m].start);
  for (let k = m - 1; k >= 0; k--) {
    const a = ms[k];
    if (here - sentenceAt(doc, a.start) > (COUNTRY_NOUNS.test(lemma) ? COUNTRY_WINDOW : NAME_WINDOW)) break;
    if (a.kind !== 'name' || owner[k] < 0 || a.type !== type) continue;
    // "the six-member Kenyan team" is no "Sons of the Pioneer Valley": modifiers must fit
    if (type === 'ORG' && !modifiersFit(c, m, k)) continue;
    if (type === 'GPE') {
      const country = lookupCountry(doc.text.slice(a.start, a.end).replace(/['’]s?$/, ''))?.kind === 'name';
      if (country !== COUNTRY_NOUNS.test(lemma)) continue;
    }
    return owner[k];
  }
  return -1;
}
