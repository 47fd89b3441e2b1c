/** Small date arithmetic on ISO day strings (UTC, no time zones involved). */
export declare const WEEKDAYS: string[];
export declare const MONTHS: string[];
/** Month number 1–12 from a name or abbreviation ("Jan.", "Sept"), else 0. */
export declare function monthNumber(name: string): number;
/** ISO YYYY-MM-DD, or null when the day does not exist (February 30). */
export declare function isoDay(y: number, m: number, d: number): string | null;
/** Weekday name of an ISO day. */
export declare const weekdayOf: (iso: string) => string;
