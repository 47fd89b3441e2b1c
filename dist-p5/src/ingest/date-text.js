/** Date expressions as they appear in news headers, datelines, metadata and URLs. */
const MONTHS = {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
};
export const MONTH_RE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_RE = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
const DAY_RE = '(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?';
const YEAR_RE = '((?:19|20)\\d\\d)';
/** A month-name or ISO date; `year` may be missing (only datelines allow that). Groups are named. */
export const DATE_SOURCE = `\\b(?:${WEEKDAY_RE},?\\s+)?(?:` +
    `(?<m1>${MONTH_RE})\\s+${DAY_RE.replace('(', '(?<d1>')}(?:,?\\s+${YEAR_RE.replace('(', '(?<y1>')})?` +
    `|${DAY_RE.replace('(', '(?<d2>')}\\s+(?<m2>${MONTH_RE}),?(?:\\s+${YEAR_RE.replace('(', '(?<y2>')})?` +
    `|(?<y3>(?:19|20)\\d\\d)[-/.](?<m3>\\d\\d)[-/.](?<d3>\\d\\d)(?!\\d)` +
    ')';
/** Reads the named groups of a DATE_SOURCE match; null when the day does not exist in that month. */
export function partsOf(groups) {
    const monthText = groups.m1 ?? groups.m2;
    const month = monthText ? MONTHS[monthText.slice(0, 3).toLowerCase()] : Number(groups.m3);
    const day = Number(groups.d1 ?? groups.d2 ?? groups.d3);
    const y = groups.y1 ?? groups.y2 ?? groups.y3;
    const year = y ? Number(y) : undefined;
    if (!validDay(year ?? 2000, month, day))
        return null;
    return { year, month, day };
}
/** True when the day exists (leap years counted; year 2000 stands in when unknown). */
export function validDay(year, month, day) {
    if (!(month >= 1 && month <= 12 && day >= 1))
        return false;
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** YYYY-MM-DD. */
export const isoDay = (year, month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const ISO_RE = /^((?:1[89]|20|21)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?$/i;
/**
 * A strict ISO date or date-time → its normal form (date-time with 'T' and a ±HH:MM zone), or null.
 * Used for dates given by the caller and for machine-readable metadata.
 */
export function normalizeIso(value) {
    const m = ISO_RE.exec(value.trim());
    if (!m)
        return null;
    const [, y, mo, d, hh, mm, ss, frac, zone] = m;
    if (!validDay(Number(y), Number(mo), Number(d)))
        return null;
    if (hh === undefined)
        return `${y}-${mo}-${d}`;
    if (Number(hh) > 23 || Number(mm) > 59 || (ss !== undefined && Number(ss) > 59))
        return null;
    let z = zone ?? '';
    if (z && z.toUpperCase() !== 'Z' && !z.includes(':'))
        z = `${z.slice(0, 3)}:${z.slice(3)}`;
    if (z.toUpperCase() === 'Z')
        z = 'Z';
    return `${y}-${mo}-${d}T${hh}:${mm}${ss === undefined ? '' : `:${ss}${frac ?? ''}`}${z}`;
}
const LEADING_DATE = new RegExp(`^\\s*${DATE_SOURCE}`, 'i');
/** A metadata value (ISO, "January 22, 2014", RFC 2822 "Wed, 22 Jan 2014 10:32 GMT") → ISO, or null. */
export function parseMetaDate(value) {
    const iso = normalizeIso(value);
    if (iso)
        return iso;
    const m = LEADING_DATE.exec(value);
    const parts = m?.groups && partsOf(m.groups);
    return parts?.year ? isoDay(parts.year, parts.month, parts.day) : null;
}
const URL_DATE_RES = [
    /\/((?:19|20)\d\d)\/(\d\d?)\/(\d\d?)(?=[/_-]|$)/,
    /[/_-]((?:19|20)\d\d)-(\d\d)-(\d\d)(?=[/_.-]|$)/,
    /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=\/)/,
];
/** A date written in a URL's path (/2014/01/22/, /2014/jan/22/, /2014-01-22-, /20140122/), or null. */
export function urlDate(url) {
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // a relative or odd URL: search it whole
    }
    const named = /\/((?:19|20)\d\d)\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d\d?)(?=\/)/i.exec(path);
    if (named) {
        const [year, month, day] = [Number(named[1]), MONTHS[named[2].toLowerCase()], Number(named[3])];
        if (validDay(year, month, day))
            return { year, month, day };
    }
    for (const re of URL_DATE_RES) {
        const m = re.exec(path);
        if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
            return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
        }
    }
    return null;
}
