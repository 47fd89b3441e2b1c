/** Date expressions as they appear in news headers, datelines, metadata and URLs. */
export declare const MONTH_RE = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
/** A month-name or ISO date; `year` may be missing (only datelines allow that). Groups are named. */
export declare const DATE_SOURCE: string;
/** The parts of a matched date. */
export interface DateParts {
    year?: number;
    month: number;
    day: number;
}
/** Reads the named groups of a DATE_SOURCE match; null when the day does not exist in that month. */
export declare function partsOf(groups: Record<string, string | undefined>): DateParts | null;
/** True when the day exists (leap years counted; year 2000 stands in when unknown). */
export declare function validDay(year: number, month: number, day: number): boolean;
/** YYYY-MM-DD. */
export declare const isoDay: (year: number, month: number, day: number) => string;
/**
 * A strict ISO date or date-time → its normal form (date-time with 'T' and a ±HH:MM zone), or null.
 * Used for dates given by the caller and for machine-readable metadata.
 */
export declare function normalizeIso(value: string): string | null;
/** A metadata value (ISO, "January 22, 2014", RFC 2822 "Wed, 22 Jan 2014 10:32 GMT") → ISO, or null. */
export declare function parseMetaDate(value: string): string | null;
/** A date written in a URL's path (/2014/01/22/, /2014/jan/22/, /2014-01-22-, /20140122/), or null. */
export declare function urlDate(url: string): DateParts | null;
