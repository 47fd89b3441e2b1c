import { type Doc, tokensIn } from '../../model/doc.js';
import type { EntityType, Mention } from '../../model/schema.js';
import { lookupOrg } from '../../text/actors.js';
import { lookupCountry } from '../../text/countries.js';
import { geocode, lookupRegion } from '../../text/places.js';

const MAX_WORDS = 4;
// A name inside the name of a work, product, law or language is not that person or place: "Schindler's List"
// is no mention of Schindler, the "Dow Jones" index no mention of the firm.
const OPAQUE = new Set<EntityType>(['WORK_OF_ART', 'PRODUCT', 'LAW', 'LANGUAGE']);
const CITY_POPULATION = 100_000; // a town inside a name must be a real city ("Arlington"), not a word ("Union")

/**
 * Names inside names and inside noun phrases, as mentions of their own: "Texas" and "Arlington" in
 * "University of Texas Arlington", "NASA" in "a NASA T-shirt", "Kowloon" in "Kowloon West". A part counts
 * when it is a country, region, organisation or city we know, or a name the document uses on its own.
 * Person names are not searched ("Paris" in "Valeska Paris").
 */
export function addNestedNames(doc: Doc): void {
  const toks = doc.tokens;
  if (!toks.length || !doc.mentions.length) return;
  const spans = new Set(doc.mentions.map((m) => `${m.start}:${m.end}`));
  const known = standaloneNames(doc);
  const memo = new Map<string, EntityType | null>();
  const typeOf = (text: string): EntityType | undefined => {
    if (!memo.has(text)) memo.set(text, knownType(text, known) ?? null);
    return memo.get(text) ?? undefined;
  };
  // capitalised proper-noun tokens: the words a nested name is made of
  const word = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++)
    word[i] = toks[i].pos === 'PROPN' && /^\p{Lu}/u.test(doc.text[toks[i].start]) ? 1 : 0;
  for (const m of doc.mentions) {
    if (!OPAQUE.has(m.type)) continue;
    const [f, l] = tokensIn(doc, m);
    for (let i = f; i < l; i++) word[i] = 0;
  }
  const isNameWord = (i: number): boolean => word[i] === 1;
  const added: Mention[] = [];
  for (const m of doc.mentions) {
    if (m.type === 'TITLE' || m.kind === 'pronoun') continue;
    const [f, l] = tokensIn(doc, m.phrase ?? m);
    if (l - f < 2) continue;
    if ((m.type === 'GPE' || m.type === 'LOC') && isKnownPlace(doc.text.slice(m.start, m.end))) continue;
    // a person's own name is not searched, only the phrase around it ("Texas student Ahmed Mohamed")
    const [nf, nl] = m.type === 'PERSON' && m.kind === 'name' ? tokensIn(doc, m) : [l, l];
    for (let a = f; a < l; a++) {
      // a part starts its own run of name words: "Korea" in "North Korea" or "Party" in "New People
      // Party" is no name of its own
      if (!isNameWord(a) || (a >= nf && a < nl) || (a > f && isNameWord(a - 1))) continue;
      for (let b = Math.min(l, a + MAX_WORDS); b > a; b--) {
        if ((a === f && b === l) || !isNameWord(b - 1) || (b > nf && a < nl)) continue;
        const start = toks[a].start;
        const end = toks[b - 1].end;
        const text = doc.text.slice(start, end);
        const type = typeOf(text);
        if (!type) continue;
        if (!spans.has(`${start}:${end}`)) {
          spans.add(`${start}:${end}`);
          added.push({ start, end, type, kind: 'name' });
        }
        a = b - 1;
        break;
      }
    }
  }
  if (!added.length) return;
  doc.mentions.push(...added);
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Names the document uses as mentions that lie inside no other mention, with their types. */
function standaloneNames(doc: Doc): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  let reach = -1;
  for (const m of doc.mentions) {
    const inside = m.end <= reach;
    reach = Math.max(reach, m.end);
    if (inside || m.kind !== 'name' || m.type === 'TITLE' || m.type === 'EVENT') continue;
    const text = doc.text.slice(m.start, m.end).replace(/['’]s?$/, '');
    if (!out.has(text)) out.set(text, m.type);
  }
  return out;
}

/** A country, region or city as a whole ("North Korea", "Washington D.C."): its words name no other place. */
const isKnownPlace = (text: string): boolean =>
  lookupCountry(text) !== undefined ||
  lookupRegion(text) !== undefined ||
  geocode(text, [], CITY_POPULATION) !== null;

function knownType(text: string, known: Map<string, EntityType>): EntityType | undefined {
  const own = known.get(text);
  if (own) return own;
  const c = lookupCountry(text);
  if (c) return c.kind === 'demonym' ? undefined : 'GPE';
  const region = lookupRegion(text);
  if (region) return region;
  if (lookupOrg(text)) return 'ORG';
  return !text.includes(' ') && geocode(text, [], CITY_POPULATION) ? 'GPE' : undefined;
}
