import { NUMBER_WORDS } from '../../text/number-words.js';
/** Reading numbers written in news style: "130,000", "2.1 billion", "a dozen", "hundreds". */
const SMALL = {
    ...NUMBER_WORDS,
    'a dozen': 12,
    'a hundred': 100,
    'a thousand': 1000,
};
const SCALE = {
    thousand: 1e3,
    million: 1e6,
    m: 1e6,
    mln: 1e6,
    billion: 1e9,
    bn: 1e9,
    b: 1e9,
    trillion: 1e12,
    tn: 1e12,
};
const WORDS = Object.keys(SMALL)
    .sort((a, b) => b.length - a.length)
    .join('|');
/** A number, optionally scaled: digits with separators, or number words. Groups: digits, word, scale. */
export const NUMBER_RE = new RegExp(String.raw `(?<![\w.,])(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(${WORDS})\b)` +
    String.raw `(?:[ -]?(thousand|million|billion|trillion|mln|bn|tn|m|b)\b)?`, 'gi');
/** The numeric value of a NUMBER_RE match. */
export function numberValue(digits, word, scale) {
    const base = digits ? Number(digits.replace(/,/g, '')) : SMALL[(word ?? '').toLowerCase()];
    return base * (scale ? SCALE[scale.toLowerCase()] : 1);
}
