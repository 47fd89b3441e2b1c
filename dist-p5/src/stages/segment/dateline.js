import { lookupCountry } from '../../text/countries.js';
import { geocode } from '../../text/places.js';
// A word of a place name; lower-case particles join multi-word names ("Rio de Janeiro", "Dar es Salaam").
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
const PARTICLE = '(?:de|da|do|dos|das|del|di|du|des|es|el|al|la|le|upon|on|am|an der|sur)';
const NAME = `${WORD}(?:[ ](?:${PARTICLE}[ ])?${WORD}){0,3}`;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE = `(?:${WEEKDAY},?[ ])?(?:${MONTH}[ ]${DAY}(?:,?[ ]\\d{4})?|${DAY}[ ]${MONTH}(?:,?[ ]\\d{4})?|${WEEKDAY})`;
/**
 * "PLACE[, Region[, Region]][, date] [(Agency)] — " at the start of a paragraph. Groups: place, regions,
 * date, agency, sep. What follows must look like the start of a sentence.
 */
const DATELINE = new RegExp(`(?<place>${NAME})(?<regions>(?:,[ ]+(?!${MONTH}[ ]\\d|\\d)${NAME}){0,2})` +
    `(?:,?[ ]+(?<date>${DATE}))?` +
    '(?:[ ]*\\((?<agency>[^()\\n]{2,40})\\))?' +
    '(?<sep>[ ]*(?:[—–]|-{1,2})[ ]+|[ ]*:[ ]+)' +
    '(?=["“‘\'(\\[]?[\\p{Lu}\\d])', 'uy');
// Capitalised words that begin ordinary sentences, never a dateline's place.
const NOT_PLACE = new Set(('The A An This That These Those It Its He She We They I You His Her Their Our My Your Mr Mrs Ms Dr Sir ' +
    'But And Or So Yet If When While As In On At For By With From To Of After Before Meanwhile However ' +
    'President Minister Prime Chancellor King Queen Prince General Senator Judge Police Officials Critics').split(' '));
// All-caps labels that open a paragraph but are no place ("BREAKING: …", "UPDATE — …").
const LABELS = new Set('BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS OPINION EDITORIAL CORRECTION NOTE WARNING FACTBOX EXPLAINER LIVE WATCH'.split(' '));
const isAllCaps = (s) => /\p{Lu}/u.test(s) && s === s.toUpperCase();
/**
 * The wire dateline ("OTTAWA, Nov 12 —", "WASHINGTON (Reuters) -", "LONDON:", "Kyiv, Ukraine —")
 * starting at `at`, ending just after its dash or colon and the spaces after it; null when there is none.
 * Place names in capitals are enough; a mixed-case one needs a region, date or agency, or must be a
 * known city or country, and a colon only follows a place in capitals.
 */
export function datelineAt(text, at) {
    DATELINE.lastIndex = at;
    const m = DATELINE.exec(text);
    if (!m?.groups)
        return null;
    const g = m.groups;
    const firstWord = g.place.split(' ')[0];
    if (NOT_PLACE.has(firstWord) || LABELS.has(firstWord))
        return null;
    const end = m.index + m[0].length;
    const dated = !!(g.date || g.agency);
    if (isAllCaps(g.place) && g.place.replace(/[^\p{L}]/gu, '').length >= 2)
        return { end, capitals: true, dated };
    if (g.sep.includes(':') || pairedDash(text, end, g.sep.trim()))
        return null;
    return dated || g.regions || knownPlace(g.place) ? { end, capitals: false, dated } : null;
}
/** True when the same dash comes back later in the paragraph's first sentence (a parenthetical, not a dateline). */
function pairedDash(text, from, dash) {
    const stop = text.slice(from, from + 400).search(/[.!?]\s|\n/);
    const rest = text.slice(from, stop < 0 ? from + 400 : from + stop);
    return rest.includes(` ${dash} `) || rest.endsWith(` ${dash}`);
}
function knownPlace(name) {
    return lookupCountry(name) !== undefined || geocode(name, [], 100_000) !== null;
}
