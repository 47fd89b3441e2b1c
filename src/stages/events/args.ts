import type { Doc } from '../../model/doc.js';
import type { Actor } from './actors.js';
import { isStance, placeLike, word } from './clause.js';

/** Verbs whose object is the subject of the act they introduce: "urged Iran to release". */
const OBJECT_CONTROL =
  /^(urge|ask|call|persuade|force|press|order|tell|encourage|invite|allow|help|pressure|pressurize|request|compel|instruct|authorize|authorise|warn|advise|push)$/;
/** Relations through which a verb without its own subject shares its head's subject. */
const SHARES_SUBJECT = new Set(['xcomp', 'conj', 'advcl', 'parataxis']);
/** Prepositions whose object can be the target of an act: "attack on", "sanctions against", "mediate between". */
const TARGET_CASE = /^(against|on|upon|to|with|at|for|from|over|into|toward|towards|onto|between)$/;
/** Relations inside a noun phrase that can carry the actor it is about: "the UN decision", "Iran's invitation". */
const INNER = new Set(['nmod:poss', 'compound', 'amod', 'nmod', 'flat', 'appos']);
const RELATIVE = /^(who|which|that|whom)$/;
const PERSONAL = /^(he|she|they|it|we)$/;
const POSSESSIVE = /^(its|their|his|her|our)$/;
/** Verbs that move forces: their object is the mover's own forces, not a target. */
const MOVES = /^(deploy|mobilize|mobilise|send|dispatch|move|withdraw|pull|station|mass|redeploy)$/;
/** Verbs whose object is said to have done the act after "of"/"for". */
export const ACCUSING =
  /^(accuse|charge|blame|suspect|condemn|criticize|criticise|denounce|arrest|jail|detain|convict|sentence|punish|fine|indict|prosecute|try)$/;

/** Dependents of each token of a sentence, from `head`. */
export class Tree {
  private kids = new Map<number, number[]>();
  constructor(
    readonly doc: Doc,
    first: number,
    last: number,
  ) {
    for (let k = first; k < last; k++) {
      const h = doc.tokens[k].head;
      if (h === undefined || h < 0) continue;
      const list = this.kids.get(h) ?? [];
      list.push(k);
      this.kids.set(h, list);
    }
  }
  /** Dependents of h, optionally only those with a relation matching rel. */
  children(h: number, rel?: RegExp): number[] {
    const all = this.kids.get(h) ?? [];
    return rel ? all.filter((k) => rel.test(this.doc.tokens[k].deprel ?? '')) : all;
  }
  /** The preposition ("case" dependent) of a nominal, lower-cased, or ''. */
  caseOf(h: number): string {
    const c = this.children(h, /^case$/)[0];
    return c === undefined ? '' : word(this.doc, c);
  }
}

/** Parties of a verb trigger read from UD relations; null when the parse gives no source. */
export function parseArguments(
  doc: Doc,
  tree: Tree,
  i: number,
  actors: Actor[],
  clauseTarget: boolean,
): { source: Actor[]; target: Actor[]; via: 'parse' } | null {
  if (doc.tokens[i].head === undefined) return null;
  const actorOf = (k: number) => actors.find((a) => k >= a.tokStart && k < a.tokEnd);
  /** The actor a nominal stands for: itself, or one inside its phrase ("the decision by the UN"). */
  // the token of the phrase where the actor was found ("ties between Gondor and Osgiliath": Gondor's)
  let foundAt = -1;
  const actorFor = (h: number, depth = 0, of = true): Actor | undefined => {
    const a = actorOf(h);
    if (a) foundAt = h;
    if (a || depth >= 2) return a;
    for (const k of tree.children(h)) {
      const rel = doc.tokens[k].deprel ?? '';
      if (!INNER.has(rel)) continue;
      // "the absence of Iran" does nothing itself; "the decision by the UN", "ties with Gondor" do
      const c = tree.caseOf(k);
      if (rel === 'nmod' && !(c === 'by' || (of && (c === 'of' || TARGET_CASE.test(c) || c === 'between'))))
        continue;
      const inner = actorFor(k, depth + 1, of);
      if (inner) return inner;
    }
    return undefined;
  };
  /** An actor with the actors coordinated with it: "the US and Russia" → both. */
  const withConjuncts = (h: number, of = true): Actor[] => {
    const a = actorFor(h, 0, of);
    if (!a) return [];
    const out = [a];
    // "a resumption of ties between Gondor and Osgiliath", "ties with Iran and Iraq": the conjuncts of the
    // actor found inside the phrase
    const inner = foundAt !== h ? tree.children(foundAt, /^conj$/) : [];
    for (const c of [...tree.children(h, /^conj$/), ...inner]) {
      const b = actorFor(c, 0, of);
      if (b && !out.includes(b)) out.push(b);
    }
    return out;
  };

  const passive = tree.children(i, /^(nsubj:pass|aux:pass)$/).length > 0;
  let source: Actor[] = [];
  let target: Actor[] = [];
  const stanceSubject = isStance(doc, i) ? tree.children(i, /^nsubj:pass$/)[0] : undefined;
  if (stanceSubject !== undefined) {
    source = relativeOrSelf(stanceSubject, false);
    target = objectOf(i);
  } else if (passive || reducedPassive(i)) {
    const agent = tree.children(i, /^(obl:agent|obl)$/).find((k) => tree.caseOf(k) === 'by');
    if (agent !== undefined) source = withConjuncts(agent);
    const subj = tree.children(i, /^nsubj:pass$/)[0];
    if (subj !== undefined) target = relativeOrSelf(subj);
    // "forces backed by Russian warplanes": the noun the participle modifies is the target
    else if (!passive) target = withConjuncts(doc.tokens[i].head!);
  } else {
    source = subjectOf(i, 0);
    target = objectOf(i);
  }
  if (!source.length) return null;
  target = target.filter((t) => !source.includes(t));
  // "Russia withdrew its troops from Syria": the source's own forces moved are no target; the party they
  // leave or go to is
  if (target.length && target.every((t) => ownForces(t, source))) {
    const other = oblTarget(i).filter((t) => !ownForces(t, source) && !source.includes(t));
    if (other.length) target = other;
  }
  return { source, target, via: 'parse' };

  /** "its troops", "their forces": an actor the source owns (a possessive, the source's country code). */
  function ownForces(t: Actor, of: Actor[]): boolean {
    let poss = false;
    for (let k = Math.max(0, t.tokStart - 1); k < t.tokEnd; k++)
      if (POSSESSIVE.test(word(doc, k))) poss = true;
    const country = (a: Actor) => a.code?.slice(0, 3);
    // "deployed troops against the rebels": forces moved without a country of their own are the mover's
    if (MOVES.test(doc.tokens[i].lemma.toLowerCase()) && /^---(MIL|COP)$/.test(t.code ?? '')) return true;
    return poss && !!t.code && of.some((s) => country(s) === country(t));
  }

  /** A past participle modifying an actor, with a "by" agent: "forces backed by Russia" (not "figures released by"). */
  function reducedPassive(v: number): boolean {
    return (
      doc.tokens[v].deprel === 'acl' &&
      withConjuncts(doc.tokens[v].head!).length > 0 &&
      /(ed|en|wn)$/.test(word(doc, v)) &&
      tree.children(v, /^(obl:agent|obl)$/).some((k) => tree.caseOf(k) === 'by')
    );
  }

  /** A relative pronoun stands for the noun its clause modifies: "the rebels who attacked …". */
  function relativeOrSelf(k: number, of = true): Actor[] {
    const own = withConjuncts(k, of);
    if (own.length) return own;
    const v = doc.tokens[k].head!;
    if (!RELATIVE.test(word(doc, k))) return [];
    if (doc.tokens[v].deprel === 'acl:relcl') return withConjuncts(doc.tokens[v].head!, of);
    // the parser sometimes hangs the relative clause on the verb: take the actor just before "which"
    if (doc.tokens[v].deprel === 'advcl:relcl') {
      const a = actors.filter((x) => x.tokEnd <= k && k - x.tokEnd <= 1).at(-1);
      return a ? [a] : [];
    }
    return [];
  }

  /**
   * An object "it"/"them" the entities stage left unresolved: the nearest earlier actor in the sentence that
   * was itself an object ("shielded the regime …, continuing to supply it"), else one in a prepositional phrase.
   */
  function antecedent(k: number): Actor | undefined {
    const before = actors.filter((a) => a.tokEnd <= k && a.kind === 'named').reverse();
    const relOf = (a: Actor) => {
      for (let t = a.tokStart; t < a.tokEnd; t++) {
        const h = doc.tokens[t].head ?? -1;
        if (h < a.tokStart || h >= a.tokEnd) return doc.tokens[t].deprel ?? '';
      }
      return '';
    };
    return (
      before.find((a) => /^(obj|iobj|nsubj:pass)$/.test(relOf(a))) ??
      before.find((a) => /^(obl|nmod)$/.test(relOf(a)) && !placeLike(doc, a))
    );
  }

  function subjectOf(v: number, depth: number): Actor[] {
    const subjects = tree.children(v, /^nsubj$/);
    const subj = subjects[0];
    if (subj !== undefined) {
      const own = relativeOrSelf(subj, false);
      // "Italy, the proud France, and good Germany welcomed": a list the parser split into several subjects
      for (const k of subjects.slice(1))
        for (const a of withConjuncts(k, false)) if (!own.includes(a)) own.push(a);
      if (own.some((a) => a.code) || !PERSONAL.test(word(doc, subj))) return own;
      return speakerFor(v, subj) ?? own;
    }
    if (depth >= 4) return [];
    const tok = doc.tokens[v];
    const h = tok.head;
    // "warned Hamas not to fire": the parser makes some to-infinitives ccomp; they are controlled like xcomp
    const toClause = tok.deprel === 'ccomp' && tree.children(v, /^mark$/).some((k) => word(doc, k) === 'to');
    const rel = toClause ? 'xcomp' : (tok.deprel ?? '');
    if (h === undefined || h < 0) return [];
    // "the rebels attacking the town": a participle modifying its subject
    if (rel === 'acl') return withConjuncts(h);
    if (!SHARES_SUBJECT.has(rel)) return [];
    // "accused Russia of arming …": the one accused is the subject of the act
    if (rel === 'advcl' && ACCUSING.test(doc.tokens[h].lemma.toLowerCase())) {
      const obj = tree.children(h, /^obj$/)[0];
      return obj === undefined ? [] : withConjuncts(obj);
    }
    // "the decision by the UN to withdraw …": the noun's agent does the act it names
    if (/^(xcomp|advcl)$/.test(rel) && tree.children(v, /^mark$/).some((k) => word(doc, k) === 'to')) {
      const obj = tree.children(h, /^obj$/).find((k) => k < v && !actorOf(k));
      const agent = obj === undefined ? undefined : actorFor(obj, 0, false);
      if (agent) return [agent];
    }
    // (the parser makes some of these to-clauses advcl: "called on North Korea to resume talks")
    const controlled =
      rel === 'xcomp' || (rel === 'advcl' && tree.children(v, /^mark$/).some((k) => word(doc, k) === 'to'));
    if (controlled && OBJECT_CONTROL.test(doc.tokens[h].lemma.toLowerCase())) {
      const obj = tree.children(h, /^(obj|iobj)$/)[0];
      if (obj !== undefined) return withConjuncts(obj);
    }
    // "called on Iran to free …": the object of the particle verb's preposition
    if (controlled && doc.tokens[h].lemma.toLowerCase() === 'call') {
      const on = tree.children(h, /^obl/).find((k) => tree.caseOf(k) === 'on');
      if (on !== undefined) return withConjuncts(on);
    }
    // a finite advcl has its own subject; without one it is a participle sharing its head's
    return subjectOf(h, depth + 1);
  }

  /**
   * A subject pronoun the entities stage left uncoded: the subject of the verb of saying that introduces its
   * clause ("Palestinian leaders said they would boycott …"), else the nearest earlier coded subject.
   */
  function speakerFor(v: number, subj: number): Actor[] | undefined {
    const rel = doc.tokens[v].deprel ?? '';
    const h = doc.tokens[v].head;
    if (/^(ccomp|parataxis)/.test(rel) && h !== undefined && h >= 0 && h < v) {
      const s = tree.children(h, /^nsubj$/)[0];
      const said = s === undefined ? [] : relativeOrSelf(s, false).filter((a) => a.code);
      if (said.length) return said;
    }
    const before = actors.filter((a) => a.tokEnd <= subj && a.code && a.kind === 'named').reverse();
    const a = before.find((x) => {
      for (let t = x.tokStart; t < x.tokEnd; t++) if (/^nsubj/.test(doc.tokens[t].deprel ?? '')) return true;
      return false;
    });
    return a ? [a] : undefined;
  }

  /** The first actor in a target oblique of v ("sanctions against X", "withdrew from X"), never a place. */
  function oblTarget(v: number): Actor[] {
    for (const k of tree.children(v, /^obl$/)) {
      const a = actorOf(k);
      if (a && placeLike(doc, a)) continue;
      if (TARGET_CASE.test(tree.caseOf(k))) {
        // "at Addis Ababa talks": a place inside the phrase is no target either
        const t = withConjuncts(k).filter((x) => !placeLike(doc, x));
        if (t.length) return t;
      }
    }
    return [];
  }

  function objectOf(v: number): Actor[] {
    for (const k of tree.children(v, /^(obj|iobj)$/)) {
      const t = withConjuncts(k);
      if (t.length) return t;
      if (/^(it|them)$/.test(word(doc, k))) {
        const a = antecedent(k);
        // the evidence is the pronoun; its code and entity come from the antecedent
        if (a)
          return [{ ...a, start: doc.tokens[k].start, end: doc.tokens[k].end, tokStart: k, tokEnd: k + 1 }];
      }
    }
    const obl = oblTarget(v);
    if (obl.length) return obl;
    // "demanded that North Korea end …": the one asked is the subject of the clause asked for
    for (const k of clauseTarget ? tree.children(v, /^ccomp$/) : []) {
      const s = tree.children(k, /^nsubj/)[0];
      if (s !== undefined) return withConjuncts(s);
    }
    return [];
  }
}

/** Light verbs whose object noun names the act: "gave a warm welcome", "issued an ultimatum", "staged a strike". */
const LIGHT =
  /^(give|make|issue|launch|stage|hold|begin|start|continue|conduct|announce|impose|mount|speed|step|resume|undertake|reiterate|renew|extend|deliver|express|lodge|file|take|pay|carry|declare|order|voice|complete)$/;

/**
 * The light verb an event noun is the object of ("gave a warm welcome" → gave), or undefined: its subject is
 * the noun's source.
 */
export function lightVerbOf(doc: Doc, i: number): number | undefined {
  const h = doc.tokens[i].head;
  if (h === undefined || h < 0 || !/^obj$/.test(doc.tokens[i].deprel ?? '')) return undefined;
  return LIGHT.test(doc.tokens[h].lemma.toLowerCase()) ? h : undefined;
}
