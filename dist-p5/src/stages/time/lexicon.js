import { NUMBER_WORDS } from '../../text/number-words.js';
/** Words for months, weekdays, numbers and units, and the regex fragments built from them. */
export const MONTHS = {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
};
export const WEEKDAYS = {
    monday: 1,
    tuesday: 2,
    wednesday: 3,
    thursday: 4,
    friday: 5,
    saturday: 6,
    sunday: 7,
};
const SMALL = {
    ...NUMBER_WORDS,
    a: 1,
    an: 1,
    'a couple of': 2,
    'a couple': 2,
    couple: 2,
};
/** Vague amounts: their TIMEX3 quantity is X. */
const VAGUE = new Set(['several', 'a few', 'few', 'many', 'some', 'the next few', 'a number of']);
/** "three", "twenty-four", "24", "a few" → 3, 24, 24, 'X'; null when not a number. */
export function numberValue(raw) {
    const w = raw.toLowerCase().replace(/,/g, '').trim();
    if (/^\d+(\.\d+)?$/.test(w))
        return Number(w);
    if (VAGUE.has(w))
        return 'X';
    if (w in SMALL)
        return SMALL[w];
    const parts = w.split(/[-\s]+/);
    if (parts.length === 2 &&
        parts[0] in SMALL &&
        parts[1] in SMALL &&
        (parts[1] === 'hundred' || SMALL[parts[0]] >= 20)) {
        return parts[1] === 'hundred' ? SMALL[parts[0]] * 100 : SMALL[parts[0]] + SMALL[parts[1]];
    }
    return null;
}
export const ORDINALS = {
    first: 1,
    '1st': 1,
    second: 2,
    '2nd': 2,
    third: 3,
    '3rd': 3,
    fourth: 4,
    '4th': 4,
    last: 4,
};
/** TIMEX3 unit letters; hours and smaller go after the T. */
export const UNITS = {
    second: { unit: 'S', time: true },
    minute: { unit: 'M', time: true },
    hour: { unit: 'H', time: true },
    day: { unit: 'D', time: false },
    night: { unit: 'D', time: false },
    week: { unit: 'W', time: false },
    weekend: { unit: 'WE', time: false },
    fortnight: { unit: 'W', time: false },
    month: { unit: 'M', time: false },
    quarter: { unit: 'Q', time: false },
    year: { unit: 'Y', time: false },
    decade: { unit: 'DE', time: false },
    century: { unit: 'CE', time: false },
    centurie: { unit: 'CE', time: false },
};
/** The unit record for "years", "Month", "centuries". */
export function unitOf(raw) {
    const w = raw.toLowerCase().replace(/s$/, '');
    return UNITS[w] ?? UNITS[w.replace(/ie$/, 'y')];
}
/** A TIMEX3 duration: P3D, PT4H, PXY; fortnights are two weeks, decades ten years. */
export function durationValue(n, unitWord) {
    const u = unitOf(unitWord);
    if (!u)
        return null;
    let q = n;
    let unit = u.unit;
    if (/^fortnight/i.test(unitWord) && q !== 'X')
        q *= 2;
    if (unit === 'Q') {
        unit = 'M';
        if (q !== 'X')
            q *= 3;
    }
    if (unit === 'WE')
        unit = 'D';
    if (unit === 'DE' && q !== 'X') {
        unit = 'Y';
        q *= 10;
    }
    if (unit === 'CE' && q !== 'X') {
        unit = 'Y';
        q *= 100;
    }
    return u.time ? `PT${q}${unit}` : `P${q}${unit}`;
}
const alt = (words) => [...words].sort((a, b) => b.length - a.length).join('|');
/** Month names and abbreviations (with an optional dot). */
export const MONTH_RE = `(?:${alt(Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'))}|(?:${alt(Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'may'))})\\.?)`;
export const WEEKDAY_RE = `(?:${alt(Object.keys(WEEKDAYS))}|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\\.)`;
const NUM_WORDS = alt(Object.keys(SMALL).filter((w) => !w.includes(' ')));
/** A number in digits or words ("24", "twenty-four", "a few"). */
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
export const NUMBER_RE = `(?:\\d+(?:\\.\\d+)?|(?:${TENS})[- ](?:${ONES})|(?:${NUM_WORDS})(?:[- ]hundred)?|a couple of|several|a few|few|many|some|a number of)`;
export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century)';
/** The weekday number of "Tues." or "Friday". */
export function weekdayNumber(raw) {
    const w = raw.toLowerCase().replace(/\.$/, '');
    for (const [name, n] of Object.entries(WEEKDAYS))
        if (name.startsWith(w.slice(0, 3)))
            return n;
    return 0;
}
/** The month number of "Sept." or "September". */
export function monthNumber(raw) {
    return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? 0;
}
