export interface Place {
    geonameId: number;
    name: string;
    lat: number;
    lon: number;
    /** ISO-3 */
    country: string;
    population: number;
}
/** Whether the cities index has been loaded (callers may avoid forcing it). */
export declare const placesLoaded: () => boolean;
/**
 * Resolves a place name to a GeoNames city: candidates in a country from `context` (ISO-3, most
 * relevant first) win; otherwise the most populous. `minPopulation` filters villages named like words.
 */
export declare function geocode(name: string, context?: readonly string[], minPopulation?: number): Place | null;
/** A region, state, province or natural feature from lexicons/ner/places.json ("Midwest", "Nile"), exact case. */
export declare function lookupRegion(phrase: string): 'GPE' | 'LOC' | undefined;
