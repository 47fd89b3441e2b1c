/** A dateline found at some offset: where it ends, and whether it is in capitals and has a date or agency. */
export interface Dateline {
    end: number;
    capitals: boolean;
    dated: boolean;
}
/**
 * The wire dateline ("OTTAWA, Nov 12 —", "WASHINGTON (Reuters) -", "LONDON:", "Kyiv, Ukraine —")
 * starting at `at`, ending just after its dash or colon and the spaces after it; null when there is none.
 * Place names in capitals are enough; a mixed-case one needs a region, date or agency, or must be a
 * known city or country, and a colon only follows a place in capitals.
 */
export declare function datelineAt(text: string, at: number): Dateline | null;
