/** An age given for someone: "Smith, 45,", "the 45-year-old", "aged 45". Group 1, 2 or 3 holds it. */
const AGE = /(?:\b[A-Z][a-z]+,\s+(\d{1,3}),)|\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b/g;
/** A birth year: "born in 1950", "born on March 3, 1950", "(born 1950)". */
const BORN = /\bborn\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\s+)?((?:1[89]|20)\d\d)\b/g;
const ORDINAL_WORDS = {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    fifteenth: 15,
    twentieth: 20,
    'twenty-fifth': 25,
    thirtieth: 30,
    fortieth: 40,
    fiftieth: 50,
    sixtieth: 60,
    seventieth: 70,
    'seventy-fifth': 75,
    hundredth: 100,
};
const ANNIVERSARY = new RegExp(`\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\b|\\b(${Object.keys(ORDINAL_WORDS).join('|')})\\s+anniversary\\b`, 'gi');
/** The year of the event an anniversary counts from: in its "of …" phrase. */
const ANNIVERSARY_OF = /^\s+of\s+(?:[^.;!?]{0,60}?\b)?((?:1[6-9]|20)\d\d)\b/;
const span = (start, text) => ({ start, end: start + text.length });
/** The sentence bounds around `at` (the doc's sentences, else the whole text). */
function sentenceAround(doc, at) {
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    return s ? [s.start, s.end] : [0, doc.text.length];
}
/**
 * Ages that do not fit a birth year given in the same sentence: "Smith, 45, born in 1950" in a 2020
 * article. A year of slack covers birthdays not yet reached.
 */
export function ageMismatches(doc, published) {
    const pubYear = Number(published.slice(0, 4));
    const out = [];
    for (const a of doc.text.matchAll(AGE)) {
        const ageText = a[1] ?? a[2] ?? a[3];
        const age = Number(ageText);
        if (age < 1 || age > 120)
            continue;
        const ageAt = a.index + a[0].indexOf(ageText);
        const [from, to] = sentenceAround(doc, ageAt);
        BORN.lastIndex = from;
        const sentence = doc.text.slice(0, to);
        const b = BORN.exec(sentence);
        if (!b)
            continue;
        const born = Number(b[1]);
        const expected = pubYear - born; // age after this year's birthday; one less before it
        if (age === expected || age === expected - 1)
            continue;
        const bornAt = b.index + b[0].lastIndexOf(b[1]);
        out.push({
            kind: 'age-mismatch',
            message: `Age ${age} does not fit a birth in ${born}: on ${published.slice(0, 10)} that person would be ` +
                `${expected - 1} or ${expected}. The age fits ${born + age}–${born + age + 1}.`,
            evidence: [span(ageAt, ageText), span(bornAt, b[1])],
            suggested: { from: `${born + age}-01-01`, to: `${born + age + 1}-12-31` },
        });
    }
    return out;
}
/**
 * Anniversaries that do not add up against the dateline: "the 10th anniversary of the 2001 attacks" in a
 * 2020 article. A year of slack covers anniversaries just past or just ahead.
 */
export function anniversaryMismatches(doc, published) {
    const pubYear = Number(published.slice(0, 4));
    const out = [];
    for (const m of doc.text.matchAll(ANNIVERSARY)) {
        const nth = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2].toLowerCase()];
        if (!nth)
            continue;
        const after = ANNIVERSARY_OF.exec(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 80));
        if (!after)
            continue;
        const year = Number(after[1]);
        const expected = pubYear - year;
        if (Math.abs(nth - expected) <= 1)
            continue;
        // "… in 2007 coincided with the 20th anniversary of his death in 1987": the sentence dates it itself.
        const [from, to] = sentenceAround(doc, m.index);
        const years = doc.text.slice(from, to).match(/\b(?:1[6-9]|20)\d\d\b/g) ?? [];
        if (years.some((y) => Math.abs(Number(y) - (year + nth)) <= 1))
            continue;
        const yearAt = m.index + m[0].length + after.index + after[0].lastIndexOf(after[1]);
        out.push({
            kind: 'anniversary-mismatch',
            message: `The ${m[0].replace(/\s+anniversary$/i, '')} anniversary of ${year} falls in ${year + nth}, ` +
                `but the article is dated ${published.slice(0, 10)} (${expected} years on).`,
            evidence: [
                { start: m.index, end: m.index + m[0].length },
                { start: yearAt, end: yearAt + 4 },
            ],
            suggested: { from: `${year + nth - 1}-01-01`, to: `${year + nth + 1}-12-31` },
        });
    }
    return out;
}
