/** Small date arithmetic on ISO day strings (UTC, no time zones involved). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
];
/** Month number 1–12 from a name or abbreviation ("Jan.", "Sept"), else 0. */
export function monthNumber(name) {
    const n = name.toLowerCase().replace(/\.$/, '');
    if (n.length < 3)
        return 0;
    return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)) && (n.length <= 4 || m === n)) + 1;
}
/** ISO YYYY-MM-DD, or null when the day does not exist (February 30). */
export function isoDay(y, m, d) {
    const t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d)
        return null;
    return t.toISOString().slice(0, 10);
}
/** Weekday name of an ISO day. */
export const weekdayOf = (iso) => WEEKDAYS[new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()];
