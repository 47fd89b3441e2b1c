import type { Doc } from '../../model/doc.js';
import { tokensIn } from '../../model/doc.js';
import { lookupGroup, lookupOrg, lookupTitle } from '../../text/actors.js';
import { countryByIso3, lookupCountry } from '../../text/countries.js';
import { loadLexicon } from '../../text/lexicon.js';
import { geocode } from '../../text/places.js';
import type { Cluster } from './cluster.js';
import { heldOn, officesOf } from './kb.js';

interface Conventions {
  sectors: Map<string, string>;
  places: Map<string, string>;
}

let conv: Conventions | undefined;

function conventions(): Conventions {
  if (conv) return conv;
  const f = loadLexicon<{ sectors: Record<string, string>; places: Record<string, string> }>(
    'actors/sectors.json',
  );
  conv = { sectors: new Map(Object.entries(f.sectors)), places: new Map(Object.entries(f.places)) };
  return conv;
}

/** A country (or region) code for a name or demonym: the country table, then our extra places. */
function countryOf(name: string): string | undefined {
  const hit = lookupCountry(name);
  if (hit && hit.kind !== 'capital') return hit.iso3;
  return conventions().places.get(name);
}

/** The CAMEO agent code of a title or group noun ("protesters" → OPP), ours before the shared titles. */
function sectorOf(title: string): string | undefined {
  const t = title.toLowerCase();
  return conventions().sectors.get(t) ?? (lookupTitle(t)?.sector || undefined) ?? lookupGroup(t);
}

/**
 * Phoenix-style code of a group phrase: "Syrian rebels" → SYRREB, "rebels from Syria" → SYRREB,
 * "the rebels" → ---REB (a sector without a country); undefined without a sector word.
 */
export function groupCode(phrase: string): string | undefined {
  const words = phrase
    .replace(/['’]s?(?=\s|$)/g, '')
    .split(/\s+/)
    .filter(Boolean);
  let sector: string | undefined;
  let country: string | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 3); j > i; j--) {
      const p = words.slice(i, j).join(' ');
      const s = conventions().sectors.get(p.toLowerCase());
      // the head noun comes last: "opposition lawmakers" is LEG
      if (s) sector = s;
      const c = /^\p{Lu}/u.test(p) ? countryOf(p) : undefined;
      if (c && !country) country = c;
      if (s || c) {
        i = j - 1;
        break;
      }
    }
  }
  return sector ? (country ?? '---') + sector : undefined;
}

/** Actor codes (CAMEO-style country + sector), countries, sectors and coordinates for each cluster. */
export function codeClusters(doc: Doc, clusters: Cluster[]): void {
  const context = countryContext(clusters);
  for (const cl of clusters) {
    const name = cl.names[0] ?? '';
    if (cl.id?.startsWith('country:') || cl.id?.startsWith('norp:')) {
      const iso3 = cl.id.split(':')[1];
      cl.country = iso3;
      cl.code = iso3;
      const info = countryByIso3(iso3);
      if (cl.id.startsWith('country:') && info) {
        cl.names.unshift(info.name);
        cl.geo = { lat: info.lat, lon: info.lon, country: iso3 };
      }
      continue;
    }
    if (cl.id?.startsWith('org:')) {
      const org = lookupOrg(cl.id.slice(4));
      if (org) {
        cl.code = org.code;
        if (org.country) cl.country = org.country;
        cl.sectors = org.sectors;
        cl.names.unshift(org.name);
      }
      continue;
    }
    // "Bosnia", "Gaza Strip", "Bosnian": names the country table lacks
    const extra = cl.type !== 'PERSON' && conventions().places.get(name.replace(/['’]s?$/, ''));
    if (extra) {
      cl.code = extra;
      const info = countryByIso3(extra);
      if (info) cl.country = extra;
      if (info && (cl.type === 'GPE' || cl.type === 'LOC'))
        cl.geo = { lat: info.lat, lon: info.lon, country: extra };
      continue;
    }
    if (cl.type === 'GPE' || cl.type === 'LOC') {
      placeFromCity(doc, cl, name, context);
      continue;
    }
    if (cl.type === 'PERSON' && eliteCode(doc, cl)) continue;
    if (!cl.code) codeFromRoles(cl);
    if (!cl.code && cl.type !== 'PERSON') {
      // "Syrian rebels", "the rebels", "protesters": a group phrase the roles did not code
      for (const m of cl.mentions) {
        const code = groupCode(doc.text.slice(doc.mentions[m].start, doc.mentions[m].end));
        if (!code) continue;
        cl.code = code;
        if (countryByIso3(code.slice(0, 3))) cl.country = code.slice(0, 3);
        break;
      }
    }
    if (!cl.code) bareSector(cl);
    if (cl.code && !cl.sectors) {
      const sectors = sectorsOf(cl.code);
      if (sectors.length) cl.sectors = sectors;
    }
  }
}

const FORMER = /^(former|ex|ousted|deposed|exiled|late)$/i;
const TITLE_WORD =
  /^(president|prime|minister|king|queen|leader|secretary|general|dictator|premier|chancellor|ruler|head|of|state|the|vice|deputy|foreign|defence|defense)$/i;

/** "former president ", "Ousted president ", "ex-Prime Minister ": a former-cue before a name and its title. */
function formerBefore(text: string): boolean {
  const words = text.split(/[\s-]+/).filter(Boolean);
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 7; k--, seen++) {
    const w = words[k].replace(/['’]s$/, '');
    if (FORMER.test(w)) return true;
    if (!(TITLE_WORD.test(w) || /^\p{Lu}/u.test(w))) return false;
  }
  return false;
}

/**
 * Phoenix elite codes: a person out of office is country + ELI ("Carl XVI Gustaf" in 1972 → SWEELI, "former
 * president Carlos Menem" → ARGELI when the sentence gives the country, else ---ELI). A KB holder whom the text
 * itself gives a title ("the UN Secretary-General Ban Ki-moon") keeps the office's code in a stale article.
 */
function eliteCode(doc: Doc, cl: Cluster): boolean {
  const date = doc.meta.published.value?.slice(0, 10);
  const offices = cl.names.flatMap((n) => officesOf(n));
  const former = cl.mentions.some((m) =>
    formerBefore(doc.text.slice(Math.max(0, doc.mentions[m].start - 80), doc.mentions[m].start)),
  );
  let out = false;
  if (former) out = true;
  else if (offices.length && date && !heldOn(offices, date)) out = !titledInText(doc, cl);
  if (!out) return false;
  const country =
    offices.find((h) => h.country)?.country ??
    (cl.country && countryByIso3(cl.country) ? cl.country : undefined);
  cl.code = `${country ?? '---'}ELI`;
  if (country) cl.country = country;
  cl.sectors = ['ELI'];
  return true;
}

/** The sector codes of an actor code: IGO/NGO/IMG, else its 3-letter agents ("USAGOVMIL" → GOV, MIL). */
function sectorsOf(code: string): string[] {
  const group = /^(IGO|NGO|IMG)/.exec(code)?.[1];
  return group ? [group] : (code.slice(3).match(/[A-Z]{3}/g) ?? []);
}

/** Whether the text gives the person a title: "President X", "the UN Secretary-General", "South African leader X". */
function titledInText(doc: Doc, cl: Cluster): boolean {
  if (cl.roles.some((r) => r.from !== 'kb')) return true;
  const ms = doc.mentions;
  return cl.mentions.some((m) => {
    if (ms[m].kind === 'description' || ms[m].kind === 'nominal' || ms[m].kind === 'title') return true;
    const gap = (t: (typeof ms)[number]) => doc.text.slice(t.end, ms[m].start);
    return ms.some((t) => t.type === 'TITLE' && t.end <= ms[m].start && /^\s{0,2}$/.test(gap(t)));
  });
}

/** A role's code: its organisation's, else its country with the title's sector ("Iranian Foreign Minister" → IRNGOV). */
function codeFromRoles(cl: Cluster): void {
  for (const r of cl.roles) {
    const sector = sectorOf(r.title);
    const org = r.of ? lookupOrg(r.of) : undefined;
    if (org) {
      cl.code = org.code;
      cl.sectors = org.sectors;
    } else if (r.of && countryByIso3(r.of)) {
      cl.country = r.of;
      cl.code = r.of + (sector ?? '');
      if (sector) cl.sectors = sectorsOf(cl.code);
    }
    if (cl.code) return;
  }
}

/**
 * A role with a sector but no country: '---' + sector ("President Jon Doerr" → ---GOV), as Phoenix codes it;
 * the country of the person's KB offices when it has one (a titled holder before their first office).
 */
function bareSector(cl: Cluster): void {
  const sector = cl.roles.map((r) => sectorOf(r.title)).find(Boolean);
  if (sector && !cl.roles.some((r) => r.of)) {
    // "Defense Secretary Ashton Carter" a week before he took office: the KB knows whose secretary he is
    const country = cl.names.flatMap((n) => officesOf(n)).find((h) => h.country)?.country;
    if (country) cl.country = country;
    cl.code = `${country ?? '---'}${sector}`;
    cl.sectors = sectorsOf(cl.code);
  }
}

/** Coordinates from GeoNames cities; a capital acting as subject stands for its government. */
function placeFromCity(doc: Doc, cl: Cluster, name: string, context: string[]): void {
  const place = geocode(name, [...followingCountries(doc, cl), ...context], 500);
  if (place) {
    cl.geo = { lat: place.lat, lon: place.lon, country: place.country, geonameId: place.geonameId };
    cl.country = place.country;
  }
  const cap = lookupCountry(name);
  if (cap?.kind === 'capital' && actsAsSubject(doc, cl)) {
    // "Damascus has denied": the capital speaks for its government.
    cl.standsFor = `${cap.iso3}GOV`;
    cl.code = cl.standsFor;
    cl.country = cap.iso3;
  } else if (cap?.kind === 'capital' && cl.type === 'GPE') {
    // "Riyadh's friendship with Tehran": elsewhere a capital is coded as its country (Phoenix)
    cl.code = cap.iso3;
    cl.country = cap.iso3;
  }
}

/** Whether some mention of the cluster is followed directly by a verb (auxiliaries allowed). */
function actsAsSubject(doc: Doc, cl: Cluster): boolean {
  for (const m of cl.mentions) {
    const [, last] = tokensIn(doc, doc.mentions[m]);
    let k = last;
    while (k < doc.tokens.length && doc.tokens[k].pos === 'AUX') k++;
    if (k < doc.tokens.length && k > last - 0 && doc.tokens[k].pos === 'VERB' && k - last <= 2) return true;
  }
  return false;
}

/** Countries the document talks about, most mentioned first, for choosing between same-named places. */
function countryContext(clusters: Cluster[]): string[] {
  return clusters
    .filter((cl) => cl.id?.startsWith('country:'))
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((cl) => cl.id?.slice(8) ?? '');
}

/** "Montreux, Switzerland": a country right after a place's mention is the strongest hint. */
function followingCountries(doc: Doc, cl: Cluster): string[] {
  const out: string[] = [];
  for (const m of cl.mentions) {
    const after = /^,\s*([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)*)/u.exec(
      doc.text.slice(doc.mentions[m].end, doc.mentions[m].end + 40),
    );
    const hit = after ? lookupCountry(after[1]) : undefined;
    if (hit && hit.kind === 'name') out.push(hit.iso3);
  }
  return out;
}
