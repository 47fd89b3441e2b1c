import type { Doc } from '../../model/doc.js';
import type { Actor } from './actors.js';

/** Lower-cased surface of token i. */
export const word = (doc: Doc, i: number): string =>
  doc.text.slice(doc.tokens[i].start, doc.tokens[i].end).toLowerCase().replace(/’/g, "'");

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'shall', 'should', "'ll", "'d", 'can']);
/** Prepositions that introduce a place or a time, never a target. */
const PLACE_PREPS = new Set([
  'in',
  'near',
  'inside',
  'outside',
  'throughout',
  'within',
  'across',
  'during',
  'since',
]);
const CLAUSE_STOP = new Set([';', '.', ':', '?', '!']);

/** Participles that state the subject's own stance before "to": "Israel is opposed to French mediation". */
const STANCE = /^(oppose|commit|dedicate|devote)$/;

/** True when "be V-ed to" at i is the subject's stance, not a passive: "is opposed to", "is committed to". */
export const isStance = (doc: Doc, i: number): boolean =>
  STANCE.test(doc.tokens[i].lemma.toLowerCase()) && i + 1 < doc.tokens.length && word(doc, i + 1) === 'to';

/** True when the verb at i is a passive participle: "was presented", "were killed", "being pressured". */
export function isPassive(doc: Doc, i: number): boolean {
  const w = word(doc, i);
  if (!/(ed|en|wn|ut|eld|ent|ld|ght)$/.test(w) || isStance(doc, i)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const b = word(doc, k);
    if (BE.has(b)) return true;
    if (!(doc.tokens[k].pos === 'ADV' || doc.tokens[k].pos === 'PART' || b === 'been')) return false;
  }
  return false;
}

/** The auxiliary chain before token i ("has not been", "would not"): negation and modal. */
export function auxChain(
  doc: Doc,
  i: number,
  first: number,
): { negated: boolean; modal: boolean; must: boolean; will: boolean } {
  let negated = false;
  let modal = false;
  let must = false;
  let will = false;
  for (let k = i - 1; k >= Math.max(first, i - 5); k--) {
    const w = word(doc, k);
    const pos = doc.tokens[k].pos;
    // "Theresa May met …": a name is no auxiliary
    if (pos === 'PROPN') break;
    if (NEGATORS.has(w)) negated = true;
    // "legislators should oppose": like "must", a demand on the subject, not its intent
    else if (w === 'must' || w === 'should' || w === 'ought') must = true;
    else if (MODALS.has(w) || w === 'wo') {
      modal = true;
      // "will not lift", "won't attend": a stated refusal, unlike "may not"
      if (/^(will|would|wo|'ll|’ll|shall)$/.test(w)) will = true;
    } else if (!(pos === 'AUX' || pos === 'ADV' || pos === 'PART')) break;
  }
  return { negated, modal, must, will };
}

/** The first token index after i where the clause ends (sentence-final or ';'). */
export function clauseEnd(doc: Doc, i: number, last: number): number {
  for (let k = i + 1; k < last; k++) if (CLAUSE_STOP.has(word(doc, k))) return k;
  return last;
}

/** Token index where the clause holding i starts (after ';' or ':'), at least `first`. */
export function clauseStart(doc: Doc, i: number, first: number): number {
  for (let k = i - 1; k >= first; k--) if (CLAUSE_STOP.has(word(doc, k))) return k + 1;
  return first;
}

const TIME_WORD =
  /^(today|yesterday|tonight|(mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Could this actor be the subject or agent of a following verb? */
export function subjectLike(doc: Doc, a: Actor, last: number): boolean {
  const before = a.tokStart > 0 ? word(doc, a.tokStart - 1) : '';
  if (before === 'by') return true;
  if (/^(to|from|with|against|of|in|on|at|for|into|over|about|than|near|under|between)$/.test(before))
    return false;
  // the actor may head a longer noun phrase: "the Russian building was", "US State department has"
  let nouns = 0;
  for (let k = a.tokEnd; k < Math.min(last, a.tokEnd + 6); k++) {
    const pos = doc.tokens[k].pos;
    const w = word(doc, k);
    // "Albania on Friday denounced", "Russia today said"
    if (TIME_WORD.test(w)) continue;
    if (/^(on|last|this|early|late)$/.test(w) && k + 1 < last && TIME_WORD.test(word(doc, k + 1))) {
      k++;
      continue;
    }
    if (pos === 'AUX' || pos === 'VERB') return true;
    if (w === 'to' && k + 1 < last && doc.tokens[k + 1].pos === 'VERB') return true;
    if ((pos === 'NOUN' || pos === 'PROPN') && nouns++ < 3) continue;
    if (pos !== 'ADV') return false;
  }
  return false;
}

/** Actors joined to `a` by "and" / "," on its left or right: "Brazil and the United States". */
export function conjuncts(doc: Doc, actors: Actor[], a: Actor): Actor[] {
  const group = [a];
  const joins = (from: number, to: number) => {
    const gap: string[] = [];
    for (let k = from; k < to; k++) gap.push(word(doc, k));
    const g = gap.join(' ');
    return g === 'and' || g === ',' || g === ', and' || g === 'and the' || g === ', the' || g === ', and the';
  };
  let idx = actors.indexOf(a);
  for (let k = idx - 1; k >= 0 && joins(actors[k].tokEnd, group[0].tokStart); k--) group.unshift(actors[k]);
  idx = actors.indexOf(a);
  for (let k = idx + 1; k < actors.length && joins(group.at(-1)!.tokEnd, actors[k].tokStart); k++) {
    group.push(actors[k]);
  }
  return group;
}

/** Relations that open a subordinate clause: a relative or participle clause, an adverbial, a report. */
const SUBORDINATE = /^(acl|advcl|ccomp|csubj|parataxis)/;

/**
 * How many subordinate clauses lie between token i and the sentence root (0 = the main clause or its
 * conjuncts and controlled complements): "the coalition fighting rebels has declared a ceasefire" gives
 * "fighting" 1 and "declared" 0. Without a parse, 0.
 */
export function clauseDepth(doc: Doc, i: number): number {
  let depth = 0;
  for (let k = i, step = 0; step < 30; step++) {
    const h = doc.tokens[k].head;
    if (h === undefined || h < 0) return depth;
    if (SUBORDINATE.test(doc.tokens[k].deprel ?? '')) depth++;
    k = h;
  }
  return depth;
}

/** Is the actor introduced by a place/time preposition ("in Syria")? */
export function placeLike(doc: Doc, a: Actor): boolean {
  if (a.tokStart === 0) return false;
  const before = word(doc, a.tokStart - 1);
  if (PLACE_PREPS.has(before)) return true;
  // "talks at Addis Ababa": a city (a gazetteer place, not a country) after "at" is where, not whom
  const geo = a.entity === undefined ? undefined : doc.entities[a.entity]?.geo;
  return before === 'at' && geo?.geonameId !== undefined;
}
