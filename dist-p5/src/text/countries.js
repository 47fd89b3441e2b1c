import { createRequire } from 'node:module';
// Short forms news uses that world-countries does not list as names.
const EXTRA_NAMES = {
    US: 'USA',
    'U.S.': 'USA',
    'U.S.A.': 'USA',
    America: 'USA',
    'United States of America': 'USA',
    UK: 'GBR',
    'U.K.': 'GBR',
    Britain: 'GBR',
    'Great Britain': 'GBR',
    England: 'GBR',
    Scotland: 'GBR',
    Wales: 'GBR',
    'Northern Ireland': 'GBR',
    Holland: 'NLD',
    'North Korea': 'PRK',
    'South Korea': 'KOR',
    Burma: 'MMR',
    'Ivory Coast': 'CIV',
    'Czech Republic': 'CZE',
    UAE: 'ARE',
    Palestine: 'PSE',
    'the Netherlands': 'NLD',
    // world-countries now says "Türkiye"; news archives and most English text say Turkey.
    Turkey: 'TUR',
    Korea: 'KOR',
    Bosnia: 'BIH',
    Trinidad: 'TTO',
    Zaire: 'COD',
    // Former states still named in archives and history: mapped to their main successor.
    Yugoslavia: 'SRB',
    'Soviet Union': 'RUS',
    USSR: 'RUS',
    'U.S.S.R.': 'RUS',
    Czechoslovakia: 'CZE',
    'East Germany': 'DEU',
    'West Germany': 'DEU',
    Rhodesia: 'ZWE',
    'Serbia and Montenegro': 'SRB',
};
const EXTRA_DEMONYMS = {
    British: 'GBR',
    English: 'GBR',
    Scottish: 'GBR',
    Welsh: 'GBR',
    Dutch: 'NLD',
    'North Korean': 'PRK',
    'South Korean': 'KOR',
    Palestinian: 'PSE',
    Emirati: 'ARE',
    Saudi: 'SAU',
    Iranian: 'IRN',
    Israeli: 'ISR',
    Czech: 'CZE',
    Filipino: 'PHL',
    Philippine: 'PHL',
    Bosnian: 'BIH',
    Korean: 'KOR',
    Zairean: 'COD',
    Zairian: 'COD',
    Argentinian: 'ARG',
    Ecuadorian: 'ECU',
    Kazakh: 'KAZ',
    Kyrgyz: 'KGZ',
    Tajik: 'TJK',
    Uzbek: 'UZB',
    Slovenian: 'SVN',
    Icelandic: 'ISL',
    Nepali: 'NPL',
    Byelorussian: 'BLR',
    Spaniards: 'ESP',
    Czechoslovak: 'CZE',
    Trinidadian: 'TTO',
};
let index;
function build() {
    const require = createRequire(import.meta.url);
    // Sovereign states first, so "French" and "American" name France and the USA, not territories.
    const all = require('world-countries')
        .slice()
        .sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
    const byName = new Map();
    const byIso3 = new Map();
    const iso2to3 = new Map();
    const add = (name, hit) => {
        if (!byName.has(name))
            byName.set(name, hit);
    };
    for (const c of all) {
        iso2to3.set(c.cca2, c.cca3);
        byIso3.set(c.cca3, {
            iso3: c.cca3,
            iso2: c.cca2,
            name: c.name.common,
            capitals: c.capital ?? [],
            lat: c.latlng[0],
            lon: c.latlng[1],
        });
    }
    for (const [name, iso3] of Object.entries(EXTRA_NAMES)) {
        add(name, { iso3, kind: 'name' });
    }
    for (const [name, iso3] of Object.entries(EXTRA_DEMONYMS))
        add(name, { iso3, kind: 'demonym' });
    for (const c of all) {
        add(c.name.common, { iso3: c.cca3, kind: 'name' });
        add(c.name.official, { iso3: c.cca3, kind: 'name' });
        // Two-letter codes ("SY", "IN") collide with words and initials; keep only longer spellings.
        for (const a of c.altSpellings)
            if (a.length > 3 && /^[A-Z]/.test(a))
                add(a, { iso3: c.cca3, kind: 'name' });
    }
    for (const c of all) {
        const d = c.demonyms?.eng;
        if (!d)
            continue;
        for (const form of new Set([d.m, d.f])) {
            if (!form)
                continue;
            add(form, { iso3: c.cca3, kind: 'demonym' });
            if (!/(ese|ss|Swiss|French|Irish|Dutch|British)$/.test(form))
                add(`${form}s`, { iso3: c.cca3, kind: 'demonym' });
        }
    }
    for (const c of all)
        for (const cap of c.capital ?? [])
            add(cap, { iso3: c.cca3, kind: 'capital' });
    return { byName, byIso3, iso2to3 };
}
function get() {
    index ??= build();
    return index;
}
/** A country name, demonym ("Syrian", "Russians") or capital, matched exactly (case-sensitive). */
export const lookupCountry = (phrase) => get().byName.get(phrase);
/** Every name, demonym and capital `lookupCountry` knows. */
export const countryNames = () => get().byName.keys();
/** Country facts by ISO-3 code. */
export const countryByIso3 = (iso3) => get().byIso3.get(iso3);
/** ISO-2 → ISO-3 ("CH" → "CHE"). */
export const iso2ToIso3 = (iso2) => get().iso2to3.get(iso2);
