import type { Doc } from '../../model/doc.js';
import type { Actor } from './actors.js';
import type { Tree } from './args.js';
import { word } from './clause.js';

/** Harms a warning "of/about/against" can name as the source's own threat: "warned of military action". */
const HARM =
  /^(action|attack|attacks|retaliation|reprisal|reprisals|war|force|consequence|consequences|sanction|sanctions|measure|measures|response|strike|strikes|invasion|escalation)$/;
const FUTURE = /^(will|would|shall|'ll|'d|wo)$/;
const CONDITION = /^(if|unless)$/;
/** Pronouns a speaker uses for itself in a warning: "the army warned it would retaliate". */
const SELF = /^(we|i|they|he|she|it)$/;

/**
 * Is the warning at i a threat (CAMEO 13: a coercive warning of harm by its source)? Only when it names a
 * future or conditional act of the source ("warned it would retaliate", "warned of military action if …") or
 * warns someone off an act ("warned Hamas not to fire"); a warning that reports a fact ("warned the stoppage
 * was costing them millions") is a pessimistic comment (CAMEO 012), which PLOVER does not code.
 */
export function warningThreatens(doc: Doc, tree: Tree, i: number, source: Actor[], actors: Actor[]): boolean {
  if (doc.tokens[i].head === undefined) return warningThreatensByWords(doc, i, source, actors);
  // "warned of military action", "warned Ukraine of military action" (the parser may hang it on the object)
  const objects = tree.children(i, /^(obj|iobj)$/);
  const harms = [...tree.children(i, /^obl/), ...objects.flatMap((o) => tree.children(o, /^nmod/))];
  for (const k of harms) {
    if (!/^(of|about|against)$/.test(tree.caseOf(k))) continue;
    if (HARM.test(doc.tokens[k].lemma.toLowerCase()) || HARM.test(word(doc, k))) return true;
  }
  for (const k of tree.children(i)) {
    const rel = doc.tokens[k].deprel ?? '';
    // a warning noun's content clause is its acl: "issued a warning that it would not tolerate …"
    if (!/^(ccomp|xcomp|advcl|acl$)/.test(rel)) continue;
    const marks = tree.children(k, /^mark$/).map((m) => word(doc, m));
    // "warned Hamas not to fire", "warned Iran to stop": warning someone off an act
    if (marks.includes('to') || rel.startsWith('xcomp')) return true;
    const future = tree.children(k, /^aux/).some((a) => FUTURE.test(word(doc, a)));
    const conditional = tree
      .children(k, /^advcl/)
      .some((c) => tree.children(c, /^mark$/).some((m) => CONDITION.test(word(doc, m))));
    if (!future && !conditional) continue;
    const subj = tree.children(k, /^nsubj/)[0];
    if (subj === undefined || bySource(doc, subj, source, actors, i)) return true;
  }
  return false;
}

/**
 * Same side: the same country or organisation code, or state forces with no country of their own in a
 * state's warning ("Cairo's security chief warned that police will …" → EGYGOV, ---COP).
 */
const sameSide = (src: string, subj: string) =>
  src.slice(0, 3) === '---'
    ? false
    : src.slice(0, 3) === subj.slice(0, 3) ||
      (/^---(COP|MIL|GOV|SPY)$/.test(subj) && !/^(IGO|NGO|IMG)/.test(src));

/**
 * The subject at k is the warning's source or its own side (same country code), or a pronoun right after
 * "warned (that)".
 */
function bySource(doc: Doc, k: number, source: Actor[], actors: Actor[], i: number): boolean {
  const a = actors.find((x) => k >= x.tokStart && k < x.tokEnd);
  if (a?.code && source.some((s) => s.code && sameSide(s.code, a.code!))) return true;
  const w = word(doc, k);
  return SELF.test(w) && (k === i + 1 || (k === i + 2 && word(doc, i + 1) === 'that'));
}

/** Without a parse: "warned (that) it/we will …", "warned X (not) to …", "warned of/against <harm>". */
function warningThreatensByWords(doc: Doc, i: number, source: Actor[], actors: Actor[]): boolean {
  const n = doc.tokens.length;
  let k = i + 1;
  if (k < n && /^(of|about|against)$/.test(word(doc, k))) {
    for (let j = k + 1; j < Math.min(n, k + 4); j++) if (HARM.test(word(doc, j))) return true;
    return false;
  }
  if (k < n && word(doc, k) === 'that') k++;
  const actor = actors.find((a) => a.tokStart === k);
  const after = actor ? actor.tokEnd : k < n && SELF.test(word(doc, k)) ? k + 1 : -1;
  if (after < 0 || after >= n) return false;
  if (/^(to|not)$/.test(word(doc, after))) return true;
  const self = actor ? source.some((s) => s.code && actor.code && sameSide(s.code, actor.code)) : true;
  return self && FUTURE.test(word(doc, after));
}
