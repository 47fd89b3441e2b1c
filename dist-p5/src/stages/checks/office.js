import { escapeRegExp } from '../../text/regexp.js';
/** Office titles as written in news ("Secretary-General", "Secretary General", "foreign minister"). */
function titlePattern(office) {
    const words = office
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join('[\\s-]+');
    return new RegExp(`\\b${words}\\b`, 'gi');
}
/** Where the text names an office holder and also gives the office as theirs now (no "former"). */
export function describedHolders(doc, holders) {
    const found = [];
    const words = new Set(wordsOf(doc.text));
    for (const h of holders) {
        const name = findName(doc.text, words, h);
        if (!name)
            continue;
        const title = findTitle(doc.text, words, h);
        if (title)
            found.push({ holder: h, name, title });
    }
    return found;
}
/**
 * Lower-case words: runs of Latin letters (with accents) and digits, split the same way in names and text,
 * so a name can only match where all its words occur. (A plain character class: \p{L} costs twice as much.)
 */
const wordsOf = (text) => text
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f\u1e00-\u1eff]+/)
    .filter(Boolean);
const pattern = (re, source) => ({ re, words: wordsOf(source) });
// Compiled once per holder: every document is checked against every holder's names, so a name is only
// searched for when the document holds all its words (one pass over the text instead of one per name).
const namePatterns = new WeakMap();
const titlePatterns = new Map();
const hasAll = (words, p) => p.words.every((w) => words.has(w));
function findName(text, words, h) {
    let patterns = namePatterns.get(h);
    if (!patterns) {
        patterns = [h.name, ...h.aliases].map((n) => pattern(new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i'), n));
        namePatterns.set(h, patterns);
    }
    for (const p of patterns) {
        if (!hasAll(words, p))
            continue;
        const m = p.re.exec(text);
        if (m)
            return { start: m.index, end: m.index + m[0].length };
    }
    return null;
}
function findTitle(text, words, h) {
    let title = titlePatterns.get(h.office);
    if (!title) {
        title = pattern(titlePattern(h.office), h.office);
        titlePatterns.set(h.office, title);
    }
    if (!hasAll(words, title))
        return null;
    for (const m of text.matchAll(title.re)) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (/\b(former|ex-|then|late|previous|outgoing|one-time|past)\b[^.]*$/i.test(before))
            continue;
        if (/\bex-$/i.test(before))
            continue;
        if (h.org && !new RegExp(`\\b${escapeRegExp(h.org)}\\b|united nations`, 'i').test(before.slice(-25)))
            continue;
        return { start: m.index, end: m.index + m[0].length };
    }
    return null;
}
// The person is told as dead ("Rabin's assassin", "the killing of Rabin", "Rabin was shot"): the office
// title then belongs to the story of their term, not to the dateline.
const DEATH_BEFORE = /\b(?:assassination|murder|killing|death|funeral|slaying|memory) of\s+(?:\w+\s+){0,2}$|\b(?:the late|slain|killing|killed|murdered|assassinated)\s+(?:\w+\s+){0,2}$/i;
const DEATH_AFTER = /^(?:['’]s\s+(?:assassin|assassination|murder|murderer|killer|killing|death|funeral|widow|grave|slaying)|,?\s+(?:who|which)\s+(?:was|were)\s+(?:assassinated|killed|murdered|shot dead)|\s+(?:was|were)\s+(?:assassinated|killed|murdered|shot dead)|\s+died\b)/i;
/** Whether the text tells of the holder's death next to one of their names. */
function toldDead(text, h) {
    const names = [h.name, ...h.aliases, h.name.split(' ').at(-1) ?? h.name];
    for (const n of names) {
        const re = new RegExp(`\\b${escapeRegExp(n)}\\b`, 'gi');
        for (const m of text.matchAll(re)) {
            const before = text.slice(Math.max(0, m.index - 40), m.index);
            const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
            if (DEATH_BEFORE.test(before) || DEATH_AFTER.test(after))
                return true;
        }
    }
    return false;
}
/** Findings for office holders described as current outside their term; suggests the span that fits them all. */
export function staleDateline(doc, holders, published, yearsMentioned) {
    const described = describedHolders(doc, holders);
    const day = published.slice(0, 10);
    const inTerm = (h) => h.start <= day && (h.end === null || day <= h.end);
    const out = [];
    const sameOffice = (a, b) => a.office === b.office && a.org === b.org && a.country === b.country;
    // Only a dateline after every listed term of the person in that office: the list may lack early terms.
    const stale = described.filter((d) => !holders.some((h) => h.name === d.holder.name && sameOffice(h, d.holder) && (h.end === null || h.end >= day)));
    for (const d of stale) {
        if (inTerm(d.holder) || toldDead(doc.text, d.holder))
            continue;
        // another holder of the same office, named and in office on that day, explains the title
        const rival = described.some((o) => o !== d && sameOffice(o.holder, d.holder) && inTerm(o.holder));
        if (rival)
            continue;
        // The span that fits every stale holder named, when there is one; else this holder's own term.
        let from = [d.holder.start, ...stale.map((o) => o.holder.start)].sort().at(-1);
        let to = [d.holder.end ?? '9999-12-31', ...stale.map((o) => o.holder.end ?? '9999-12-31')].sort()[0];
        if (from > to) {
            from = d.holder.start;
            to = d.holder.end ?? '9999-12-31';
        }
        const lastYear = Math.max(0, ...yearsMentioned.filter((y) => String(y) <= day.slice(0, 4) && String(y) <= to));
        const fits = { from: lastYear && `${lastYear}` > from.slice(0, 4) ? `${lastYear}-01-01` : from, to };
        const where = d.holder.org ?? d.holder.country ?? '';
        const term = `${d.holder.start.slice(0, 4)}–${d.holder.end ? d.holder.end.slice(0, 4) : 'now'}`;
        out.push({
            kind: 'stale-dateline',
            message: `${d.holder.name} is described as ${where} ${d.holder.office} (in office ${term}), ` +
                `but the article is dated ${day}; its content fits ${fits.from.slice(0, 4)}–${fits.to === '9999-12-31' ? 'now' : fits.to.slice(0, 4)}.`,
            evidence: [d.title, d.name],
            suggested: fits.from <= fits.to ? fits : undefined,
        });
    }
    return out;
}
