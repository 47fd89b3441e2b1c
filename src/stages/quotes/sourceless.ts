import type { Quote } from '../../model/schema.js';
import type { Sentence } from './indirect.js';
import { cueLemma } from './lexicon.js';
import { parseChild, type Toks, word } from './phrases.js';

// Passives whose source goes unnamed ("is expected to", "was accused of", "is said to"): PolNeAR train marks
// 75 % of `is expected` as an attribution with no source; no agent, so no speaker.
const PASSIVE = new Set([
  'expect',
  'say',
  'accuse',
  'rumor',
  'rumour',
  'allege',
  'report',
  'criticize',
  'charge',
]);
// "Trump seems to be …", "it appeared that …": a stance with no source (root or coordinated verbs only)
const RAISING = new Set(['seem', 'appear']);
const BE = /^(is|are|was|were|be|been|being|'s|’s|'re|’re)$/i;

/**
 * Attributions with no source, as PolNeAR marks them: the subject and the complement are the content's two
 * parts (`About one of every nine voters` + `to be Latino`, cue `is expected`), the speaker is null.
 */
export function sourcelessQuotes(t: Toks, s: Sentence, quoted: (i: number) => boolean): Quote[] {
  const out: Quote[] = [];
  for (let k = s.lo; k < s.hi; k++) {
    const tok = t.toks[k];
    if (tok.pos !== 'VERB' || quoted(k) || tok.deprel === undefined) continue;
    const lemma = tok.lemma.toLowerCase();
    if (lemma === 'ask') {
      const q = askedAbout(t, s, k, quoted);
      if (q) out.push(q);
      continue;
    }
    let from = k;
    if (PASSIVE.has(lemma)) {
      if (tok.xpos !== 'VBN' || /^acl/.test(tok.deprel)) continue;
      while (from - 1 >= s.lo && /^(ADV|PART)$/.test(t.toks[from - 1].pos)) from--;
      if (from - 1 < s.lo || !BE.test(word(t, from - 1))) continue;
      from--;
    } else if (!RAISING.has(lemma) || !/^(root|conj)$/.test(tok.deprel)) continue;
    const subj = parseChild(t, k, s.lo, s.hi, /^nsubj/);
    const comp = parseChild(t, k, s.lo, s.hi, /^(xcomp|ccomp)/);
    if (!comp || comp[0] <= k || comp[0] > k + 2) continue;
    // the complement runs to the sentence end or its first comma (the parse may cut it short)
    // "X seemed to mock Y": a cue under it makes an attribution with a source, the frame rules' business
    const head = headOf(t, comp, k);
    if (head >= 0 && cueLemma(t.toks[head].lemma, word(t, head))) continue;
    let end = firstComma(t, comp[0], s.hi - 1, quoted);
    while (end > comp[0] && /^[.,;:!?]$/.test(word(t, end))) end--;
    if (end - comp[0] < 1) continue;
    const parts = [{ start: t.toks[comp[0]].start, end: t.toks[end].end }];
    const expletive = subj && subj[0] === subj[1] && /^it$/i.test(word(t, subj[0]));
    if (subj && subj[1] < from && !expletive) {
      if (from - 1 - subj[0] > 25) continue;
      const last = firstComma(t, subj[0], from - 1, quoted); // "voters this fall | is expected"
      parts.unshift({ start: t.toks[subj[0]].start, end: t.toks[last].end });
    } else if (!expletive) continue;
    out.push({
      kind: 'indirect',
      parts,
      cue: { start: t.toks[from].start, end: tok.end },
      speaker: null,
    });
  }
  return out;
}

/** The last token before the first comma outside quotation marks in [a, b] ("Clinton, casting herself …"). */
function firstComma(t: Toks, a: number, b: number, quoted: (i: number) => boolean): number {
  for (let i = a + 1; i <= b; i++) if (word(t, i) === ',' && !quoted(i)) return i - 1;
  return b;
}

/** The token of span [a, b] whose head is k (the complement's own head), or -1. */
function headOf(t: Toks, [a, b]: [number, number], k: number): number {
  for (let i = a; i <= b; i++) if (t.toks[i].head === k) return i;
  return -1;
}

const QUESTION = /^(about|if|whether|what|who|whom|why|how|when|where|which|to)$/i;

/**
 * "Asked if he was ever bullied, the candidate said no", "when asked about his daughter's work, …", "was
 * asked to name …": the question put to someone, with no source (PolNeAR's reading); it runs to the comma.
 */
function askedAbout(t: Toks, s: Sentence, k: number, quoted: (i: number) => boolean): Quote | null {
  if (!/^VB[ND]$/.test(t.toks[k].xpos ?? '')) return null; // the tagger reads a fronted "Asked" as past tense
  const before = k > s.lo ? word(t, k - 1) : '';
  if (k > s.lo && !/^(when|if|after|once|being|been|was|were|is|are)$/i.test(before)) return null;
  let c = k + 1;
  if (c >= s.hi || !QUESTION.test(word(t, c))) return null;
  const about = /^about$/i.test(word(t, c));
  if (about) c++;
  const end = firstComma(t, c, s.hi - 1, quoted);
  let last = end;
  while (last > c && /^[.;:!?]$/.test(word(t, last))) last--;
  if (last - c < 1) return null;
  return {
    kind: 'indirect',
    parts: [{ start: t.toks[c].start, end: t.toks[last].end }],
    cue: { start: t.toks[k].start, end: t.toks[about ? k + 1 : k].end },
    speaker: null,
  };
}
