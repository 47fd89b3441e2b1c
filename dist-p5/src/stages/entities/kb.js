import { officeHolders } from '../../text/lexicon.js';
import { nameKey, surname } from './names.js';
let byKey;
let bySurname;
function index() {
    if (byKey && bySurname)
        return;
    byKey = new Map();
    bySurname = new Map();
    for (const h of officeHolders()) {
        for (const n of new Set([h.name, ...h.aliases].map(nameKey)))
            push(byKey, n, h);
        push(bySurname, surname(nameKey(h.name)), h);
    }
}
function push(m, k, v) {
    const l = m.get(k);
    if (!l)
        m.set(k, [v]);
    else if (!l.includes(v))
        l.push(v);
}
const inOffice = (h, date) => h.start <= date && (h.end === null || date <= h.end);
/**
 * The office a named person held on `date` (YYYY-MM-DD), or their latest earlier office with
 * `current: false`. A bare surname only matches someone in office that day.
 */
export function holderFor(name, date) {
    index();
    const key = nameKey(name);
    // A one-word name ("Francis", "Lavrov") is only trusted for someone in office that day.
    const full = key.includes(' ') ? (byKey?.get(key) ?? []) : [];
    const pool = full.length
        ? full
        : key.includes(' ')
            ? []
            : [...new Set([...(byKey?.get(key) ?? []), ...(bySurname?.get(key) ?? [])])];
    if (!pool.length)
        return null;
    if (!date)
        return { holder: pool[pool.length - 1], current: true };
    const now = pool.filter((h) => inOffice(h, date));
    if (now.length === 1 || (now.length > 1 && full.length))
        return { holder: now[0], current: true };
    if (now.length > 1 || !full.length)
        return null;
    const before = pool.filter((h) => h.start <= date).sort((a, b) => a.start.localeCompare(b.start));
    return before.length ? { holder: before[before.length - 1], current: false } : null;
}
/** Every office the KB records for a full name (two words or more), whatever the date. */
export function officesOf(name) {
    index();
    const key = nameKey(name);
    return key.includes(' ') ? (byKey?.get(key) ?? []) : [];
}
/** Whether any of the offices was held on `date` (YYYY-MM-DD). */
export const heldOn = (offices, date) => offices.some((h) => inOffice(h, date));
