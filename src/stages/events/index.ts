import type { Doc } from '../../model/doc.js';
import { tokensIn } from '../../model/doc.js';
import { type DocEvent, type Modality, UNASSERTED_MODALITIES } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { loadLexicon } from '../../text/lexicon.js';
import { type Actor, findActors } from './actors.js';
import { ACCUSING, lightVerbOf, parseArguments, Tree } from './args.js';
import {
  auxChain,
  clauseDepth,
  clauseEnd,
  clauseStart,
  conjuncts,
  isPassive,
  placeLike,
  subjectLike,
  word,
} from './clause.js';
import { type CameoCode, cameoCodes, type Trigger, triggerIndex } from './lexicon.js';
import { warningThreatens } from './threat.js';

const INTENT: [RegExp, string][] = [
  [/^071/, '0331'],
  [/^072/, '0332'],
  [/^073/, '0333'],
  [/^074/, '0334'],
  [/^07/, '033'],
  [/^04/, '036'],
  [/^05/, '032'],
  [/^06/, '031'],
  [/^084/, '0353'],
  [/^085/, '0354'],
  [/^08[67]/, '0356'],
  [/^08/, '035'],
];
const THREAT: [RegExp, string][] = [
  [/^14/, '133'],
  [/^162/, '1311'],
  [/^166/, '136'],
  [/^163/, '1312'],
  [/^16/, '1313'],
  [/^17/, '131'],
  [/^1[589]|^20/, '138'],
];

// "urged Y to release", "demanded that Y meet": appeals (02) and demands (10) are coded by the act they ask for
const APPEAL: [RegExp, string][] = [
  [/^04/, '026'],
  [/^05/, '022'],
  [/^06/, '021'],
  [/^07/, '023'],
  [/^0841/, '0253'],
  [/^08/, '025'],
];
const DEMAND: [RegExp, string][] = [
  [/^04/, '106'],
  [/^05/, '102'],
  [/^06/, '101'],
  [/^07/, '103'],
  [/^0841/, '1053'],
  [/^08/, '105'],
];
/** Verbs of saying that turn "Y must Z" into the speaker's demand: "Britain said Libya must hand over …". */
const DECLARING = /^(say|declare|insist|reiterate|announce|conclude|state|stress|tell|add|warn|write)$/;

// "will not lift the embargo", "refused to release the hostages": a refused cooperative act is a rejection (12x)
const REFUSAL: [RegExp, string][] = [
  [/^081/, '1241'],
  [/^082/, '1242'],
  [/^0831/, '1231'],
  [/^0832/, '1232'],
  [/^0833/, '1233'],
  [/^0834/, '1234'],
  [/^083/, '123'],
  [/^084/, '1243'],
  [/^085/, '1244'],
  [/^086/, '1245'],
  [/^087/, '1246'],
  [/^08/, '124'],
  [/^045/, '126'],
  [/^04/, '125'],
  [/^061/, '1211'],
  [/^062/, '1212'],
  [/^06/, '121'],
  [/^07/, '122'],
  [/^057/, '127'],
  [/^0[35]/, '120'],
];
/** CAMEO 12x "reject / decline to …" for a refused cooperative act (03–08), else undefined. */
export const refusalCode = (code: string): string | undefined => REFUSAL.find(([re]) => re.test(code))?.[1];

/** CAMEO 03x "express intent to …" for a cooperative act (04–08), else undefined. */
export const intentCode = (code: string): string | undefined => INTENT.find(([re]) => re.test(code))?.[1];
/** CAMEO 13x "threaten …" for a conflictual act (14–20), else undefined. */
export const threatCode = (code: string): string | undefined => THREAT.find(([re]) => re.test(code))?.[1];

const VOWING = /^(vow|pledge|promise|swear)$/;

const HOPING = /^(hope|wish|wait)$/;

/** Verbs that make the act after them hypothetical, and the modality they give it. */
const GOVERNORS: Record<string, Modality> = {
  threaten: 'threatened',
  deny: 'denied',
  refuse: 'refused',
  reject: 'refused',
  decline: 'refused',
  urge: 'requested',
  ask: 'requested',
  call: 'requested',
  demand: 'requested',
  want: 'planned',
  plan: 'planned',
  intend: 'planned',
  prepare: 'planned',
  seek: 'planned',
  aim: 'planned',
  schedule: 'planned',
  expect: 'planned',
  hope: 'planned',
  agree: 'promised',
  claim: 'alleged',
  promise: 'promised',
  pledge: 'promised',
  vow: 'promised',
  offer: 'promised',
  propose: 'planned',
  // CAMEO codes considering an act as 014 (consider policy option), not as intent to do it
  consider: 'considered',
  persuade: 'requested',
  due: 'planned',
  try: 'planned',
  fail: 'refused',
  swear: 'promised',
  willing: 'planned',
  ready: 'planned',
  prepared: 'planned',
};
const MAX_TARGET_GAP = 12;
const CONDITIONAL = /^(if|unless|whether)$/;
const SAYING = /^(say|tell|claim|argue|insist|believe|think|add|note)$/;
const MAX_NEEDS_GAP = 30;
const MAX_PAIRS = 4;

let index: Map<string, Trigger[]> | undefined;
let codes: Record<string, CameoCode> | undefined;

/** Who did what to whom: PLOVER and CAMEO events from trigger verbs and nouns, with their actors. */
export const events: Stage = {
  name: 'events',
  needs: ['sentences', 'tokens', 'mentions', 'entities', 'timexes'],
  makes: ['events'],
  async init() {
    index ??= triggerIndex();
    codes ??= cameoCodes();
  },
  run(doc: Doc) {
    index ??= triggerIndex();
    codes ??= cameoCodes();
    doc.sentences.forEach((s, si) => {
      const [first, last] = tokensIn(doc, s);
      if (first >= last) return;
      doc.events.push(...sentenceEvents(doc, si, first, last));
    });
  },
};

interface Found {
  i: number;
  trigger: Trigger;
}

/** The trigger entry a token supports, most specific first (entries with needs/particles before plain ones). */
function triggerAt(doc: Doc, i: number, last: number, actors: Actor[]): Trigger | null {
  const tok = doc.tokens[i];
  const w = word(doc, i);
  const cands = [...(index!.get(w) ?? []), ...(index!.get(tok.lemma.toLowerCase()) ?? [])];
  if (!cands.length || actors.some((a) => i >= a.tokStart && i < a.tokEnd)) return null;
  const prev = i > 0 ? doc.tokens[i - 1] : undefined;
  // the tagger calls some participles adjectives: "having shielded", "was armed"
  const afterAux = prev !== undefined && /^(have|be)$/.test(prev.lemma.toLowerCase());
  // … and some present-tense verbs nouns: "Russia supplies Syria"
  const afterActor = actors.some((a) => a.tokEnd === i && a.kind === 'named');
  const next = i + 1 < last ? doc.tokens[i + 1].pos : '';
  const nounAsVerb = tok.pos === 'NOUN' && afterActor && /^(DET|PROPN|PRON)$/.test(next);
  const isVerb = tok.pos === 'VERB' || (tok.pos === 'ADJ' && afterAux) || nounAsVerb;
  const isNoun = tok.pos === 'NOUN';
  // "an armed group", "the banned weapons", "Ban's rescind": after a determiner or possessive, not a verb
  // (a capitalised adjective ends a name: "Amnesty International demanded")
  const adjective = prev?.pos === 'ADJ' && !/^[A-Z]/.test(doc.text[prev.start]);
  if (tok.pos === 'VERB' && prev && (prev.pos === 'DET' || adjective || /^['’]s$/.test(word(doc, i - 1))))
    return null;
  // "the Israeli-occupied West Bank", "the alleged bombers": a participle used as an adjective is no act
  if (tok.deprel === 'amod' && tok.pos !== 'NOUN' && (!prev || /^(DET|ADJ|ADP|PUNCT|NUM)$/.test(prev.pos)))
    return null;
  const end = Math.min(clauseEnd(doc, i, last), i + MAX_NEEDS_GAP);
  // each following word (and lemma) with its first position: the nearest cue decides between entries
  const after = new Map<string, number>();
  // … and those before a relative or subordinate clause opens ("rejected the request, which charged …")
  const own = ownClause(doc, i, end);
  const ownAfter = new Map<string, number>();
  for (let k = end - 1; k > i; k--) {
    const w = word(doc, k);
    const keys = [w, doc.tokens[k].lemma.toLowerCase()];
    // the lemmatiser keeps some plurals ("troops"): a plural noun also cues its singular entry
    if (doc.tokens[k].pos === 'NOUN' && /[^s]s$/.test(w)) keys.push(w.slice(0, -1));
    for (const key of keys) {
      after.set(key, k);
      if (own.has(k)) ownAfter.set(key, k);
    }
  }
  // "rejected the request …, charging that …": a verb's cue must be in its own arguments
  const cues = (t: Trigger) => (t.pos !== 'n' ? ownAfter : after);
  const cueAt = (t: Trigger) => Math.min(...(t.needs ?? []).map((n) => cues(t).get(n) ?? Infinity));
  const fits = (t: Trigger) =>
    (t.pos === 'n' ? isNoun : isVerb) &&
    (!t.prt || particleAt(doc, i, last, t.prt) > 0) &&
    (!t.needs || cueAt(t) < Infinity) &&
    !t.unless?.some((n) => {
      const k = after.get(n);
      return k !== undefined && k - i <= 3;
    });
  // "withdraw their peacekeeping force": the cue nearest the verb wins (166, not 087 for "force"); an entry
  // with a cue before one with only a particle ("called for sanctions" 100, not the appeal "call for" 020)
  const specific = cands
    .filter((t) => (t.needs || t.prt) && fits(t))
    .sort((a, b) => (a.needs ? cueAt(a) : end) - (b.needs ? cueAt(b) : end))[0];
  return specific ?? cands.find((t) => !t.needs && !t.prt && fits(t)) ?? null;
}

/**
 * Tokens after the verb at i that can cue its entry: up to the first word that opens another clause (a
 * relative, a subordinator), and, with a parse, not inside an "on/over/about …" modifier of its object
 * ("rejected an extradition request on the charge of rebellion": the object is a request, not a charge).
 */
const TOPIC_PREP = /^(on|over|about|against|regarding|concerning|under|after)$/;

function ownClause(doc: Doc, i: number, end: number): Set<number> {
  const out = new Set<number>();
  for (let k = i + 1; k < end; k++) {
    if (BOUNDARY.has(word(doc, k)) && doc.tokens[k].pos !== 'ADP') break;
    out.add(k);
  }
  if (doc.tokens[i].head === undefined) return out;
  const inside = (k: number, top: number): boolean => {
    for (let step = 0; step < 30 && k >= 0; step++) {
      if (k === top) return true;
      k = doc.tokens[k].head ?? -1;
    }
    return false;
  };
  // "rejected U.S. calls … and dismissed allegations": a conjoined verb's words are its own phrase, not i's
  for (const v of [...out]) {
    if (doc.tokens[v].head !== i || doc.tokens[v].deprel !== 'conj' || doc.tokens[v].pos !== 'VERB') continue;
    for (const k of [...out]) if (k >= v && inside(k, v)) out.delete(k);
    for (let k = v - 1; k > i && /^(cc|punct)$/.test(doc.tokens[k].deprel ?? ''); k--) out.delete(k);
  }
  const objects = [...out].filter(
    (k) => doc.tokens[k].head === i && doc.tokens[k].deprel === 'obj' && doc.tokens[k].pos === 'NOUN',
  );
  for (const o of objects) {
    for (const m of [...out]) {
      if (m === o || doc.tokens[m].deprel !== 'nmod' || !inside(m, o)) continue;
      const prep = [...out].find((c) => doc.tokens[c].head === m && doc.tokens[c].deprel === 'case');
      if (prep === undefined || !TOPIC_PREP.test(word(doc, prep))) continue;
      for (const k of [...out]) if (inside(k, m)) out.delete(k);
    }
  }
  return out;
}

/** Index of the particle `prt` right after the verb at i, an adverb allowed between ("pushing hard for"), or -1. */
function particleAt(doc: Doc, i: number, last: number, prt: string): number {
  if (i + 1 < last && word(doc, i + 1) === prt) return i + 1;
  if (i + 2 < last && /^(ADV|ADJ)$/.test(doc.tokens[i + 1].pos) && word(doc, i + 2) === prt) return i + 2;
  return -1;
}

/** The verb that makes token i hypothetical ("threatened to attack", "urged Y to withdraw"), if any. */
function governorOf(
  doc: Doc,
  i: number,
  start: number,
  actors: Actor[],
): { at: number; modality: Modality } | null {
  const tok = doc.tokens[i];
  // "the charges that it had supplied weapons", "a Russian announcement that it had opened corridors": a
  // clause that says what a report or accusation holds reports no act; "his wish that the king would help"
  if (tok.head !== undefined && tok.head >= 0 && doc.tokens[tok.head].pos === 'NOUN') {
    const noun = doc.tokens[tok.head].lemma.toLowerCase();
    // (the parser may hang the clause on its "that": "the charges that it had supplied")
    // (or read "that" as a relative pronoun: "denied charges that his Government had helped")
    const next = tok.head + 1;
    const relThat =
      next < i &&
      word(doc, next) === 'that' &&
      doc.tokens[next].head === i &&
      doc.tokens[next].deprel === 'obj';
    const content = /^(acl|ccomp)/.test(tok.deprel ?? '') && (markOf(doc, i, start) === 'that' || relThat);
    if (content && REPORT_NOUN.test(noun)) return { at: tok.head, modality: 'alleged' };
    if (content && /^(wish|hope)$/.test(noun)) return { at: tok.head, modality: 'hoped' };
    // "an appeal for $80 million to provide help", "the refusal of the U.S. to recognize": an act in a noun's
    // to-clause is what the noun asks, refuses, offers or aims at, not an act done ("the decision to" is)
    if (tok.deprel === 'acl' && markOf(doc, i, start) === 'to') {
      const m = GOVERNORS[noun] ?? NOUN_GOVERNORS[noun] ?? (AIM_NOUN.test(noun) ? 'aimed' : undefined);
      if (m) return { at: tok.head, modality: m };
    }
  }
  // "alleged police firing", "a possible attack": a nominal act the phrase itself qualifies
  for (let k = i - 1; k >= start && k >= i - 3 && /^(ADJ|NOUN|VERB)$/.test(doc.tokens[k].pos); k--) {
    const m = QUALIFIER[word(doc, k)];
    if (m && (tok.pos === 'NOUN' || /ing$/.test(word(doc, i)))) return { at: k, modality: m };
  }
  const h = tok.head ?? -1;
  if (
    h > 0 &&
    word(doc, h) === 'that' &&
    doc.tokens[h - 1].pos === 'NOUN' &&
    REPORT_NOUN.test(word(doc, h - 1))
  ) {
    for (let k = h + 1; k < i; k++)
      if (doc.tokens[k].head === i && /^nsubj/.test(doc.tokens[k].deprel ?? ''))
        return { at: h - 1, modality: 'alleged' };
  }
  if (tok.head !== undefined && tok.head >= 0 && /^(xcomp|ccomp)/.test(tok.deprel ?? '')) {
    const lemma = doc.tokens[tok.head].lemma.toLowerCase();
    // "voiced hope that Greece will help", "said he hopes Japan will persuade": another's act hoped for
    if (HOPING.test(lemma) && /^ccomp/.test(tok.deprel ?? '')) return { at: tok.head, modality: 'hoped' };
    // "warned Hamas not to fire": the act warned against is asked of Hamas
    if (lemma === 'warn' && i > 0 && word(doc, i - 1) === 'to')
      return { at: tok.head, modality: 'requested' };
    const m = GOVERNORS[lemma];
    return m ? { at: tok.head, modality: m } : null;
  }
  // "accused Russia of arming the rebels": the arming is only alleged
  if (tok.head !== undefined && tok.head >= 0 && tok.deprel === 'advcl') {
    if (
      ACCUSING.test(doc.tokens[tok.head].lemma.toLowerCase()) &&
      i > 0 &&
      /^(of|for)$/.test(word(doc, i - 1))
    )
      return { at: tok.head, modality: 'alleged' };
  }
  for (let k = i - 1, seen = 0; k >= start && seen < 9; k--, seen++) {
    const t = doc.tokens[k];
    const w = word(doc, k);
    if (w === ',' || w === 'and' || w === 'but') return null;
    // the tagger reads some governors as nouns or adjectives: "plans to", "due to"
    if (t.pos === 'VERB' || ((t.pos === 'NOUN' || t.pos === 'ADJ') && word(doc, k + 1) === 'to')) {
      const m = GOVERNORS[t.lemma.toLowerCase()] ?? GOVERNORS[w];
      // "hopes Germany will help": an actor between the hope and the act makes it another's act, hoped for
      const other = actors.some((a) => a.tokStart > k && a.tokEnd <= i);
      if (m && other && HOPING.test(t.lemma.toLowerCase())) return { at: k, modality: 'hoped' };
      return m ? { at: k, modality: m } : null;
    }
    const inActor = actors.some((a) => k >= a.tokStart && k < a.tokEnd);
    if (!(inActor || /^(AUX|PART|ADV|DET|PRON|SCONJ|ADP)$/.test(t.pos))) return null;
  }
  return null;
}

/** Adjectives that make the act a noun names unasserted: "alleged police firing", "a possible strike". */
const QUALIFIER: Record<string, Modality> = {
  alleged: 'alleged',
  suspected: 'alleged',
  apparent: 'alleged',
  purported: 'alleged',
  reported: 'alleged',
  rumoured: 'alleged',
  rumored: 'alleged',
  possible: 'considered',
  potential: 'considered',
  likely: 'considered',
  proposed: 'considered',
  feared: 'considered',
  planned: 'planned',
  intended: 'planned',
  future: 'planned',
  expected: 'planned',
  imminent: 'planned',
  'would-be': 'planned',
};

/** Nouns whose to-clause is asked, refused, threatened or promised: "a request to extradite". */
const NOUN_GOVERNORS: Record<string, Modality> = {
  request: 'requested',
  call: 'requested',
  appeal: 'requested',
  plea: 'requested',
  ultimatum: 'requested',
  pressure: 'requested',
  refusal: 'refused',
  failure: 'refused',
  threat: 'threatened',
  commitment: 'promised',
  // an agreed or invited act is intended (03x when cooperative), as after "agreed to"
  agreement: 'planned',
  deal: 'planned',
  accord: 'planned',
  consensus: 'planned',
  invitation: 'planned',
  intention: 'planned',
  readiness: 'planned',
  willingness: 'planned',
  desire: 'planned',
};
/**
 * Nouns whose to-clause is only aimed at: "efforts to forge a settlement", "talks to lift sanctions" (not an
 * attempt: CAMEO codes attempted violence, 185 attempt to assassinate).
 */
const AIM_NOUN =
  /^(bid|effort|proposal|push|campaign|drive|initiative|move|mission|talk|negotiation|meeting|summit|conference|right|need|ability|power|authority|permission|mandate|chance|opportunity|way|fund|money|plan|strategy|measure|step|option|resolution|law|bill|order|programme|program|project|scheme)s?$/;

/** Nouns whose content clause reports a claim, not an act: "the charges that …", "reports that …". */
const REPORT_NOUN =
  /^(charge|accusation|allegation|claim|report|rumou?r|announcement|assertion|suggestion|suspicion|speculation)s?$/;

/** A relative clause ("which killed dozens") or a past participle after its noun ("a soldier killed in …"). */
function backgroundClause(doc: Doc, i: number, start: number, first: number): boolean {
  const rel = doc.tokens[i].deprel ?? '';
  // "Opponents … clashed with police": a main verb the parser hung on a root noun is no background
  const h = doc.tokens[i].head ?? -1;
  if (h < 0 || ((doc.tokens[h].head ?? -1) < 0 && doc.tokens[h].pos !== 'VERB')) return false;
  if (rel === 'acl:relcl') return true;
  // "paid his respects to a soldier killed in Afghanistan": the parser may hang the participle on the verb
  const reduced =
    rel === 'advcl' &&
    doc.tokens[i].xpos === 'VBN' &&
    i > start &&
    doc.tokens[i - 1].pos === 'NOUN' &&
    !leftDependent(doc, i, first, /^(nsubj|aux)/);
  return (rel === 'acl' || reduced) && !/ing$/.test(word(doc, i)) && markOf(doc, i, start) === '';
}

/** Whether token i has a dependent from `from` (its sentence start) up to itself whose relation matches `rel`. */
function leftDependent(doc: Doc, i: number, from: number, rel: RegExp): boolean {
  for (let k = from; k < i; k++)
    if (doc.tokens[k].head === i && rel.test(doc.tokens[k].deprel ?? '')) return true;
  return false;
}

/** The word of a "mark" dependent of token i (a subordinator: "that", "if"), or ''. */
function markOf(doc: Doc, i: number, start: number): string {
  for (let k = start; k < i; k++)
    if (doc.tokens[k].head === i && doc.tokens[k].deprel === 'mark') return word(doc, k);
  return '';
}

/**
 * The hypothetical governor of a verb the act at i depends on, when i has none of its own ("considering
 * sending aid to help X": the help is considered too; "claimed they had attacked … by blowing up": the
 * blowing up is alleged).
 */
function governorAbove(doc: Doc, i: number, start: number, actors: Actor[]) {
  for (let k = i, step = 0; step < 3; step++) {
    const h = doc.tokens[k].head;
    if (h === undefined || h < 0 || h < start) return null;
    // a controlled complement or a "to"/"by" clause shares its head's status; "when asked …" does not
    const rel = doc.tokens[k].deprel ?? '';
    const mark = markOf(doc, k, start);
    const bound = rel === 'advcl' && (/^(to|by)$/.test(mark) || (mark === '' && /ing$/.test(word(doc, k))));
    // "urged him to exercise caution and to avoid …": a conjunct without its own subject shares it too
    const shared = rel === 'conj' && !ownSubject(doc, k, start);
    if (!(rel === 'xcomp' || bound || shared)) return null;
    if (doc.tokens[h].pos !== 'VERB') return null;
    k = h;
    const own = governorOf(doc, k, start, actors);
    if (own) return own;
  }
  return null;
}

/** Whether the verb at k has a subject of its own (a nominal or clausal subject dependent). */
function ownSubject(doc: Doc, k: number, start: number): boolean {
  for (let j = start; j < doc.tokens.length && j < k + 30; j++)
    if (doc.tokens[j].head === k && /^(nsubj|csubj|expl)/.test(doc.tokens[j].deprel ?? '')) return true;
  return false;
}

function sentenceEvents(doc: Doc, si: number, first: number, last: number): DocEvent[] {
  if (discarded(doc, first, last)) return [];
  // "…, according to Saudi Arabia's Civil Defense Authority": who reports an act is no party to it
  const actors = findActors(doc, first, last).filter((a) => !attribution(doc, a.tokStart, first));
  if (!actors.length) return [];
  let found: Found[] = [];
  for (let i = first; i < last; i++) {
    const trigger = triggerAt(doc, i, last, actors);
    if (trigger) found.push({ i, trigger });
  }
  found.push(...demandsByMust(doc, first, last, found));
  // "staged a hunger strike": the verb entry already codes the act its object names
  // "condemned an attack by X": the verb codes the sentence's act; the noun it is about is no second event
  found = found.filter((f) => {
    if (f.trigger.pos !== 'n') return true;
    const h = lightVerbOf(doc, f.i) ?? topicOf(doc, f.i);
    return h === undefined || !found.some((g) => g.i === h);
  });
  // "to help support the rights of …": the act helped with is the event, the helping is no aid of its own
  found = found.filter(
    (f) =>
      f.trigger.w !== 'help' ||
      !found.some((g) => doc.tokens[g.i].head === f.i && /^xcomp/.test(doc.tokens[g.i].deprel ?? '')),
  );
  found.sort((a, b) => a.i - b.i);
  const tree = new Tree(doc, first, last);
  // the main clause's events first, then its subordinate clauses', each in text order: consumers that take
  // "the" event of a sentence should not get a background participle or relative clause before the main verb
  return found
    .map((f) => ({
      depth: clauseDepth(doc, f.i),
      evs: eventsFor(doc, tree, si, first, last, actors, f, found),
    }))
    .sort((a, b) => a.depth - b.depth)
    .flatMap((x) => x.evs);
}

/** "according to (the) X": the actor at token k is the source of the report. */
function attribution(doc: Doc, k: number, first: number): boolean {
  if (k - 1 >= first && word(doc, k - 1) === 'the') k--;
  return k - 2 >= first && word(doc, k - 1) === 'to' && word(doc, k - 2) === 'according';
}

let discards: { words: Set<string>; pairs: Set<string> } | undefined;

/**
 * Sports reports are no political events (PETRARCH discards sentences and stories naming sports, as its
 * discard dictionary does): a sentence with a word or word pair of lexicons/events/discards.json codes nothing.
 */
function discarded(doc: Doc, first: number, last: number): boolean {
  if (!discards) {
    const lex = loadLexicon<{ sentence: string[] }>('events/discards.json').sentence;
    discards = {
      words: new Set(lex.filter((w) => !w.includes(' '))),
      pairs: new Set(lex.filter((w) => w.includes(' '))),
    };
  }
  for (let k = first; k < last; k++) {
    const w = word(doc, k);
    if (discards.words.has(w) || (k + 1 < last && discards.pairs.has(`${w} ${word(doc, k + 1)}`)))
      return true;
  }
  return false;
}

/** The verb an event noun is the object of ("condemned the attack"), or undefined. */
function topicOf(doc: Doc, i: number): number | undefined {
  const h = doc.tokens[i].head;
  if (h === undefined || h < 0 || !/^(obj|obl)$/.test(doc.tokens[i].deprel ?? '')) return undefined;
  return doc.tokens[h].pos === 'VERB' ? h : undefined;
}

/**
 * "X said Y must Z": X demands of Y (CAMEO 10), read from the parse — the verb of saying is the trigger, the
 * subject of the "must" clause the target (see parseArguments' clause targets).
 */
function demandsByMust(doc: Doc, first: number, last: number, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let k = first; k < last; k++) {
    if (word(doc, k) !== 'must') continue;
    const v = doc.tokens[k].head;
    if (v === undefined || v < 0 || !/^ccomp/.test(doc.tokens[v].deprel ?? '')) continue;
    const h = doc.tokens[v].head;
    if (h === undefined || h < 0 || found.some((f) => f.i === h) || out.some((f) => f.i === h)) continue;
    const lemma = doc.tokens[h].lemma.toLowerCase();
    if (!DECLARING.test(lemma)) continue;
    out.push({ i: h, trigger: { type: 'REQUEST', w: lemma, code: '100' } });
  }
  return out;
}

/** The act a demand or appeal at i asks for: a trigger governed by it ("urged Y to release", "said Y must meet"). */
function askedAct(doc: Doc, i: number, start: number, end: number, actors: Actor[], found: Found[]) {
  return found.find(
    (g) =>
      g.i > i &&
      g.i < end &&
      (governorOf(doc, g.i, start, actors)?.at === i ||
        (doc.tokens[g.i].head === i && /^ccomp/.test(doc.tokens[g.i].deprel ?? ''))),
  );
}

function eventsFor(
  doc: Doc,
  tree: Tree,
  si: number,
  first: number,
  last: number,
  actors: Actor[],
  f: Found,
  found: Found[],
): DocEvent[] {
  const { i } = f;
  let trigger = f.trigger;
  const start = clauseStart(doc, i, first);
  const end = clauseEnd(doc, i, last);
  const passive = trigger.pos !== 'n' && isPassive(doc, i);
  const args = argumentsOf(doc, tree, i, start, end, last, actors, passive, trigger);
  // precision first: an uncoded party is no party
  const source = args.source.filter((a) => a.code);
  // "Syria ... Syria": no self-events from our guesswork; the act stands without a target
  let target = args.target.filter((a) => a.code && !args.source.some((x) => x.code === a.code));
  // "Russia mobilised troops", "deployed soldiers": the forces moved, with no country of their own, are the
  // source's, not whom the act is against
  if (trigger.type === 'MOBILIZE') target = target.filter((a) => !/^---(MIL|COP)$/.test(a.code!));
  // "arrived in Amman", "lifted a curfew in Montenegro", "troops killed three in Gaza": with no other target,
  // the place a visit, a curfew or an attack is in (another country than the source's) is its target
  if (!target.length && trigger.pos !== 'n' && PLACE_TARGET.test(trigger.code)) {
    const place = placeTarget(tree, i, actors);
    const own = new Set(args.source.map((a) => a.code?.slice(0, 3)));
    if (place?.code && !own.has(place.code.slice(0, 3))) target = [place];
  }
  // an unattributed act of violence against a coded victim is kept ("torture in Syria"); nothing else is
  // (an event noun only for violence done to persons, 18x: "torture in Syria", never "the attack on Syria")
  const isViolence =
    (trigger.type === 'ASSAULT' || trigger.type === 'COERCE') &&
    (trigger.pos !== 'n' || /^18/.test(trigger.code));
  if (!source.length && !(isViolence && target.length)) return [];
  // "a soldier killed in Afghanistan a decade ago", "the attack, which killed dozens": unattributed violence in
  // a relative or participle clause is background to what the sentence reports
  // (the noun a past participle modifies is what it was done to, never who did it)
  if (isViolence && trigger.pos !== 'n' && backgroundClause(doc, i, start, first)) {
    const h = doc.tokens[i].head ?? -1;
    const patient = doc.tokens[i].deprel === 'acl' && source.every((a) => h >= a.tokStart && h < a.tokEnd);
    if (!source.length || patient) return [];
  }
  // "a fire that killed people", "the attack, which killed dozens": an active verb whose subject is no actor
  // reports what a thing did; the unattributed act kept is the passive or nominal one ("detainees were executed")
  // (also when the token window found a source elsewhere: "Prosecutors said the spill killed …")
  if (isViolence && trigger.pos !== 'n' && !passive && !violentSubject(doc, tree, i, actors)) return [];
  // "pilgrims were killed in a stampede": a death in an accident is no attack
  if (!source.length && passive && byAccident(doc, tree, i)) return [];
  // "warned the stoppage was costing them millions" reports a fact: no threat without harm by the source
  if (/^warn(ing)?$/.test(trigger.w) && !warningThreatens(doc, tree, i, source, actors)) return [];
  // "said they agree with the recommendation": an opinion shared (CAMEO 019, no PLOVER type), not a promise
  if (trigger.w === 'agree' && word(doc, i + 1) === 'with' && !toClauseAfter(doc, tree, i, end)) return [];
  const gov = governorOf(doc, i, start, actors);
  // "Microsoft no longer wants to support it", "did not agree to withdraw": a negated governor negates its act
  const aux = auxChain(doc, i, start);
  if (gov && !aux.negated && auxChain(doc, gov.at, start).negated) aux.negated = true;
  let modality = gov ? gov.modality : governorAbove(doc, i, start, actors)?.modality;
  // "called on North Korea to resume talks": a noun's act shares its light verb's status
  const light = trigger.pos === 'n' && !modality ? lightVerbOf(doc, i) : undefined;
  if (light !== undefined) modality = statusOf(doc, light, start, actors);
  // "must be ready to mediate", "demanded that the US cancel plans to sell": a plan or promise that is itself
  // only asked for, denied or alleged is no more than that
  if (gov && !(modality && UNASSERTED.has(modality))) {
    const outer = statusOf(doc, gov.at, start, actors);
    if (outer && UNASSERTED.has(outer)) modality = outer;
  }
  // "Libya must hand over …": a demand on Libya, not Libya's act
  if (!modality && aux.must) modality = 'requested';
  // "to defend Saudi Arabia if it is attacked": an act under a condition did not happen
  if (!modality && tree.children(i, /^mark$/).some((k) => CONDITIONAL.test(word(doc, k))))
    modality = 'conditional';
  // "pessimism over holding negotiations": a gerund that is what something is about is no act done;
  // "gave weapons without demanding payment": one done without is not done
  if (trigger.pos !== 'n' && /ing$/.test(word(doc, i))) {
    const marks = tree.children(i, /^(mark|case)$/).map((k) => word(doc, k));
    if (!modality && marks.some((m) => /^(over|about|regarding|concerning)$/.test(m)))
      modality = 'considered';
    if (marks.includes('without')) aux.negated = true;
  }
  // "Will Russia attack Ukraine?": a question asserts nothing
  if (!modality && word(doc, last - 1) === '?') modality = 'questioned';
  if (!modality && aux.modal) modality = 'would';
  /** The coded target of an act this trigger governs, the source's own code left out. */
  const actTarget = (g: (typeof found)[number]): Actor[] => {
    const gArgs = argumentsOf(
      doc,
      tree,
      g.i,
      clauseStart(doc, g.i, first),
      clauseEnd(doc, g.i, last),
      last,
      actors,
      g.trigger.pos !== 'n' && isPassive(doc, g.i),
      g.trigger,
    );
    return gArgs.target.filter((a) => a.code && !source.some((x) => x.code === a.code));
  };
  // "threatened to attack", "agreed to lift sanctions": the threat or promise is coded by the act it names
  if (trigger.type === 'THREATEN' || trigger.type === 'AGREE') {
    // the act a threat or promise names is the source's own; one warned against ("not to fire") is not
    const embedded = found.find((g) => {
      const gov = g.i > i && g.i < end ? governorOf(doc, g.i, start, actors) : null;
      return gov?.at === i && gov.modality !== 'requested';
    });
    const act = embedded?.trigger.code;
    // "vowed to fight", "swore to attack": a promise of a conflictual act is a threat (13x), as CAMEO codes it
    const vow = trigger.type === 'AGREE' && VOWING.test(trigger.w) && act ? threatCode(act) : undefined;
    const code = vow ?? (act && (trigger.type === 'AGREE' ? intentCode : threatCode)(act));
    if (vow)
      trigger = {
        ...trigger,
        code: vow,
        type: codes![vow].plover ?? 'THREATEN',
        mode: undefined,
        context: undefined,
      };
    else if (code) trigger = { ...trigger, code };
    // "threatened to fire rockets at Israel": a threat or promise without its own target takes the act's
    if (embedded && (vow || code) && !target.length) target = actTarget(embedded);
  } else if (trigger.type === 'REQUEST' && /^(02|10)/.test(trigger.code)) {
    const asked = askedAct(doc, i, start, end, actors, found);
    const table = trigger.code.startsWith('02') ? APPEAL : DEMAND;
    const code = asked && table.find(([re]) => re.test(asked.trigger.code))?.[1];
    if (code && codes![code]?.goldstein != null)
      trigger = { ...trigger, code, mode: undefined, context: undefined };
  } else if (trigger.type === 'REJECT' && trigger.code === '120') {
    // "refused to release the hostages": the refusal is coded by the act refused (1243)
    const refused = found.find((g) => g.i > i && g.i < end && governorOf(doc, g.i, start, actors)?.at === i);
    const code = refused && refusalCode(refused.trigger.code);
    if (refused && code && codes![code]?.goldstein != null) {
      trigger = { ...trigger, code, mode: undefined, context: undefined };
      if (!target.length) target = actTarget(refused);
    }
  } else if (modality === 'would' && aux.will && aux.negated && refusalCode(trigger.code)) {
    // "Clinton said he will not lift the embargo": a stated refusal, asserted (CAMEO 1244), not a negated lifting
    const code = refusalCode(trigger.code)!;
    trigger = {
      ...trigger,
      code,
      type: codes![code].plover ?? 'REJECT',
      mode: undefined,
      context: undefined,
    };
    aux.negated = false;
    modality = undefined;
  } else if ((modality === 'would' || modality === 'planned') && !aux.negated) {
    // CAMEO codes a stated future act as intent (03x) or threat (13x), not as the act itself
    const code = intentCode(trigger.code) ?? threatCode(trigger.code);
    if (code)
      trigger = {
        ...trigger,
        code,
        type: codes![code].plover ?? trigger.type,
        mode: undefined,
        context: undefined,
      };
  }
  const row = codes![trigger.code];
  if (!row || row.goldstein === null) return []; // never a code we cannot fully describe
  const timex = timexIn(doc, si, i, start, end);
  const date = dateOf(doc, timex);
  const place = placeIn(doc, i, start, end, trigger.pos === 'n');
  // "Gondor and Osgiliath renewed ties", "the Philippines and France agree": a joint cooperative act with no
  // other party is coded both ways, as CAMEO codes reciprocal compounds
  if (
    !target.length &&
    trigger.pos !== 'n' &&
    RECIPROCAL.test(trigger.code) &&
    !ONE_SIDED.test(trigger.w) &&
    new Set(source.map((a) => a.code)).size > 1
  )
    target = source;
  const sources: (Actor | null)[] = source.length ? source : [null];
  const targets: (Actor | null)[] = target.length ? target : [null];
  const out: DocEvent[] = [];
  for (const s of sources) {
    for (const t of targets) {
      if (out.length >= MAX_PAIRS) break;
      if (s && t && s.code && s.code === t.code) continue; // "Syria ... Syria": no self-events from our guesswork
      // "Salaheddine Sidhoum, Algeria's …": an appositive is no second party with the same code
      if (out.some((o) => o.source?.code === s?.code && o.target?.code === t?.code)) continue;
      const ev: DocEvent = {
        source: s && actorRecord(s),
        target: t && actorRecord(t),
        trigger: {
          start: doc.tokens[i].start,
          end: doc.tokens[trigger.prt ? particleAt(doc, i, last, trigger.prt) : i].end,
        },
        plover: { type: trigger.type },
        cameo: { code: trigger.code, root: row.root, quad: row.quad, goldstein: row.goldstein! },
        negated: aux.negated,
        sentence: si,
      };
      // a type that departs from the CAMEO table ("why") does not take the table's mode for another type
      const mode = trigger.mode ?? (trigger.type === row.plover ? row.mode : null) ?? undefined;
      const context = trigger.context ?? row.context ?? undefined;
      if (mode) ev.plover.mode = mode;
      if (context) ev.plover.context = context;
      if (modality) ev.modality = modality;
      if (timex !== undefined) ev.timex = timex;
      if (date) ev.date = date;
      if (place !== undefined) ev.place = place;
      out.push(ev);
    }
  }
  return out;
}

/**
 * Modalities of acts that did not happen (as far as the text says), passed on to an act they govern: the
 * library's unasserted set, less a promise, an aim and a question, whose acts can still happen.
 */
const UNASSERTED: ReadonlySet<Modality> = new Set(
  [...UNASSERTED_MODALITIES].filter((m) => m !== 'promised' && m !== 'aimed' && m !== 'questioned'),
);

/** The hypothetical status of the verb or noun at k itself: its governor's, or "must", or a condition. */
function statusOf(doc: Doc, k: number, start: number, actors: Actor[]): Modality | undefined {
  const own = governorOf(doc, k, start, actors) ?? governorAbove(doc, k, start, actors);
  if (own) return own.modality;
  if (auxChain(doc, k, start).must) return 'requested';
  for (let j = start; j < k; j++)
    if (doc.tokens[j].head === k && doc.tokens[j].deprel === 'mark' && CONDITIONAL.test(word(doc, j)))
      return 'conditional';
  return undefined;
}

/** Joint acts of two subjects with each other: agree, meet or negotiate, restore ties or sign, cooperate. */
const RECIPROCAL = /^(030|036|040|046|050|053|054|057|06)/;
/** Each party's own promise, not one to the other: "Kuwait and Belgium vowed to deliver". */
const ONE_SIDED = /^(vow|pledge|promise|swear|offer|commit)$/;

const ACCIDENT =
  /^(stampede|crash|collapse|fire|flood|flooding|earthquake|quake|storm|accident|avalanche|landslide|mudslide|typhoon|hurricane|cyclone|tsunami|blaze|derailment|spill|heatwave|drought|famine|epidemic|outbreak)s?$/;

/** Whether a passive act names an accident or disaster as its cause: "killed in a stampede", "by floods". */
function byAccident(doc: Doc, tree: Tree, i: number): boolean {
  return tree
    .children(i, /^obl/)
    .some((k) => ACCIDENT.test(doc.tokens[k].lemma.toLowerCase()) || ACCIDENT.test(word(doc, k)));
}

/** Codes whose place is their target: visits (042), curfews and emergencies (0813, 0814, 1724…), violence. */
const PLACE_TARGET = /^(042|081[34]|172|18|19|20)/;

/** A coded country or city the verb at i is in, into or to ("arrived in Amman"), from the parse. */
function placeTarget(tree: Tree, i: number, actors: Actor[]): Actor | undefined {
  // "lifted a curfew in Montenegro": the parser may hang the place on the object
  const objects = tree.children(i, /^obj$/);
  const places = [...tree.children(i, /^obl/), ...objects.flatMap((o) => tree.children(o, /^nmod$/))];
  for (const k of places) {
    if (!/^(in|into|to|inside)$/.test(tree.caseOf(k))) continue;
    const a = actors.find((x) => k >= x.tokStart && k < x.tokEnd);
    if (a?.code && a.kind === 'named' && /^[A-Z]{3}$/.test(a.code)) return a;
  }
  return undefined;
}

/** Things that are themselves acts of violence when they kill: "a roadside bombing killed", "the blast injured". */
const VIOLENT_THING =
  /^(explosion|blast|bomb|bombing|attack|strike|airstrike|raid|shelling|rocket|missile|mortar|grenade|ambush|clash|gunfire|shooting|fighting|assault|mine|landmine|gunman|gunmen|militant|assailant|attacker|sniper|hacker|bomber|terrorist|insurgent|jihadist|extremist|aircraft|warplane|jet|gunship|helicopter|drone|tank|troop|force|soldier|fighter|police|guard)s?$/;

/**
 * Whether an active verb of violence with no coded source still reports an attack: no subject, or a subject
 * (through a relative pronoun) that names an attack or attacker; "a fire that killed" or "floods killed" do not.
 */
function violentSubject(doc: Doc, tree: Tree, i: number, actors: Actor[]): boolean {
  // "a storm caused a crane to fall, killing 107": a participle shares its head's subject
  let v = i;
  let s = tree.children(v, /^nsubj$/)[0];
  for (
    let step = 0;
    s === undefined &&
    step < 3 &&
    /^(advcl|xcomp|conj)$/.test(doc.tokens[v].deprel ?? '') &&
    !tree.children(v, /^mark$/).some((k) => word(doc, k) !== 'to');
    step++
  ) {
    v = doc.tokens[v].head!;
    s = tree.children(v, /^nsubj$/)[0];
  }
  if (s === undefined) return true;
  if (/^(which|that|who)$/.test(word(doc, s))) {
    // the noun the clause modifies; the parser sometimes hangs "… that killed" on the main verb
    if (doc.tokens[v].deprel === 'acl:relcl') s = doc.tokens[v].head!;
    else {
      const k = s > 1 && doc.tokens[s - 1].pos === 'PUNCT' ? s - 2 : s - 1;
      if (k < 0 || !/^(NOUN|PROPN)$/.test(doc.tokens[k].pos)) return true;
      // "a fire in its capital city Dhaka that killed …": the noun phrase before the place may be the killer
      for (let j = k - 1; j >= Math.max(0, k - 8) && !/^(VERB|AUX|PUNCT)$/.test(doc.tokens[j].pos); j--)
        if (doc.tokens[j].pos === 'NOUN' && ACCIDENT.test(doc.tokens[j].lemma.toLowerCase())) return false;
      s = k;
    }
  } else if (doc.tokens[s].pos === 'PRON' || doc.tokens[s].pos === 'PROPN') return true;
  // "Russian aircraft", "a group of hackers", "a U.N. Security Council resolution": the subject's own phrase
  const phrase = [s, ...tree.children(s, /^(nmod|amod|compound|nmod:poss|flat|appos)$/)];
  if (phrase.some((k) => actors.some((a) => k >= a.tokStart && k < a.tokEnd && !placeLike(doc, a))))
    return true;
  return phrase.some((k) => {
    const lemma = doc.tokens[k].lemma.toLowerCase();
    return (
      VIOLENT_THING.test(word(doc, k)) ||
      VIOLENT_THING.test(lemma) ||
      (index!.get(lemma) ?? []).some((t) => t.pos === 'n' && (t.type === 'ASSAULT' || t.type === 'COERCE'))
    );
  });
}

/** "agreed with Y to hold talks": a to-infinitive of the verb at i (with a parse, its own xcomp). */
function toClauseAfter(doc: Doc, tree: Tree, i: number, end: number): boolean {
  if (doc.tokens[i].head !== undefined)
    return tree
      .children(i, /^(xcomp|ccomp|advcl)/)
      .some((k) => tree.children(k, /^mark$/).some((m) => word(doc, m) === 'to'));
  for (let k = i + 2; k < Math.min(end, i + 9); k++) if (word(doc, k) === 'to') return true;
  return false;
}

function actorRecord(a: Actor): { start: number; end: number; entity?: number; code?: string } {
  const r: { start: number; end: number; entity?: number; code?: string } = { start: a.start, end: a.end };
  if (a.entity !== undefined) r.entity = a.entity;
  if (a.code) r.code = a.code;
  return r;
}

/** Source and target actors for the trigger at i: the parse when present, else a token window. */
function argumentsOf(
  doc: Doc,
  tree: Tree,
  i: number,
  start: number,
  end: number,
  last: number,
  actors: Actor[],
  passive: boolean,
  trigger: Trigger,
): { source: Actor[]; target: Actor[] } {
  const fromParse =
    trigger.pos === 'n' ? null : parseArguments(doc, tree, i, actors, /REQUEST|ACCUSE/.test(trigger.type));
  if (fromParse) return fromParse;
  const inClause = actors.filter((a) => a.tokStart >= start && a.tokEnd <= end);
  if (trigger.pos === 'n') {
    const own = nounArguments(doc, i, inClause);
    // "continued their attacks": a possessive pronoun is the light verb's subject
    const pronoun = own.source.length > 0 && doc.tokens[own.source[0].tokStart].pos === 'PRON';
    const light = own.source.length && !pronoun ? undefined : lightVerbOf(doc, i);
    const via = light === undefined ? null : parseArguments(doc, tree, light, actors, false);
    if (!via?.source.length) return own;
    // "gave a warm welcome to de Klerk": the light verb's subject acts; the target is the noun's, else the verb's
    // (the verb's object is the noun itself: an actor before the noun is its possessor, not its target)
    return {
      source: via.source,
      target: own.target.length ? own.target : via.target.filter((t) => t.tokStart > i),
    };
  }
  const left = inClause.filter((a) => a.tokEnd <= i && !boundaryBetween(doc, a.tokEnd, i));
  // "demanded that the DPRK forsake …": the one asked is the target of a demand or accusation
  const from = word(doc, i + 1) === 'that' && /REQUEST|ACCUSE/.test(trigger.type) ? i + 2 : i + 1;
  const right = inClause.filter(
    (a) => a.tokStart > i && a.tokStart - i <= MAX_TARGET_GAP && !boundaryBetween(doc, from, a.tokStart),
  );
  const agent = right.find((a) => a.tokStart > 0 && word(doc, a.tokStart - 1) === 'by');
  // "says withdrawing the invitation is a mistake": a gerund after a verb of saying has no subject on the left
  const gerundAfterSaying =
    /ing$/.test(word(doc, i)) && i > 0 && SAYING.test(doc.tokens[i - 1].lemma.toLowerCase());
  const subject = gerundAfterSaying
    ? undefined
    : ([...left].reverse().find((a) => (a.tokEnd === i || subjectLike(doc, a, last)) && !placeLike(doc, a)) ??
      // "Salaheddine Sidhoum, Algeria's leading activist, staged …": the clause's first phrase is its subject
      left.find(
        (a) =>
          a.tokStart - start <= 1 &&
          (a.tokStart === start || doc.tokens[start].pos === 'DET') &&
          word(doc, a.tokEnd) === ',',
      ));
  if (passive) {
    return {
      source: agent ? conjuncts(doc, inClause, agent) : [],
      target: subject ? conjuncts(doc, inClause, subject) : [],
    };
  }
  // an actor that starts a new clause ("…, while the US pushed") is that clause's subject, not our object
  const object = right.find((a) => a !== agent && !placeLike(doc, a) && !startsClause(doc, a, last));
  const source = subject ? conjuncts(doc, inClause, subject) : [];
  const target = object ? conjuncts(doc, inClause, object).filter((a) => !source.includes(a)) : [];
  return { source, target };
}

/** Subordinators and relatives that open a new clause between two tokens. */
const BOUNDARY = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'since',
  'because',
  'although',
  'when',
  'if',
  'where',
  'whereas',
  'after',
  'before',
  'as',
  'but',
  'unless',
  'until',
]);

function boundaryBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if ((BOUNDARY.has(word(doc, k)) && doc.tokens[k].pos !== 'ADP') || doc.tokens[k].pos === 'SCONJ')
      return true;
  return false;
}

function startsClause(doc: Doc, a: Actor, last: number): boolean {
  const before = a.tokStart > 0 ? doc.tokens[a.tokStart - 1].pos : '';
  return before !== 'ADP' && a.tokEnd < last && /^(AUX|VERB)$/.test(doc.tokens[a.tokEnd].pos);
}

/**
 * An event noun's parties sit in its own phrase: "Israeli tank shelling", "Russia's attack on Ukraine",
 * "the attack by rebels", "torture in Syria" (with no other party, the place stands as the target).
 */
function nounArguments(doc: Doc, i: number, actors: Actor[]): { source: Actor[]; target: Actor[] } {
  const source = actors.find(
    (a) =>
      (a.tokEnd <= i && i - a.tokEnd <= 2 && gapIsNominal(doc, a.tokEnd, i) && !placeName(doc, a)) ||
      (a.tokStart === i + 2 && word(doc, i + 1) === 'by'),
  );
  const target =
    actors.find((a) => a.tokStart === i + 2 && /^(on|against|of|at)$/.test(word(doc, i + 1))) ??
    actors.find((a) => a.tokStart > i && a.tokStart - i <= 3 && placeLike(doc, a));
  return { source: source ? [source] : [], target: target && target !== source ? [target] : [] };
}

/** "the Ankara terrorist attack": a place name before an event noun is where it happened, not who did it. */
function placeName(doc: Doc, a: Actor): boolean {
  const type = a.entity === undefined ? undefined : doc.entities[a.entity]?.type;
  const possessive = a.tokEnd < doc.tokens.length && /^['’]s?$/.test(word(doc, a.tokEnd));
  return (type === 'GPE' || type === 'LOC') && doc.tokens[a.tokEnd - 1].pos === 'PROPN' && !possessive;
}

function gapIsNominal(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/^(NOUN|ADJ|PART)$/.test(doc.tokens[k].pos)) return false;
  return true;
}

/**
 * The DATE timex of the trigger's clause, as an index into `timexes`: with a parse, one whose head chain reaches
 * the trigger without passing another verb ("attacked … on Friday", not "since the uprising began in 2011");
 * without one, the nearest in the clause.
 */
function timexIn(doc: Doc, si: number, i: number, start: number, end: number): number | undefined {
  const s = doc.sentences[si];
  const lo = Math.max(s.start, doc.tokens[start].start);
  const hi = Math.min(s.end, doc.tokens[end - 1].end);
  const at = doc.tokens[i].start;
  const parsed = doc.tokens[i].head !== undefined;
  let best: number | undefined;
  doc.timexes.forEach((t, k) => {
    if (t.start < lo || t.end > hi || t.type !== 'DATE') return;
    if (parsed && !attachedTo(doc, t, i)) return;
    if (best === undefined || Math.abs(t.start - at) < Math.abs(doc.timexes[best].start - at)) best = k;
  });
  return best;
}

function attachedTo(doc: Doc, t: { start: number; end: number }, i: number): boolean {
  const toks = doc.tokens;
  let k = toks.findIndex((x) => x.start >= t.start && x.end <= t.end);
  for (let step = 0; k >= 0 && step < 4; step++) {
    const h = toks[k].head ?? -1;
    if (h === i) return true;
    if (h < 0 || (toks[h].start >= t.start && toks[h].end <= t.end)) {
      k = h;
      continue;
    }
    if (toks[h].pos === 'VERB' || toks[h].pos === 'AUX') return false;
    k = h;
  }
  return false;
}

/** The event date: its timex when that names a calendar date, else the publication date, marked as such. */
function dateOf(doc: Doc, timex: number | undefined): DocEvent['date'] {
  const v = timex === undefined ? undefined : doc.timexes[timex].value;
  if (v && /^\d{4}(-\d\d){0,2}$|^\d{4}-W\d\d$/.test(v)) return { value: v, from: 'timex' };
  const p = doc.meta.published.value;
  return p ? { value: p.slice(0, 10), from: 'published' } : undefined;
}

/**
 * A geocoded place mention ("in Montreux") in the trigger's clause, as an index into `mentions`; with a parse,
 * it must hang off the trigger or its arguments without crossing another verb.
 */
function placeIn(doc: Doc, i: number, start: number, end: number, noun: boolean): number | undefined {
  const lo = doc.tokens[start].start;
  const hi = doc.tokens[end - 1].end;
  const parsed = doc.tokens[i].head !== undefined;
  const k = doc.mentions.findIndex((m) => {
    if (m.start < lo || m.end > hi || !(m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC'))
      return false;
    if (m.entity === undefined || !doc.entities[m.entity]?.geo) return false;
    const before = doc.text.slice(Math.max(0, m.start - 8), m.start).toLowerCase();
    if (!/\b(in|near|at|outside|inside)\s+(the\s+)?$/.test(before)) return false;
    // an event noun's place follows it closely ("torture in Syria"); the parser often hangs it elsewhere
    if (noun) return m.start - doc.tokens[i].end < 12;
    return !parsed || attachedTo(doc, m, i);
  });
  return k < 0 ? undefined : k;
}
