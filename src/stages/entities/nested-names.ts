import { type Doc, tokensIn } from '../../model/doc.js';
import type { EntityType, Mention } from '../../model/schema.js';
import { lookupOrg } from '../../text/actors.js';
import { lookupCountry } from '../../text/countries.js';
import { geocode, lookupRegion } from '../../text/places.js';

const MAX_WORDS = 4;
// A name inside the name of a work, product, law or language is not that person or place: "Schindler's List"
// is no mention of Schindler, the "Dow Jones" index no mention of the firm.
const OPAQUE = new Set<EntityType>(['WORK_OF_ART', 'PRODUCT', 'LAW', 'LANGUAGE']);
const NAME_POS = /^(PROPN|NOUN|ADJ|VERB|X)$/;
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
  // capitalised content words: the words a nested name is made of (the tagger may read "United" in
  // "United States Navy" as a verb, "Facebook" in "Facebook co-founder" as a noun)
  const word = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++)
    word[i] = NAME_POS.test(toks[i].pos) && /^\p{Lu}/u.test(doc.text[toks[i].start]) ? 1 : 0;
  for (const m of doc.mentions) {
    if (!OPAQUE.has(m.type)) continue;
    const [f, l] = tokensIn(doc, m);
    for (let i = f; i < l; i++) word[i] = 0;
  }
  const isNameWord = (i: number): boolean => word[i] === 1;
  // the longest mention starting at each token: a part already a mention is searched on its own turn
  const longest = new Map<number, number>();
  for (const m of doc.mentions) longest.set(m.start, Math.max(longest.get(m.start) ?? 0, m.end));
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
      if (!isNameWord(a) || (a >= nf && a < nl) || (a > f && isNameWord(a - 1) && !countryAfter(doc, a, l)))
        continue;
      const own = longest.get(toks[a].start) ?? 0;
      if (own && own <= toks[l - 1].end && (toks[a].start !== m.start || own !== m.end)) {
        while (a + 1 < l && toks[a + 1].start < own) a++;
        continue;
      }
      for (let b = Math.min(l, a + MAX_WORDS); b > a; b--) {
        if ((a === f && b === l) || !isNameWord(b - 1) || (b > nf && a < nl)) continue;
        const start = toks[a].start;
        const end = toks[b - 1].end;
        const text = doc.text.slice(start, end);
        const type = typeOf(text);
        if (!type || (type === 'ORG' && m.type === 'ORG' && shortForm(doc.text.slice(m.start, m.end), text)))
          continue;
        // the mention itself inside its phrase ("New Zealand Herald" in "the New Zealand Herald") is looked into
        if (start === m.start && end === m.end) continue;
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

/**
 * Whether an organisation's name is the short form of a longer one it lies in ("Labour" in "Labour Party",
 * "Scientology" in "Church of Scientology"), not another organisation ("Google" in "Google Science Fair").
 */
function shortForm(long: string, part: string): boolean {
  if (long.endsWith(` of ${part}`)) return true;
  return long.startsWith(`${part} `) && !long.slice(part.length + 1).includes(' ');
}

const QUALIFIER =
  /^(north|south|east|west|northern|southern|eastern|western|central|new|upper|lower|greater)$/i;

/** "Fan Expo Canada", "Food Standards Australia": a country ends the name, but not "North Korea". */
function countryAfter(doc: Doc, a: number, l: number): boolean {
  const prev = doc.tokens[a - 1];
  if (QUALIFIER.test(doc.text.slice(prev.start, prev.end))) return false;
  for (let b = Math.min(l, a + 3); b > a; b--) {
    if (lookupCountry(doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end))?.kind === 'name')
      return true;
  }
  return false;
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
