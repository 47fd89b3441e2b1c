import { CUES, cueLemma } from './lexicon.js';
import { npEndingAt, npStartingAt, parseSubject, subjectBefore, type Toks, word } from './phrases.js';

/** A cue with its speaker, found in one sentence before deciding what it introduces. */
export interface Frame {
  /** First and last token of the cue ("said", "pointed out", "according to"). */
  cue: [number, number];
  lemma: string;
  speaker: [number, number] | null;
  /** The speaker follows the cue ("said Lavrov", "according to X"). */
  inverted: boolean;
  kind: 'clause' | 'object' | 'quoteOnly' | 'according';
}

const HEADLINE_FORMS = new Map(
  Object.entries({
    says: 'say',
    said: 'say',
    warns: 'warn',
    tells: 'tell',
    insists: 'insist',
    claims: 'claim',
    denies: 'deny',
    calls: 'call',
    urges: 'urge',
    slams: 'slam',
    blasts: 'blast',
    admits: 'admit',
    vows: 'vow',
  }),
);
const isBe = (t: Toks, i: number) => /^(is|are|was|were|be|been|being)$/i.test(word(t, i));
const ENDS_CLAUSE = /^[,.;:!?\u201c\u201d"\u00ab\u00bb)\u2014\u2013-]$/;

/** Does [a, b] read as a clause: a noun then a verb before any comma ("the meeting deteriorated …")? */
const isClause = (t: Toks, a: number, b: number) => {
  for (let i = a; i < b && word(t, i) !== ','; i++)
    if (/^(NOUN|PROPN|PRON)$/.test(t.toks[i].pos) && t.toks[i + 1].pos === 'VERB') return true;
  return false;
};

/** `…,” Viguerie notes.`: a word between a name (or pronoun) right after a quotation and the clause end. */
function afterName(t: Toks, k: number, lo: number, hi: number): boolean {
  if (k - 1 < lo || k + 1 >= hi || !/s$/.test(word(t, k)) || !/^[.,;]$/.test(word(t, k + 1))) return false;
  let a = k - 1;
  if (t.toks[a].pos === 'PRON' && !/^(he|she|they)$/i.test(word(t, a))) return false;
  if (t.toks[a].pos === 'PROPN') while (a - 1 >= lo && t.toks[a - 1].pos === 'PROPN') a--;
  else if (t.toks[a].pos !== 'PRON') return false;
  return a - 1 >= lo && /^[,\u201d"\u2019]$/.test(word(t, a - 1));
}

/** A past participle modifying a noun ("a sentiment endorsed by", "a group called"): no speaker of its own. */
const participle = (t: Toks, k: number) => t.toks[k].xpos === 'VBN' && /^acl/.test(t.toks[k].deprel ?? '');

/**
 * The subject of the verb a cue hangs on; a coordinated verb with none shares its first conjunct's ("Dean
 * appeared on MSNBC and began by saying …").
 */
function mainSubject(t: Toks, h: number, lo: number, hi: number, quoted: (i: number) => boolean) {
  const own = parseSubject(t, h, lo, hi, quoted);
  if (own || t.toks[h].deprel !== 'conj') return own;
  const first = t.toks[h].head ?? -1;
  return first >= lo && first < h ? parseSubject(t, first, lo, hi, quoted) : null;
}

/**
 * The object of `according to` the noun-phrase rules miss (`a newly published survey from Ohio`, `the most
 * recent police data available`): the words up to the next comma or the sentence end, when a noun is among them.
 */
function accordingObject(t: Toks, first: number, hi: number): [number, number] | null {
  let last = first - 1;
  const stop = (i: number) => /^[,.;:!?\u2014\u2013()\u201c\u201d"]$/.test(word(t, i));
  while (last + 1 < hi && last + 1 < first + 12 && !stop(last + 1)) last++;
  if (last + 1 < hi && !stop(last + 1)) return null; // runs on: no phrase of its own
  for (let i = first; i <= last; i++) if (/^(NOUN|PROPN)$/.test(t.toks[i].pos)) return [first, last];
  return null;
}

/** Cue frames in tokens [lo, hi); `quoted(i)` tells whether token i lies inside quotation marks. */
export function findFrames(t: Toks, lo: number, hi: number, quoted: (i: number) => boolean): Frame[] {
  const out: Frame[] = [];
  for (let k = lo; k < hi; k++) {
    if (quoted(k)) continue;
    const tok = t.toks[k];
    const w = word(t, k).toLowerCase();
    if (w === 'according' && k + 1 < hi && word(t, k + 1).toLowerCase() === 'to') {
      out.push({
        cue: [k, k + 1],
        lemma: 'according to',
        speaker: npStartingAt(t, k + 2, hi) ?? accordingObject(t, k + 2, hi),
        inverted: true,
        kind: 'according',
      });
      continue;
    }
    // "Trump's claim that …": a possessive speaker and a reporting noun
    if (
      tok.pos === 'NOUN' &&
      CUES.nounThat.has(tok.lemma.toLowerCase()) &&
      /^that$/i.test(word(t, k + 1) ?? '')
    ) {
      const poss = k - 1 >= lo && /^['\u2019]s$/.test(word(t, k - 1)) ? npEndingAt(t, k - 2, lo) : null;
      if (poss && k + 1 < hi) {
        out.push({
          cue: [k, k],
          lemma: tok.lemma.toLowerCase(),
          speaker: poss,
          inverted: false,
          kind: 'clause',
        });
        continue;
      }
    }
    // headlines in title case: the tagger often takes "Says" for a name
    const headline = tok.pos !== 'VERB' && /^\p{Lu}/u.test(word(t, k)) ? HEADLINE_FORMS.get(w) : undefined;
    // "…,” Viguerie notes.": the tagger takes a cue after a name for a plural noun
    const tagged = tok.pos === 'VERB' || (tok.pos === 'NOUN' && afterName(t, k, lo, hi));
    if (!tagged && !headline) continue;
    const lemma = headline ?? cueLemma(tok.lemma, word(t, k));
    if (!lemma) continue;
    // passive: "was asked", "is known for"
    const byAgent = k + 1 < hi && /^by$/i.test(word(t, k + 1));
    if (k - 1 >= lo && isBe(t, k - 1) && (/ed$/.test(w) || (tok.xpos === 'VBN' && !byAgent))) continue;
    if (participle(t, k)) continue;
    if (lemma === 'compare' && k + 1 < hi && /^(to|with)$/i.test(word(t, k + 1))) continue; // ", compared to 50 percent"
    let end = k;
    const particle = CUES.particle.get(lemma);
    if (particle) {
      if (k + 1 < hi && word(t, k + 1).toLowerCase() === particle) end = k + 1;
      else continue;
    }
    const kind = CUES.clause.has(lemma) ? 'clause' : CUES.object.has(lemma) ? 'object' : 'quoteOnly';
    let speaker: [number, number] | null = null;
    let inverted = false;
    const prev = out[out.length - 1];
    if (/ing$/.test(w) && k - 1 >= lo && word(t, k - 1) === ',') {
      speaker = prev?.speaker ?? null; // "…, adding that": the subject of the clause before
      // "Oz defended the show, saying that …": with no cue before, the subject of the verb it hangs on
      const h = t.toks[k].head ?? -1;
      if (!speaker && h >= lo && h < k && /^(advcl|xcomp|conj)$/.test(t.toks[k].deprel ?? '')) {
        const main = mainSubject(t, h, lo, hi, quoted);
        if (main && !main.after) speaker = main.span;
      }
    } else {
      // the parse's subject when tokens carry one, else the phrase rules
      const h = t.toks[k].head ?? -1;
      // "… described the showdown as ominous, and said …": a coordinated cue shares its subject
      const parsed =
        parseSubject(t, k, lo, hi, quoted) ??
        (t.toks[k].deprel === 'conj' && h >= lo && h < k ? parseSubject(t, h, lo, hi, quoted) : null);
      speaker = parsed?.span ?? subjectBefore(t, k, lo);
      inverted = parsed?.after ?? false;
      // "Bolton distanced himself … by saying he would …": an adverbial cue takes its clause's subject
      if (!speaker && /^(advcl|xcomp)$/.test(t.toks[k].deprel ?? '') && h >= lo && h < k) {
        const main = mainSubject(t, h, lo, hi, quoted);
        if (main && !main.after) speaker = main.span;
      }
      // "Conceding that …, he said …": a participle opening the sentence takes the main clause's subject
      if (
        !speaker &&
        k === lo &&
        t.toks[k].deprel === 'advcl' &&
        /^VB[GN]$/.test(t.toks[k].xpos ?? '') &&
        h > k
      ) {
        const main = mainSubject(t, h, lo, hi, quoted);
        if (main && !main.after && main.span[0] > k) speaker = main.span;
      }
      // "said it was opposed to the test and warned …": a cue after "and" shares the last cue's subject
      if (!speaker && prev?.speaker && !prev.inverted && k - 1 >= lo && /^(and|but)$/i.test(word(t, k - 1)))
        speaker = prev.speaker;
      const before = k - 1 >= lo ? word(t, k - 1) : '';
      // "The meeting deteriorated from there, said one source": a clause taken for the subject
      const clause = speaker && !inverted && before === ',' && isClause(t, speaker[0], speaker[1]);
      if ((!speaker || clause) && (k === lo || ENDS_CLAUSE.test(before))) {
        const np = npStartingAt(t, end + 1, hi);
        const after = np ? np[1] + 1 : -1;
        if (np && (after >= hi || ENDS_CLAUSE.test(word(t, after)) || t.toks[after].pos === 'ADP')) {
          speaker = np;
          inverted = true;
        }
      }
    }
    out.push({ cue: [k, end], lemma, speaker, inverted, kind });
  }
  return out;
}
