import { officeHolders } from '../../text/lexicon.js';
import { ageMismatches, anniversaryMismatches } from './ages.js';
import { isoDay, monthNumber, weekdayOf } from './calendar.js';
import { numberConflicts } from './numbers.js';
import { staleDateline } from './office.js';
let holders;
const WEEKDAY_DATE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:(\d{1,2})\s+([A-Z][a-z]+\.?)|([A-Z][a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+(\d{4})\b/g;
/**
 * Findings a careful reader would flag: a dateline the content contradicts (office holders, past-tense
 * dates after publication, ages, anniversaries), a weekday that doesn't fit its date.
 */
export const checks = {
    name: 'checks',
    needs: ['sentences', 'tokens', 'timexes', 'claims'],
    makes: ['findings'],
    async init() {
        holders ??= officeHolders();
    },
    run(doc) {
        holders ??= officeHolders();
        doc.findings.push(...weekdayMismatches(doc));
        doc.findings.push(...numberConflicts(doc));
        const published = doc.meta.published.value;
        if (!published)
            return;
        const { start: pubStart, end: pubEnd } = doc.meta.published;
        const years = doc.timexes
            .filter((t) => pubStart === undefined || pubEnd === undefined || t.end <= pubStart || t.start >= pubEnd)
            .map((t) => /^(\d{4})(?:$|-)/.exec(t.value)?.[1])
            .filter((y) => !!y)
            .map(Number);
        doc.findings.push(...staleDateline(doc, holders, published, years));
        doc.findings.push(...datesAfterPublication(doc, published));
        doc.findings.push(...ageMismatches(doc, published));
        doc.findings.push(...anniversaryMismatches(doc, published));
    },
};
function weekdayMismatches(doc) {
    const out = [];
    for (const m of doc.text.matchAll(WEEKDAY_DATE)) {
        const [, weekday, d1, mon1, mon2, d2, year] = m;
        const iso = isoDay(Number(year), monthNumber(mon1 ?? mon2), Number(d1 ?? d2));
        if (!iso)
            continue;
        const actual = weekdayOf(iso);
        if (actual === weekday.toLowerCase())
            continue;
        out.push({
            kind: 'weekday-mismatch',
            message: `${m[0]}: ${iso} was a ${actual[0].toUpperCase()}${actual.slice(1)}, not a ${weekday}.`,
            evidence: [{ start: m.index, end: m.index + m[0].length }],
        });
    }
    return out;
}
const PAST_VERB = /\b(said|was|were|had|did|announced|told|reported|killed|died|met|signed|won|lost|took|held|began|ended)\b/i;
// A forecast or a period still running ("expects net income in the year ending June 30, 1990").
const FUTURE_CUE = /\b(will|would|to be|due|plans?|expects?|expected|expecting|forecasts?|projected|scheduled|ending|through|until)\b/i;
/** A full date after the publication day in a sentence told in the past tense. */
function datesAfterPublication(doc, published) {
    const day = published.slice(0, 10);
    const out = [];
    for (const t of doc.timexes) {
        if (t.type !== 'DATE' || !/^\d{4}-\d\d-\d\d$/.test(t.value) || t.value <= day)
            continue;
        const s = doc.sentences.find((x) => x.start <= t.start && t.end <= x.end);
        if (!s)
            continue;
        const sentence = doc.text.slice(s.start, s.end);
        const explicit = /\d{4}/.test(doc.text.slice(t.start, t.end));
        if (!explicit || !PAST_VERB.test(sentence) || FUTURE_CUE.test(sentence))
            continue;
        out.push({
            kind: 'date-after-publication',
            message: `The sentence reports ${t.value} in the past tense, but the article is dated ${day}.`,
            evidence: [{ start: t.start, end: t.end }],
        });
    }
    return out;
}
