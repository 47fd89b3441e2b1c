/** Date arithmetic on plain calendar days (UTC, no time zones): enough for TIMEX3 values. */
export const pad = (n, w = 2) => String(n).padStart(w, '0');
/** A `YYYY-MM-DD…` anchor as a Day, or null when absent or unreadable. */
export function parseAnchor(value) {
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
    return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
const toUtc = (day) => new Date(Date.UTC(day.y, day.m - 1, day.d));
const fromUtc = (t) => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
/** The day `n` days after `day` (negative: before). */
export function addDays(day, n) {
    const t = toUtc(day);
    t.setUTCDate(t.getUTCDate() + n);
    return fromUtc(t);
}
/** The month `n` months after the month of `day`, as {y, m}. */
export function addMonths(day, n) {
    const k = day.y * 12 + (day.m - 1) + n;
    return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}
/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day) {
    return ((toUtc(day).getUTCDay() + 6) % 7) + 1;
}
/** ISO week-numbering year and week. */
export function isoWeek(day) {
    const thursday = addDays(day, 4 - weekday(day));
    const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
    const w = Math.floor((toUtc(thursday).getTime() - jan1.getTime()) / 86400000 / 7) + 1;
    return { y: thursday.y, w };
}
export const fmtDay = (d) => `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
export const fmtMonth = (y, m) => `${pad(y, 4)}-${pad(m)}`;
export const fmtWeek = (day) => {
    const { y, w } = isoWeek(day);
    return `${pad(y, 4)}-W${pad(w)}`;
};
/** True when y-m-d is a real calendar day. */
export function isRealDay(y, m, d) {
    if (m < 1 || m > 12 || d < 1)
        return false;
    return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
