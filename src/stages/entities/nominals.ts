import type { Doc } from '../../model/doc.js';
import { tokensIn } from '../../model/doc.js';
import type { Mention } from '../../model/schema.js';
import { lookupTitle } from '../../text/actors.js';
import { nounType, SPEAKER_PRONOUNS } from './nouns.js';
import { childrenOf, hasParse, headIn, phraseTokens } from './phrases.js';

const INDEFINITE_PEOPLE = /^(someone|somebody|everyone|everybody|anyone|anybody|nobody)$/i;
// Heads of "hundreds of vendors", "one of the nations", "a quarter of citizens": the quantity heads the mention.
const QUANTITY =
  /^(hundred|thousand|million|billion|dozen|score|number|handful|couple|majority|minority|half|quarter|third|percent|rest|lot|plenty|some|many|most|all|both|none|one|each|several|few|any|either|neither)$/i;

/** The quantity token "X of" when token i is its "of" complement ("thousands of fans" → "thousands"), else i. */
function quantityHead(doc: Doc, kids: number[][], i: number): number {
  const t = doc.tokens[i];
  const q = t.head ?? -1;
  if (q < 0 || q >= i || !/^nmod/.test(t.deprel ?? '')) return i;
  if (!kids[i].some((k) => doc.tokens[k].lemma.toLowerCase() === 'of' && doc.tokens[k].deprel === 'case'))
    return i;
  const qt = doc.tokens[q];
  return qt.pos === 'NUM' || (/^(NOUN|PRON|DET|ADJ)$/.test(qt.pos) && QUANTITY.test(qt.lemma)) ? q : i;
}

/** "the Church", "the Court": a capitalised common noun alone after "the" (the tagger calls it a proper noun). */
function loneProperNoun(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  if (toks[i].pos !== 'PROPN' || i === 0 || toks[i + 1]?.pos === 'PROPN') return false;
  return /^the$/i.test(doc.text.slice(toks[i - 1].start, toks[i - 1].end));
}

const RANK = /^(first|second|third|fourth|fifth|last|top)$/i;

/** A place noun in an idiom, no place: "take place", "in place of", "first place", "on board". */
function idiom(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const word = (j: number) => (j >= 0 && j < toks.length ? doc.text.slice(toks[j].start, toks[j].end) : '');
  const lemma = toks[i].lemma.toLowerCase();
  if (lemma === 'board') return /^on$/i.test(word(i - 1));
  if (lemma !== 'place') return false;
  const h = toks[i].head ?? -1;
  if (h >= 0 && toks[h].lemma.toLowerCase() === 'take' && toks[i].deprel === 'obj') return true;
  if (/^in$/i.test(word(i - 1)) && /^of$/i.test(word(i + 1))) return true;
  return RANK.test(word(i - 1)) || /^\d+(st|nd|rd|th)$/i.test(word(i - 1));
}

/**
 * From the parse: gives each mention its whole noun phrase (`phrase`), and adds the mentions the name
 * finder leaves out — common-noun phrases about people, organisations and places (`kind: 'nominal'`:
 * "the researchers", "the company") and first/second-person pronouns (`kind: 'pronoun'`). No-op without a parse.
 */
export function addPhraseMentions(doc: Doc): void {
  if (!hasParse(doc)) return;
  const toks = doc.tokens;
  const kids = childrenOf(doc);
  const covered = new Uint8Array(toks.length);
  const claimed = new Uint8Array(toks.length);
  const setPhrase = (m: Mention, h: number) => {
    const [lo, hi] = phraseTokens(doc, kids, h);
    const start = Math.min(m.start, toks[lo].start);
    const end = Math.max(m.end, toks[hi - 1].end);
    // only a phrase that grows the mention on a side the parse agrees with
    if ((start !== m.start || end !== m.end) && toks[lo].start <= m.start && toks[hi - 1].end >= m.end)
      m.phrase = { start, end };
  };
  for (const m of doc.mentions) {
    const [f, l] = tokensIn(doc, m);
    for (let i = f; i < l; i++) covered[i] = 1;
    if (m.type === 'TITLE' || l <= f) continue;
    let h = headIn(doc, f, l);
    // "Texas student Ahmed Mohamed": the name hangs off the noun it names (flat).
    const up = toks[h].head ?? -1;
    if (toks[h].deprel === 'flat' && up >= 0 && up < f && /^(NOUN|PROPN)$/.test(toks[up].pos)) h = up;
    const q = quantityHead(doc, kids, h);
    if (q !== h && !covered[q] && !claimed[q]) h = q;
    claimed[h] = 1;
    setPhrase(m, h);
  }
  const added: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || claimed[i]) continue;
    const word = doc.text.slice(t.start, t.end);
    if (t.pos === 'PRON') {
      const lower = word.toLowerCase();
      if (SPEAKER_PRONOUNS.has(lower) || INDEFINITE_PEOPLE.test(lower))
        added.push({ start: t.start, end: t.end, type: 'PERSON', kind: 'pronoun' });
      continue;
    }
    // a noun modifier ("volunteer organisation") or a verbless headline rarely refers on its own
    if (!(t.pos === 'NOUN' || loneProperNoun(doc, i)) || /^(compound|root)/.test(t.deprel ?? '')) continue;
    const type = nounType(t.lemma) ?? (lookupTitle(t.lemma) ? 'PERSON' : undefined);
    if (!type || idiom(doc, i)) continue;
    const q = quantityHead(doc, kids, i);
    if (q !== i && (covered[q] || claimed[q])) continue;
    const [lo] = phraseTokens(doc, kids, q);
    const m: Mention = { start: toks[lo].start, end: t.end, type, kind: 'nominal' };
    claimed[q] = 1;
    setPhrase(m, q);
    added.push(m);
  }
  if (!added.length) return;
  doc.mentions.push(...added);
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
