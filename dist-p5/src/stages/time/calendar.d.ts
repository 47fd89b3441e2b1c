/** Date arithmetic on plain calendar days (UTC, no time zones): enough for TIMEX3 values. */
export interface Day {
    y: number;
    m: number;
    d: number;
}
export declare const pad: (n: number, w?: number) => string;
/** A `YYYY-MM-DD…` anchor as a Day, or null when absent or unreadable. */
export declare function parseAnchor(value: string | null | undefined): Day | null;
/** The day `n` days after `day` (negative: before). */
export declare function addDays(day: Day, n: number): Day;
/** The month `n` months after the month of `day`, as {y, m}. */
export declare function addMonths(day: Day, n: number): {
    y: number;
    m: number;
};
/** ISO weekday, Monday = 1 … Sunday = 7. */
export declare function weekday(day: Day): number;
/** ISO week-numbering year and week. */
export declare function isoWeek(day: Day): {
    y: number;
    w: number;
};
export declare const fmtDay: (d: Day) => string;
export declare const fmtMonth: (y: number, m: number) => string;
export declare const fmtWeek: (day: Day) => string;
/** True when y-m-d is a real calendar day. */
export declare function isRealDay(y: number, m: number, d: number): boolean;
