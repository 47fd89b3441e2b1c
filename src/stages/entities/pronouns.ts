import { sentenceAt, tokensIn } from '../../model/doc.js';
import { firstNameGender, type Gender, wordGender } from '../../text/gender.js';
import type { Cluster } from './cluster.js';
import { type Chains, isPlural } from './nominal-coref.js';

const SAY =
  /^(say|tell|add|explain|note|state|write|claim|argue|insist|ask|reply|describe|comment|announce)$/;
const HE_SHE = /^(he|him|his|himself|she|her|hers|herself)$/i;
const THEY = /^(they|them|their|theirs|themselves)$/i;
const IT = /^(its|itself)$/i;
// "its" in a later sentence is mostly a thing's (a browser's, a law's), which we do not track: same sentence only
const IT_WINDOW = 0;

/** The gender a cluster's mentions show (pronouns, given names, nouns like "mother"), if one. */
function genderOf(c: Chains, cl: Cluster): Gender | undefined {
  for (const m of cl.mentions) {
    const mn = c.ms[m];
    const words = c.doc.text.slice(mn.start, mn.end).split(/\s+/);
    const g =
      mn.kind === 'name'
        ? (wordGender(words[0]) ?? firstNameGender(words[0]))
        : mn.kind === 'pronoun'
          ? wordGender(words[0])
          : wordGender(words[words.length - 1]);
    if (g) return g;
  }
  return undefined;
}

/**
 * he/she: the nearest earlier singular person (or a resolved he/she of the same gender) within `window`
 * sentences whose gender does not clash; they: an organisation, group or plural person phrase; its: an
 * organisation or country. In an earlier sentence the subject comes first (salience). A mention holding
 * the pronoun ("his father" for "his") is never its antecedent.
 */
export function linkThirdPerson(c: Chains, nested: boolean[], window: number): void {
  const { doc, ms, clusters, owner } = c;
  for (let m = 0; m < ms.length; m++) {
    const mn = ms[m];
    const w = doc.text.slice(mn.start, mn.end);
    if (mn.kind !== 'pronoun' || owner[m] >= 0) continue;
    const heShe = HE_SHE.test(w);
    if (!heShe && !THEY.test(w) && !IT.test(w)) continue;
    const gender = wordGender(w);
    const here = sentenceAt(doc, mn.start);
    // '"I think his photography is influential," X said': the speaker talks about someone else
    const speaker = heShe && firstPersonIn(c, here) ? speakerOf(c, here) : -1;
    // names first (they carry actor codes), common-noun phrases only when no name fits
    for (const nominals of [false, true]) {
      if (owner[m] >= 0) break;
      // in the pronoun's sentence the nearest fits; in an earlier one its subject first (salience)
      let found: number[] = [];
      let foundIn = -1;
      for (let k = m - 1; k >= 0; k--) {
        const cand = ms[k];
        const s = sentenceAt(doc, cand.start);
        if (here - s > (IT.test(w) ? IT_WINDOW : window) || (foundIn >= 0 && s !== foundIn)) break;
        if (owner[k] < 0 || nested[k] || cand.type === 'TITLE' || cand.end > mn.start || owner[k] === speaker)
          continue;
        if (heShe && !nominals && cand.kind === 'nominal') continue;
        const cw = doc.text.slice(cand.start, cand.end);
        let ok: boolean;
        if (heShe) {
          ok =
            cand.type === 'PERSON' &&
            (cand.kind === 'pronoun' ? HE_SHE.test(cw) : !(cand.kind === 'nominal' && isPlural(c, k)));
          const g = ok ? genderOf(c, clusters[owner[k]]) : undefined;
          if (g && gender && g !== gender) ok = false;
        } else if (IT.test(w)) {
          ok = (cand.type === 'ORG' || cand.type === 'GPE') && (cand.kind !== 'pronoun' || IT.test(cw));
        } else {
          ok =
            cand.kind === 'pronoun'
              ? THEY.test(cw)
              : ((cand.type === 'ORG' || cand.type === 'NORP') && !modifier(c, k)) ||
                (cand.kind === 'nominal' && isPlural(c, k));
        }
        if (!ok) continue;
        found.push(k);
        foundIn = s;
        if (s === here) break;
      }
      if (!found.length) continue;
      const subject = found.find(
        (k) => c.heads[k] >= 0 && /^nsubj/.test(doc.tokens[c.heads[k]].deprel ?? ''),
      );
      if (subject !== undefined) found = [subject];
      c.add(owner[found[0]], m);
    }
  }
}

/** Whether mention k only modifies a noun ("Afghan" in "Afghan Ambassador", "Canadian garrison"). */
function modifier(c: Chains, k: number): boolean {
  const h = c.heads[k];
  return c.ms[k].kind === 'demonym' && h >= 0 && /^(amod|compound)$/.test(c.doc.tokens[h].deprel ?? '');
}

/** Whether sentence s has a first-person singular pronoun (a quote in the speaker's words). */
function firstPersonIn(c: Chains, s: number): boolean {
  const { doc } = c;
  const [f, l] = tokensIn(doc, doc.sentences[s]);
  for (let i = f; i < l; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'PRON' && /^(i|me|my|myself)$/i.test(doc.text.slice(t.start, t.end))) return true;
  }
  return false;
}

/**
 * First- and second-person pronouns: "I" joins the person who says the sentence ("…," said X / X said
 * "…"), else the previous "I" within a few sentences; "we" and "you" chain to their previous use.
 */
export function linkSpeakerPronouns(c: Chains, window: number): void {
  const { doc, ms, clusters, owner } = c;
  const last = new Map<string, number>();
  for (let m = 0; m < ms.length; m++) {
    const mn = ms[m];
    const w = doc.text.slice(mn.start, mn.end).toLowerCase();
    const person = /^(i|me|my|mine|myself)$/.test(w)
      ? 'i'
      : /^(we|us|our|ours|ourselves)$/.test(w)
        ? 'we'
        : /^(you|your|yours|yourself|yourselves)$/.test(w)
          ? 'you'
          : '';
    if (mn.kind !== 'pronoun' || !person || owner[m] >= 0) continue;
    const here = sentenceAt(doc, mn.start);
    let target = -1;
    if (person === 'i') target = speakerOf(c, here, true);
    const prev = last.get(person);
    // a quote run on from the sentence before: '"…," X said. "… I think …"', 'X has called it dangerous: "…"'
    if (person === 'i' && target < 0 && here > 0) target = speakerOf(c, here - 1, true);
    if (target < 0 && prev !== undefined && here - sentenceAt(doc, ms[prev].start) <= window)
      target = owner[prev];
    if (target < 0)
      target = clusters.push({ type: 'PERSON', mentions: [], keys: new Set(), names: [], roles: [] }) - 1;
    c.add(target, m);
    last.set(person, m);
  }
}

/**
 * The cluster of a third-person PERSON subject of a say verb in sentence s; with `intro`, also the subject
 * of a sentence that introduces a quote with a colon ('X has called the ruling dangerous: "…"').
 */
function speakerOf(c: Chains, s: number, intro = false): number {
  const { doc, ms, owner } = c;
  const colon = intro && /:\s*(["“]|$)/.test(doc.text.slice(doc.sentences[s].start, doc.sentences[s].end));
  for (let m = 0; m < ms.length; m++) {
    const h = c.heads[m];
    if (h < 0 || owner[m] < 0 || ms[m].type !== 'PERSON' || sentenceAt(doc, ms[m].start) !== s) continue;
    if (ms[m].kind === 'pronoun' && !/^(he|she)$/i.test(doc.text.slice(ms[m].start, ms[m].end))) continue;
    const t = doc.tokens[h];
    const v = t.head ?? -1;
    if (/^nsubj/.test(t.deprel ?? '') && v >= 0 && (colon || SAY.test(doc.tokens[v].lemma))) return owner[m];
  }
  return -1;
}
