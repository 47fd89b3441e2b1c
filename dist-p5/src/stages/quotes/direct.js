import { parseSubject, word } from './phrases.js';
/** Rules that tie a quotation to the cue frame beside it. */
export const TERMINATOR = /^[.!?;]$/;
/**
 * Does token k end a sentence? A period inside an abbreviation does not: "(D-Wis.) said", "R-Ky., said"
 * (the tokenizer splits it off, and the sentence splitter may too).
 */
export function stops(t, k) {
    if (!TERMINATOR.test(word(t, k)))
        return false;
    if (word(t, k) !== '.')
        return true;
    const next = t.text.slice(t.toks[k].end, t.toks[k].end + 8).match(/^\s*(\S)/)?.[1];
    const glued = k > 0 && t.toks[k - 1].end === t.toks[k].start && /^\p{Lu}[\p{L}]{0,3}$/u.test(word(t, k - 1));
    return !(glued && next !== undefined && /[),;\p{Ll}]/u.test(next));
}
const newlineBetween = (t, a, b) => t.text.slice(a, b).includes('\n');
/**
 * The frame after a quotation, unless the quotation closed its sentence and a new one starts ("…end.” She
 * says …"), or it sits inside a clause and is not followed by a comma ("the ad “wrongly” suggests …").
 */
export function frameAfterQuote(t, q, i, frameAt, quoted) {
    const f = frameAfter(t, i, frameAt, quoted);
    if (!f || i >= t.toks.length)
        return f;
    const inside = t.text.slice(q.start, q.end);
    const next = word(t, i);
    if (/[.!?][\s'"\u201d\u2019\u00bb]*$/.test(inside) && /^\p{Lu}/u.test(next)) {
        // a new sentence: only a bare attribution ("Lavrov said.") still belongs to the quotation
        let k = f.cue[1] + 1;
        while (k < t.toks.length && k <= f.cue[1] + 4 && !stops(t, k))
            k++;
        if (k >= t.toks.length || !stops(t, k))
            return undefined;
    }
    if (embedded(t.text, q) && !/,[\s'"\u201d\u2019\u00bb]*$/.test(inside) && next !== ',')
        return undefined;
    return f;
}
/**
 * `“Go back to Univision,” Trump barked.` / `…,” shot back Trump.`: after a quotation ending in a comma (or
 * `?`, `!`), a name or pronoun and any verb ending the sentence attribute it, though the verb is no speech cue.
 */
export function verbCredit(t, q, i, quoted) {
    if (i >= t.toks.length || !/[,?!][\s'"\u201d\u2019\u00bb]*$/.test(t.text.slice(q.start, q.end)))
        return undefined;
    if (newlineBetween(t, t.toks[i - 1]?.end ?? 0, t.toks[i].start))
        return undefined;
    const name = (a) => {
        if (a >= t.toks.length || quoted(a))
            return null;
        if (t.toks[a].pos === 'PRON')
            return /^(he|she|they|i|we)$/i.test(word(t, a)) ? [a, a] : null;
        let b = a;
        while (b < t.toks.length && t.toks[b].pos === 'PROPN' && !quoted(b))
            b++;
        return b > a ? [a, b - 1] : null;
    };
    const verb = (k) => k < t.toks.length && !quoted(k) && t.toks[k].pos === 'VERB' && !/ing$/.test(word(t, k));
    const ends = (k) => k >= t.toks.length ||
        stops(t, k) ||
        /^(back|out|up|in|on|at|to|with|from|as|after|before|while|during)$/i.test(word(t, k)) ||
        word(t, k) === ',';
    const n = name(i);
    if (n && verb(n[1] + 1) && ends(n[1] + 2))
        return {
            cue: [n[1] + 1, n[1] + 1],
            lemma: t.toks[n[1] + 1].lemma,
            speaker: n,
            inverted: false,
            kind: 'quoteOnly',
        };
    if (verb(i)) {
        let k = i + 1;
        if (k < t.toks.length && /^(back|out|up)$/i.test(word(t, k)))
            k++;
        const m = name(k);
        if (m && ends(m[1] + 1))
            return { cue: [i, k - 1], lemma: t.toks[i].lemma, speaker: m, inverted: true, kind: 'quoteOnly' };
    }
    return undefined;
}
/** `“…” ― Pamela Padilla` at a paragraph's end: a dash and a name credit the quotation (vox pops, epigraphs). */
export function dashCredit(t, i, quoted) {
    if (i >= t.toks.length || !/^[\u2015\u2014\u2013-]$/.test(word(t, i)))
        return undefined;
    if (newlineBetween(t, t.toks[i - 1]?.end ?? 0, t.toks[i].start))
        return undefined;
    let b = i;
    while (b + 1 < t.toks.length && !quoted(b + 1) && /^\p{Lu}[\p{L}.'\u2019-]*$/u.test(word(t, b + 1))) {
        if (b > i && newlineBetween(t, t.toks[b].end, t.toks[b + 1].start))
            break;
        b++;
    }
    if (b === i || b - i > 5)
        return undefined;
    const rest = t.text.slice(t.toks[b].end, t.toks[b].end + 40);
    if (!/^[\s.]*(\n|$)/.test(rest))
        return undefined;
    return { cue: [i, i], lemma: word(t, i), speaker: [i + 1, b], inverted: true, kind: 'quoteOnly' };
}
/** `"…," Lavrov said` / `"…," said Lavrov`: a frame starting within a few tokens after the quote. */
function frameAfter(t, i, frameAt, quoted) {
    if (i >= t.toks.length || newlineBetween(t, t.toks[i - 1]?.end ?? 0, t.toks[i].start))
        return undefined;
    for (let k = i; k < Math.min(t.toks.length, i + 32); k++) {
        if (quoted(k) || stops(t, k) || (k > i && newlineBetween(t, t.toks[k - 1].end, t.toks[k].start)))
            return undefined;
        const f = frameAt.get(k);
        if (f)
            return f;
    }
    return undefined;
}
/** `Lavrov said: "…"` / `He added, "…"`: a frame ending just before the quote (a comma or colon between). */
export function frameBefore(t, i, frameAt, quoted) {
    const j = i - 1;
    if (j < 0 || newlineBetween(t, t.toks[j].end, t.toks[i]?.start ?? t.text.length)) {
        // a paragraph that is only the quote may follow "X said:" on the line before
        if (j >= 0 && word(t, j) === ':')
            return lookBack(t, j - 1, frameAt, quoted, 8) ?? colonFrame(t, j, quoted);
        return undefined;
    }
    if (!/^[,:]$/.test(word(t, j))) {
        const f = frameAt.get(j);
        return f && f.kind !== 'according' && f.kind !== 'object' ? f : undefined;
    }
    return (lookBack(t, j - 1, frameAt, quoted, 8) ?? (word(t, j) === ':' ? colonFrame(t, j, quoted) : undefined));
}
/**
 * `He then listed the qualities …:` before a quotation, no cue verb: the colon is the cue and the clause's
 * subject the speaker, when it names someone (a name or a personal pronoun; parsed tokens only).
 */
function colonFrame(t, j, quoted) {
    let lo = j;
    while (lo > 0 &&
        !quoted(lo - 1) &&
        !stops(t, lo - 1) &&
        !newlineBetween(t, t.toks[lo - 1].end, t.toks[lo].start))
        lo--;
    const root = t.toks[j].head ?? -1;
    if (root < lo || root >= j || t.toks[root].pos !== 'VERB')
        return undefined;
    const subj = parseSubject(t, root, lo, j, quoted);
    if (!subj || subj.after)
        return undefined;
    const head = t.toks[subj.span[1]];
    if (head.pos !== 'PROPN' && !(head.pos === 'PRON' && /^(he|she|they|i|we)$/i.test(word(t, subj.span[1]))))
        return undefined;
    return { cue: [j, j], lemma: ':', speaker: subj.span, inverted: false, kind: 'quoteOnly' };
}
/** The nearest frame in the n tokens before j, stopping at a sentence end or a quotation. */
function lookBack(t, j, frameAt, quoted, n) {
    for (let k = j; k >= 0 && k > j - n; k--) {
        if (quoted(k) || stops(t, k))
            return undefined;
        const f = frameAt.get(k);
        if (f)
            return f;
    }
    return undefined;
}
/** A quotation that starts inside a clause ("looked “unseemly”", "that “The absence…"). */
export function embedded(text, q) {
    let i = q.start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t'))
        i--;
    if (i < 0 || text[i] === '\n')
        return false;
    return /[\p{L}\p{N}]/u.test(text[i]);
}
/** Does q continue the last direct quote (same paragraph after its attribution, or the next paragraph)? */
export function joinable(text, last, q, n, spans) {
    if (q.continues !== undefined)
        return true;
    const prevEnd = last.parts[last.parts.length - 1].end;
    if (n === 0 || spans[n - 1].end !== prevEnd)
        return false;
    const between = text.slice(prevEnd, q.start);
    const nl = between.indexOf('\n');
    if (nl < 0)
        return last.cue !== null;
    // the next paragraph, when it starts with the quote and the previous one ended with the last quote
    return between.slice(nl).trim() === '' && between.slice(0, nl).length <= 80 && !/[\u201c"]/.test(between);
}
/** A short quotation in title case is a name of a show, book or headline, not speech. */
export function looksLikeTitle(text, q) {
    const ws = text
        .slice(q.start, q.end)
        .split(/\s+/)
        .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
        .filter((w) => w.length > 3);
    if (!ws.length || ws.length > 6)
        return false;
    return ws.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * ws.length;
}
/** Word count of a quotation. */
export function words(text, q) {
    return text
        .slice(q.start, q.end)
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
