import { tokensIn } from '../../model/doc.js';
// Dependents of a noun that belong to the clause, not to its noun phrase ("to" in "to the city", "is" in
// "X is the city"), and appositions and conjuncts, which are mentions of their own.
const OUTSIDE = /^(case|cop|nsubj|csubj|aux|mark|advcl|punct|parataxis|discourse|obj|iobj|obl|ccomp|xcomp|expl|dislocated|vocative|reparandum|appos|conj|cc|dep|orphan|goeswith)(:|$)/;
const EDGE = /^(PUNCT|ADP|ADV|CCONJ|SCONJ|AUX|PART)$/;
// The entities stage asks for the children several times; tokens do not change while it runs.
const childCache = new WeakMap();
/** Dependency children of every token (empty lists when the document has no parse). */
export function childrenOf(doc) {
    const cached = childCache.get(doc.tokens);
    if (cached && cached.length === doc.tokens.length)
        return cached;
    const kids = doc.tokens.map(() => []);
    doc.tokens.forEach((t, i) => {
        if (t.head !== undefined && t.head >= 0)
            kids[t.head].push(i);
    });
    childCache.set(doc.tokens, kids);
    return kids;
}
/** Whether the document carries a dependency parse. */
export const hasParse = (doc) => doc.tokens.some((t) => t.head !== undefined);
/**
 * Token range [first, last) of the noun phrase headed by token h: its subtree without clause-level
 * dependents, appositions and conjuncts, trimmed of punctuation at the edges.
 */
export function phraseTokens(doc, kids, h) {
    let lo = h;
    let hi = h;
    const walk = (t) => {
        if (t < lo)
            lo = t;
        if (t > hi)
            hi = t;
        for (const k of kids[t])
            walk(k);
    };
    for (const k of kids[h])
        if (!OUTSIDE.test(doc.tokens[k].deprel ?? ''))
            walk(k);
    // a misattached "to", "respectively" or comma at the edge is not part of the phrase; "over", "at least"
    // before a number are ("over 900 asylum seekers")
    while (lo < h && EDGE.test(doc.tokens[lo].pos) && !leadsNumber(doc, lo))
        lo++;
    while (hi > h && EDGE.test(doc.tokens[hi].pos))
        hi--;
    return [lo, hi + 1];
}
/**
 * Whether token t modifies a number: within two steps up the tree ("over" → "900", "at" → "least" →
 * "76") or right before it ("Over 900 asylum seekers" when the parse hangs "Over" on the noun).
 */
function leadsNumber(doc, t) {
    const toks = doc.tokens;
    if (toks[t].pos === 'PUNCT')
        return false;
    if (toks[t + 1]?.pos === 'NUM' || (toks[t + 2]?.pos === 'NUM' && /^(ADJ|ADV)$/.test(toks[t + 1].pos)))
        return true;
    let x = toks[t].head ?? -1;
    for (let step = 0; step < 2 && x > t; step++) {
        if (toks[x].pos === 'NUM')
            return true;
        x = toks[x].head ?? -1;
    }
    return false;
}
/** The syntactic head of tokens [first, last): the first whose head lies outside the range. */
export function headIn(doc, first, last) {
    for (let i = first; i < last; i++) {
        const h = doc.tokens[i].head;
        if (h === undefined || h < first || h >= last)
            return i;
    }
    return first;
}
/** The head token of each mention (-1 when it covers no token). */
export function mentionHeads(doc) {
    return doc.mentions.map((m) => {
        const [f, l] = tokensIn(doc, m);
        return l > f ? headIn(doc, f, l) : -1;
    });
}
