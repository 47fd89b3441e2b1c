/** Words for months, weekdays, numbers and units, and the regex fragments built from them. */
export declare const MONTHS: Record<string, number>;
export declare const WEEKDAYS: Record<string, number>;
/** "three", "twenty-four", "24", "a few" → 3, 24, 24, 'X'; null when not a number. */
export declare function numberValue(raw: string): number | 'X' | null;
export declare const ORDINALS: Record<string, number>;
/** TIMEX3 unit letters; hours and smaller go after the T. */
export declare const UNITS: Record<string, {
    unit: string;
    time: boolean;
}>;
/** The unit record for "years", "Month", "centuries". */
export declare function unitOf(raw: string): {
    unit: string;
    time: boolean;
} | undefined;
/** A TIMEX3 duration: P3D, PT4H, PXY; fortnights are two weeks, decades ten years. */
export declare function durationValue(n: number | 'X', unitWord: string): string | null;
/** Month names and abbreviations (with an optional dot). */
export declare const MONTH_RE: string;
export declare const WEEKDAY_RE: string;
export declare const NUMBER_RE: string;
export declare const UNIT_RE = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century)";
/** The weekday number of "Tues." or "Friday". */
export declare function weekdayNumber(raw: string): number;
/** The month number of "Sept." or "September". */
export declare function monthNumber(raw: string): number;
