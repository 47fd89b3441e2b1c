// Counted nouns that name no narrower group: "killed 12 people" and "the attack killed 15" count the same.
const GENERIC = /^(people|person|individual|dead|death|fatalit(y|ie)|casualt(y|ie)|victim|li(fe|ve)|wounded|injured|injur(y|ie))$/i;
// A sentence with any of these may be about another incident, another period, a part of the total, a
// forecast, a doubt or a revision: its figure is not told as the same thing as another sentence's.
// Lower case on purpose: "May" and "New York" are not cues (the sentence's first letter is lowered).
const SCOPE_WORDS = [
    ...['another', 'separate', 'separately', 'second', 'third', 'similar', 'also', 'again', 'earlier', 'first'],
    ...['previous', 'previously', 'initial', 'initially', 'later', 'since', 'so far', 'total', 'overall'],
    ...[
        'altogether',
        'combined',
        'cumulative',
        'in all',
        'a day',
        'a week',
        'a month',
        'a year',
        'per',
        'each',
    ],
    ...['every', 'average', 'daily', 'weekly', 'monthly', 'could', 'would', 'may', 'might', 'if', 'whether'],
    ...['not', 'unclear', 'risk', 'threat', 'estimates?', 'estimated', 'revised', 'updated', 'new toll'],
    ...['latest', 'now', 'rose', 'risen', 'rising', 'climbed', 'increased', 'jumped', 'reached', 'raising'],
    ...[
        'bringing',
        'brought',
        'further',
        'additional',
        'more(?! than)',
        'there(?! (?:is|are|was|were|have|has|had)\\b)',
    ],
];
const OTHER_SCOPE = new RegExp(`\\b(${SCOPE_WORDS.join('|')})\\b`);
// Places named with a preposition: "in Kabul", "near the Syrian border" (capitalised words).
const PLACE = /\b(?:in|at|near|outside|across|from)\s+(?:the\s+)?((?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+)*)/g;
const NOT_PLACE = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|His|Her|Their)\b/;
/**
 * Two figures for the same thing that the text's own hedges cannot reconcile: "killed 12 people" … "the
 * attack, which killed 15". Figures for other places, dates, groups or a rising toll are left alone.
 */
export function numberConflicts(doc) {
    const counted = doc.claims.filter((c) => c.outcome && !c.unit && !vague(doc, c) && !part(doc, c));
    const out = [];
    const seen = new Set();
    for (let j = 0; j < counted.length; j++) {
        const b = counted[j];
        const sb = sentenceOf(doc, b);
        if (!sb || otherScope(doc, sb))
            continue;
        for (let i = 0; i < j; i++) {
            const a = counted[i];
            if (seen.has(a) || a.outcome?.kind !== b.outcome?.kind || !sameGroup(a, b))
                continue;
            const sa = sentenceOf(doc, a);
            if (!sa || sa === sb || otherScope(doc, sa))
                continue;
            if (overlaps(range(doc, a), range(doc, b)) || elsewhere(doc, sa, sb))
                continue;
            seen.add(a).add(b);
            out.push({
                kind: 'number-conflict',
                message: `Two figures for those ${b.outcome?.kind}: “${quote(doc, a)}” and “${quote(doc, b)}” ` +
                    'do not agree, and the text gives no reason (another place, date, group or an update).',
                evidence: [withOutcome(a), withOutcome(b)],
            });
            break;
        }
    }
    return out;
}
/** The values a figure allows, given its hedge and its rounding ("130,000" may be 125,000–135,000). */
function range(doc, c) {
    const v = c.value;
    const digits = /\d[\d,]*(?:\.(\d+))?/.exec(doc.text.slice(c.start, c.end));
    let slack = 0;
    if (digits) {
        const written = Number(digits[0].replace(/,/g, ''));
        const zeros = digits[1] ? -digits[1].length : (/0+$/.exec(digits[0].replace(/,/g, ''))?.[0].length ?? 0);
        // rounding to the last written digit, but never more than 5% either way
        if (zeros || written !== v)
            slack = Math.min(((10 ** zeros / 2) * v) / written, 0.05 * v);
    }
    switch (c.approx) {
        case 'more-than':
        case 'at-least':
            return [v - slack, Number.POSITIVE_INFINITY];
        case 'less-than':
        case 'up-to':
            return [0, v + slack];
        case 'about':
            return [Math.min(v * 0.75, v - slack), Math.max(v * 1.25, v + slack)];
        default:
            return [v - slack, v + slack];
    }
}
function overlaps(a, b) {
    return a[0] <= b[1] && b[0] <= a[1];
}
/** "A dozen", "a hundred": no figure to compare. */
function vague(doc, c) {
    const t = doc.text.slice(c.start, c.end);
    return !/\d/.test(t) && /\b(dozen|hundred|thousand)\b/i.test(t);
}
function otherScope(doc, s) {
    const sentence = doc.text.slice(s.start, s.end).trimStart();
    return OTHER_SCOPE.test(sentence.charAt(0).toLowerCase() + sentence.slice(1));
}
/** Same counted group: the same noun, or both generic ("people", "dead") or unsaid; "others" never. */
function sameGroup(a, b) {
    if (/\bother/i.test(`${a.counts} ${b.counts}`))
        return false;
    const na = noun(a.counts) ?? 'people';
    const nb = noun(b.counts) ?? 'people';
    return na === nb || (GENERIC.test(na) && GENERIC.test(nb));
}
/** A part of a figure told just before: "killed 258 people, including 12 Americans", "of whom 11 …". */
function part(doc, c) {
    const s = sentenceOf(doc, c);
    const clause = doc.text
        .slice(s?.start ?? 0, c.start)
        .split(/[,;(—–]/)
        .at(-1) ?? '';
    return /\b(including|among|of whom|of them|of those|of which|with|plus)\b/i.test(clause);
}
function noun(counts) {
    if (!counts)
        return null;
    const head = counts.toLowerCase().split(/\s+/).at(-1) ?? '';
    return head.replace(/(?<=[^s])s$/, '');
}
/** The two sentences name different places (each one the other lacks) or different dates. */
function elsewhere(doc, sa, sb) {
    const pa = places(doc, sa);
    const pb = places(doc, sb);
    if (pa.size && pb.size && [...pa].some((p) => !pb.has(p)) && [...pb].some((p) => !pa.has(p)))
        return true;
    const da = dates(doc, sa);
    const db = dates(doc, sb);
    if (da.size && db.size && ![...da].some((d) => db.has(d)))
        return true;
    // A year other than the dateline's marks background ("In 2005, a bombing killed 50").
    const year = doc.meta.published.value?.slice(0, 4);
    return [...da, ...db].some((d) => year && /^\d{4}/.test(d) && !d.startsWith(year));
}
function places(doc, s) {
    const out = new Set();
    for (const m of doc.text.slice(s.start, s.end).matchAll(PLACE))
        if (!NOT_PLACE.test(m[1]))
            out.add(m[1]);
    return out;
}
function dates(doc, s) {
    return new Set(doc.timexes.filter((t) => t.type === 'DATE' && s.start <= t.start && t.end <= s.end).map((t) => t.value));
}
function sentenceOf(doc, c) {
    return doc.sentences.find((s) => s.start <= c.start && c.end <= s.end);
}
function withOutcome(c) {
    const o = c.outcome ?? c;
    return { start: Math.min(c.start, o.start), end: Math.max(c.end, o.end) };
}
function quote(doc, c) {
    const s = withOutcome(c);
    return doc.text.slice(s.start, s.end);
}
