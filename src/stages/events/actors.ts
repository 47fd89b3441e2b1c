import worldCountries, { type Country } from 'world-countries';
import type { Doc } from '../../model/doc.js';
import { loadLexicon, officeHolders } from '../../text/lexicon.js';
import { collapseSpaces, isSpaceCode } from '../../text/spaces.js';

/** An actor found in a sentence: a span, its tokens [tokStart, tokEnd), and its code when known. */
export interface Actor {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  code?: string;
  entity?: number;
  /** 'sector' when the actor is only a sector word ("officials", "rebels"): weaker evidence of a party. */
  kind: 'named' | 'sector';
  /** Set when the actor ends in a title or sector word ("UN Secretary-General"): a name right after is its holder. */
  titled?: boolean;
  /** A person's name that no table coded: coded from the sentence's country when there is one. */
  unknownPerson?: boolean;
  /** Matched in the organisation or country table ("Boko Haram"), so no person whatever the NER says. */
  group?: boolean;
}

interface ActorWords {
  countries: Record<string, string>;
  orgs: Record<string, string>;
  sectors: Record<string, string>;
}

interface Tables {
  /** lower-cased name → code, for names that must be written with a capital. */
  names: Map<string, string>;
  /** names from the organisation and country tables (not persons): they code a mention the NER called a person */
  groups: Set<string>;
  sectors: Map<string, string>;
  /** Each key's prefixes that end where a token can end (a space, a letter/other switch, the key's end). */
  heads: Set<string>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const words = loadLexicon<ActorWords>('events/actors.json');
  const names = new Map<string, string>();
  const add = (k: string | undefined, code: string) => {
    if (k && k.length >= 2 && !names.has(k.toLowerCase())) names.set(k.toLowerCase(), code);
  };
  for (const [k, v] of Object.entries(words.orgs)) add(k, v);
  for (const [k, v] of Object.entries(words.countries)) add(k, v);
  const groups = new Set(names.keys());
  const bySurname = new Map<string, Set<string>>();
  for (const h of officeHolders()) {
    add(h.name, h.code);
    for (const a of h.aliases) add(a, h.code);
    const last = h.name.split(/\s+/).at(-1)?.replace(/^al-/i, '');
    if (last && last.length > 3) bySurname.set(last, (bySurname.get(last) ?? new Set()).add(h.code));
  }
  // a bare surname only when it names one code and is no common word ("Major", "Gates", "Rice")
  for (const [last, cs] of bySurname)
    if (cs.size === 1 && !COMMON.has(last.toLowerCase())) add(last, [...cs][0]);
  for (const c of countries) {
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
    add(c.demonyms?.eng?.m, c.cca3);
    add(c.demonyms?.eng?.f, c.cca3);
    for (const cap of c.capital ?? []) add(cap, c.cca3);
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[A-Za-z .'-]+$/.test(alt)) add(alt, c.cca3);
  }
  const sectors = new Map(Object.entries(words.sectors).map(([k, v]) => [k.toLowerCase(), v]));
  // the entities stage's group nouns too ("ministers", "youths"), so both stages know the same sectors
  const shared = loadLexicon<{ sectors: Record<string, string> }>('actors/sectors.json').sectors;
  for (const [k, v] of Object.entries(shared))
    if (!sectors.has(k.toLowerCase()) && !EQUIPMENT.has(k)) sectors.set(k.toLowerCase(), v);
  const heads = new Set<string>();
  for (const k of [...names.keys(), ...sectors.keys()]) {
    for (let p = 1; p < k.length; p++)
      if (k[p] === ' ' || isWordChar(k[p]) !== isWordChar(k[p - 1])) heads.add(k.slice(0, p));
    heads.add(k);
  }
  tables = { names, groups, sectors, heads };
  return tables;
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** Weapons the entities stage codes as MIL: as an object they are what is fired, not whom ("fired artillery at X"). */
const EQUIPMENT = new Set(['artillery', 'helicopters', 'warships', 'navy']);
const COMMON = new Set(
  'major taylor baker gates cook straw perry rice brown may hague francis jonathan moon park lee kim'.split(
    ' ',
  ),
);
// the package is CommonJS exporting the array; its typings describe an ES default export
const countries = worldCountries as unknown as Country[];
const MAX_WORDS = 5;
const capitalised = (s: string) => /^[A-Z]/.test(s);
const isIgoOrGroup = (code: string) =>
  code.length > 3 && !/^[A-Z]{3}(GOV|MIL|REB|OPP|COP|JUD|LEG)$/.test(code);

// The whole text lower-cased once per doc (null when lower-casing would move offsets or depend on context),
// with a prefix count of the positions a phrase would need collapsed (whitespace other than a space, or a
// space after a space), so a phrase [a, b) needs the replace only when odd[b] > odd[a].
const lowered = new WeakMap<Doc, { low: string; odd: Int32Array } | null>();

function loweredText(doc: Doc): { low: string; odd: Int32Array } | null {
  let l = lowered.get(doc);
  if (l !== undefined) return l;
  const low = doc.text.includes('Σ') ? null : doc.text.replace(/[’]/g, "'").toLowerCase();
  if (low === null || low.length !== doc.text.length) l = null;
  else {
    const odd = new Int32Array(low.length + 1);
    for (let p = 0; p < low.length; p++) {
      const c = low.charCodeAt(p);
      const bad = c === 32 ? p > 0 && low.charCodeAt(p - 1) === 32 : isSpaceCode(c);
      odd[p + 1] = odd[p] + (bad ? 1 : 0);
    }
    l = { low, odd };
  }
  lowered.set(doc, l);
  return l;
}

/** The lower-cased text of tokens [i, j] with whitespace collapsed. */
function phrase(doc: Doc, i: number, j: number): string {
  const l = loweredText(doc);
  if (l === null)
    return doc.text
      .slice(doc.tokens[i].start, doc.tokens[j].end)
      .replace(/\s+/g, ' ')
      .replace(/[’]/g, "'")
      .toLowerCase();
  const a = doc.tokens[i].start;
  const b = doc.tokens[j].end;
  const s = l.low.slice(a, b);
  return l.odd[b] > l.odd[a] ? collapseSpaces(s) : s;
}

/**
 * Whether some name or sector can start at token i: its lower-cased text must be a key's head, unless the next
 * token is glued to it within a word ("can" + "not"), where a key could run across the boundary.
 */
function canStartAt(doc: Doc, i: number, last: number, t: Tables): boolean {
  const tok = doc.tokens[i];
  const next = i + 1 < last ? doc.tokens[i + 1] : undefined;
  if (
    next &&
    next.start === tok.end &&
    isWordChar(doc.text[tok.end - 1]) === isWordChar(doc.text[next.start])
  )
    return true;
  return t.heads.has(phrase(doc, i, i));
}

/** Longest name or sector match starting at token i: [end token (exclusive), code, kind] or null. */
function matchAt(
  doc: Doc,
  i: number,
  last: number,
  t: Tables,
): [number, string, 'named' | 'sector', boolean] | null {
  if (!canStartAt(doc, i, last, t)) return null;
  const named = capitalised(doc.text.slice(doc.tokens[i].start, doc.tokens[i].end));
  for (let j = Math.min(last - 1, i + MAX_WORDS - 1); j >= i; j--) {
    const p = phrase(doc, i, j);
    const name = named ? t.names.get(p) : undefined;
    if (name) return [j + 1, name, 'named', t.groups.has(p)];
    const sector = t.sectors.get(p);
    if (sector && /NOUN|PROPN/.test(doc.tokens[j].pos)) return [j + 1, sector, 'sector', false];
  }
  return null;
}

/**
 * Actors in tokens [first, last) of a sentence: mentions from the entities stage (with their codes) where
 * present, else our own names (countries, capitals, demonyms, organisations, office holders) and sector
 * words; "Syrian opposition" and "Russia's Foreign Minister" combine a country with a sector (SYROPP, RUSGOV).
 */
export function findActors(doc: Doc, first: number, last: number): Actor[] {
  const t = load();
  const raw: Actor[] = [];
  for (let i = first; i < last; ) {
    const m = matchAt(doc, i, last, t);
    if (!m) {
      i++;
      continue;
    }
    const [end, code, kind, group] = m;
    raw.push({
      start: doc.tokens[i].start,
      end: doc.tokens[end - 1].end,
      tokStart: i,
      tokEnd: end,
      code,
      kind,
      ...(group ? { group } : {}),
    });
    i = end;
  }
  return codeUnknownPersons(doc, absorbNames(doc, combine(doc, withMentions(doc, first, last, raw)), last));
}

/**
 * A person no table coded takes the one country the sentence names ("Salaheddine Sidhoum, Algeria's leading
 * activist" → DZA), else the country the document mentions most; with two or more in the sentence and none
 * in the document, they stay uncoded (precision first).
 */
function codeUnknownPersons(doc: Doc, actors: Actor[]): Actor[] {
  if (!actors.some((a) => a.unknownPerson && !a.code)) return actors;
  const inSentence = new Set(actors.map((a) => countryPart(a.code)).filter((c): c is string => !!c));
  const country = inSentence.size === 1 ? [...inSentence][0] : inSentence.size ? undefined : docCountry(doc);
  if (!country) return actors;
  return actors.map((a) => (a.unknownPerson && !a.code ? { ...a, code: country } : a));
}

/** The country of an actor code ("DZAGOV" → DZA), or undefined for IGOs, groups and '---'. */
function countryPart(code: string | undefined): string | undefined {
  const c = code?.slice(0, 3);
  return c && /^[A-Z]{3}$/.test(c) && !/^(IGO|NGO|IMG|MNC|---)$/.test(c) && countryCodes().has(c)
    ? c
    : undefined;
}

let iso3: Set<string> | undefined;
const countryCodes = () => (iso3 ??= new Set(countries.map((c) => c.cca3)));

const docCountries = new WeakMap<Doc, string | undefined>();

/** The country the document's entities name most often, if one leads. */
function docCountry(doc: Doc): string | undefined {
  if (docCountries.has(doc)) return docCountries.get(doc);
  const n = new Map<string, number>();
  for (const m of doc.mentions) {
    const c = m.entity === undefined ? undefined : countryPart(doc.entities[m.entity]?.code);
    if (c) n.set(c, (n.get(c) ?? 0) + 1);
  }
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  const best =
    ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
  docCountries.set(doc, best);
  return best;
}

/**
 * Joins neighbours into one actor: a title before a name ("President Bashar Assad" takes the name's code),
 * a country or organisation before a sector ("Syrian opposition" → SYROPP, "Assad's regime" → SYRGOV).
 */
function combine(doc: Doc, raw: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const b of raw) {
    const a = out.at(-1);
    if (
      a &&
      a.kind === 'sector' &&
      b.kind === 'named' &&
      b.tokStart - a.tokEnd <= 2 &&
      gapIsModifiers(doc, a.tokEnd, b.tokStart)
    ) {
      // "President Askar Akayev": a name we cannot code keeps the title's sector
      out[out.length - 1] = b.code
        ? { ...b, start: a.start, tokStart: a.tokStart }
        : { ...a, end: b.end, tokEnd: b.tokEnd };
      continue;
    }
    // "Palestinian leader Yasser Arafat": an uncoded name right after a coded actor is that actor
    if (a?.code && b.kind === 'named' && !b.code && b.tokStart === a.tokEnd) {
      out[out.length - 1] = { ...a, end: b.end, tokEnd: b.tokEnd };
      continue;
    }
    if (a?.code && a.kind === 'named' && b.kind === 'sector' && gapIsModifiers(doc, a.tokEnd, b.tokStart)) {
      out[out.length - 1] = {
        ...a,
        end: b.end,
        tokEnd: b.tokEnd,
        code: withSector(a.code, b.code!),
        titled: true,
      };
      continue;
    }
    // "UN Secretary-General Kofi Annan", "Russia's Foreign Minister Sergey Lavrov": the person is the actor
    if (a?.titled && b.kind === 'named' && b.tokStart === a.tokEnd) {
      out[out.length - 1] = { ...b, start: a.start, tokStart: a.tokStart, code: b.code ?? a.code };
      continue;
    }
    // "soldiers from Gondor", "the ambassador of Arnor"
    if (a && a.kind === 'sector' && b.code && b.kind === 'named' && isOfFrom(doc, a.tokEnd, b.tokStart)) {
      out[out.length - 1] = { ...b, start: a.start, tokStart: a.tokStart, code: withSector(b.code, a.code!) };
      continue;
    }
    out.push({ ...b });
  }
  return out.map((a) => (a.kind === 'sector' ? { ...a, code: '---' + a.code } : a));
}

/**
 * A coded actor with a sector word after it: the country's sector ("Syrian opposition" → SYROPP); an IGO keeps
 * its code, with the Phoenix agent MIL for its forces ("UN peacekeepers" → IGOUNOMIL).
 */
function withSector(code: string, sector: string): string {
  if (!isIgoOrGroup(code)) return code.slice(0, 3) + sector;
  return sector === 'MIL' && code.startsWith('IGO') && !code.endsWith('MIL') ? `${code}MIL` : code;
}

function isOfFrom(doc: Doc, from: number, to: number): boolean {
  const gap = [];
  for (let k = from; k < to; k++)
    gap.push(doc.text.slice(doc.tokens[k].start, doc.tokens[k].end).toLowerCase());
  return /^(of|from|in) (the )?$/.test(gap.join(' ') + ' ');
}

/** A title or sector followed by an unknown name takes the name in: "President Askar Akayev". */
function absorbNames(doc: Doc, actors: Actor[], last: number): Actor[] {
  return actors.map((a, k) => {
    const stop = actors[k + 1]?.tokStart ?? last;
    let end = a.tokEnd;
    while (
      end < stop &&
      end - a.tokEnd < 4 &&
      doc.tokens[end].pos === 'PROPN' &&
      capitalised(tokenText(doc, end))
    )
      end++;
    return end === a.tokEnd ? a : { ...a, end: doc.tokens[end - 1].end, tokEnd: end };
  });
}

const tokenText = (doc: Doc, i: number) => doc.text.slice(doc.tokens[i].start, doc.tokens[i].end);

/** Tokens between a country and a sector word that still make one noun phrase: 's, adjectives, names. */
function gapIsModifiers(doc: Doc, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const tok = doc.tokens[i];
    const w = doc.text.slice(tok.start, tok.end);
    if (!(w === "'s" || w === '’s' || /^(ADJ|PROPN|NOUN)$/.test(tok.pos))) return false;
  }
  return true;
}

/**
 * An entity's code with the Phoenix agent compound for defence ministers ("Sergei Shoigu" → RUSGOVMIL), as the
 * ICEWS sector table in the CAMEO schema maps "Defense / Security Ministry" to GOVMIL.
 */
function compound(e: Doc['entities'][number] | undefined): string | undefined {
  const code = e?.code;
  if (!code || !/^[A-Z-]{3}GOV$/.test(code)) return code;
  return e.roles?.some((r) => /\bdefen[cs]e\b/i.test(r.title)) ? `${code}MIL` : code;
}

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/** Mentions from the entities stage win over our own matches on the same tokens; their codes first. */
function withMentions(doc: Doc, first: number, last: number, own: Actor[]): Actor[] {
  if (!doc.mentions.length || !doc.tokens.length) return own;
  const lo = doc.tokens[first].start;
  const hi = doc.tokens[last - 1].end;
  const out: Actor[] = [];
  for (const m of doc.mentions) {
    if (m.start < lo || m.end > hi || !ACTOR_TYPES.has(m.type) || m.kind === 'nominal') continue;
    const overlapping = own.filter((a) => a.start < m.end && m.start < a.end);
    let entityCode = m.entity === undefined ? undefined : compound(doc.entities[m.entity]);
    // "NATO troops", "UN peacekeepers" as one mention: the IGO's forces
    const head = doc.text.slice(m.start, m.end).split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (entityCode?.startsWith('IGO') && load().sectors.get(head) === 'MIL')
      entityCode = withSector(entityCode, 'MIL');
    const widest = overlapping.reduce<Actor | undefined>(
      (w, a) => (!w || a.end - a.start > w.end - w.start ? a : w),
      undefined,
    );
    const tokStart = doc.tokens.findIndex((x) => x.end > m.start);
    let tokEnd = tokStart;
    while (tokEnd < doc.tokens.length && doc.tokens[tokEnd].start < m.end) tokEnd++;
    if (widest && widest.end - widest.start > m.end - m.start) continue; // "Syrian opposition" beats "Syrian"
    if (!entityCode && widest?.kind === 'sector') continue; // "the rebels": our sector code stands
    // "the rebels" (---REB) is a sector that still combines with a country: "the rebels from Syria"
    const bare = entityCode?.startsWith('---') && m.type !== 'PERSON';
    out.push({
      start: m.start,
      end: m.end,
      tokStart,
      tokEnd,
      // a person the dated office-holder KB did not code stays uncoded ("Carl XVI Gustaf" in 1901)
      code: bare
        ? entityCode?.slice(3)
        : (entityCode ??
          (widest?.kind === 'named' && (m.type !== 'PERSON' || widest.group) ? widest.code : undefined)),
      entity: m.entity,
      kind: bare ? 'sector' : 'named',
      unknownPerson:
        m.type === 'PERSON' && m.kind === 'name' && !entityCode && !widest?.group ? true : undefined,
    });
  }
  for (const a of own) if (!out.some((o) => o.start < a.end && a.start < o.end)) out.push(a);
  return out.sort((a, b) => a.start - b.start);
}
