import type { Doc } from '../../model/doc.js';
import { tokensIn } from '../../model/doc.js';
import { lookupGroup, lookupOrg, lookupTitle } from '../../text/actors.js';
import { countryByIso3, lookupCountry } from '../../text/countries.js';
import { geocode } from '../../text/places.js';
import type { Cluster } from './cluster.js';

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
    if (cl.type === 'GPE' || cl.type === 'LOC') {
      placeFromCity(doc, cl, name, context);
      continue;
    }
    if (!cl.code) {
      for (const r of cl.roles) {
        const sector = lookupTitle(r.title)?.sector ?? lookupGroup(r.title);
        const org = r.of ? lookupOrg(r.of) : undefined;
        if (org) {
          cl.code = org.code;
          cl.sectors = org.sectors;
        } else if (r.of && countryByIso3(r.of)) {
          cl.country = r.of;
          cl.code = r.of + (sector ?? '');
          if (sector) cl.sectors = [sector];
        }
        if (cl.code) break;
      }
    }
    if (cl.code && !cl.sectors) {
      const sector = /^(IGO|NGO|IMG)/.exec(cl.code)?.[1] ?? cl.code.slice(3, 6);
      if (sector) cl.sectors = [sector];
    }
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
