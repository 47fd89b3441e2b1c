export interface CountryInfo {
    /** ISO 3166-1 alpha-3 */
    iso3: string;
    iso2: string;
    name: string;
    capitals: string[];
    lat: number;
    lon: number;
}
export interface CountryHit {
    iso3: string;
    kind: 'name' | 'demonym' | 'capital';
}
/** A country name, demonym ("Syrian", "Russians") or capital, matched exactly (case-sensitive). */
export declare const lookupCountry: (phrase: string) => CountryHit | undefined;
/** Every name, demonym and capital `lookupCountry` knows. */
export declare const countryNames: () => IterableIterator<string>;
/** Country facts by ISO-3 code. */
export declare const countryByIso3: (iso3: string) => CountryInfo | undefined;
/** ISO-2 → ISO-3 ("CH" → "CHE"). */
export declare const iso2ToIso3: (iso2: string) => string | undefined;
