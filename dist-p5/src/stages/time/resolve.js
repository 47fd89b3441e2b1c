import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, pad, weekday } from './calendar.js';
/** The day a weekday refers to: `last`/`next` step strictly; otherwise tense picks the side (today included). */
export function resolveWeekday(anchor, wd, tense, rel) {
    const diff = wd - weekday(anchor);
    const back = diff > 0 ? diff - 7 : diff; // ≤ 0
    const fwd = diff < 0 ? diff + 7 : diff; // ≥ 0
    const r = rel?.toLowerCase();
    if (r === 'last' || r === 'past' || r === 'previous')
        return addDays(anchor, back === 0 ? -7 : back);
    if (r === 'next' || r === 'coming')
        return addDays(anchor, fwd === 0 ? 7 : fwd);
    if (r === 'this')
        return addDays(anchor, tense === 'past' ? back : fwd);
    return addDays(anchor, tense === 'future' ? fwd : back);
}
/**
 * The year of a bare month (or month and day): the nearest one to the anchor, unless that lies more than
 * about three months away on the side the tense rules out ("was named in March" on a November dateline).
 */
export function resolveMonthYear(anchor, month, tense, day = 1) {
    const k = anchor.m * 31 + anchor.d;
    const t = month * 31 + day;
    let y = anchor.y;
    if (t - k > 186)
        y--;
    else if (k - t > 186)
        y++;
    const ahead = (y - anchor.y) * 372 + t - k; // > 0: the nearest one is after the anchor
    if (tense === 'past' && ahead > 95)
        return y - 1;
    if (tense === 'future' && ahead < -95)
        return y + 1;
    return y;
}
/** The anchor shifted by n units, written at that unit's granularity (last week → 2013-W11). */
export function shiftValue(anchor, n, unit) {
    switch (unit) {
        case 'D':
            return fmtDay(addDays(anchor, n));
        case 'W':
            return fmtWeek(addDays(anchor, 7 * n));
        case 'M': {
            const { y, m } = addMonths(anchor, n);
            return fmtMonth(y, m);
        }
        case 'Q': {
            const q = Math.floor((anchor.m - 1) / 3) + n;
            const y = anchor.y + Math.floor(q / 4);
            return `${pad(y, 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
        }
        case 'Y':
            return pad(anchor.y + n, 4);
        case 'DE':
            return String(Math.floor(anchor.y / 10) + n);
        case 'CE':
            return String(Math.floor(anchor.y / 100) + n);
        case 'WE': {
            return `${fmtWeek(addDays(anchor, 7 * n))}-WE`;
        }
        default:
            return null;
    }
}
/** An unresolved value of the same shape, for documents without a publication date. */
export function unresolved(unit) {
    return ({
        D: 'XXXX-XX-XX',
        W: 'XXXX-WXX',
        M: 'XXXX-XX',
        Q: 'XXXX-QX',
        Y: 'XXXX',
        DE: 'XXX',
        CE: 'XX',
        WE: 'XXXX-WXX-WE',
    }[unit] ?? 'XXXX-XX-XX');
}
