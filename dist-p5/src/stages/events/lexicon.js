import { loadLexicon } from '../../text/lexicon.js';
/** The CAMEO code table (code → name, root, quad class, Goldstein, PLOVER mapping). */
export const cameoCodes = () => loadLexicon('cameo-codes.json').codes;
/** Every trigger entry, flattened, in file order within each type. */
export function triggers() {
    const lex = loadLexicon('events/triggers.json');
    return Object.entries(lex.types).flatMap(([type, es]) => es.map((e) => ({ type, ...e })));
}
const IRREGULAR = {
    give: ['gave', 'given'],
    withdraw: ['withdrew', 'withdrawn'],
    meet: ['met'],
    send: ['sent'],
    hold: ['held'],
    fight: ['fought'],
    sell: ['sold'],
    lend: ['lent'],
    break: ['broke', 'broken'],
    forgive: ['forgave', 'forgiven'],
    shell: ['shelled'],
    cut: ['cut'],
    strike: ['struck', 'stricken'],
    undertake: ['undertook', 'undertaken'],
    seek: ['sought'],
    swear: ['swore', 'sworn'],
    shoot: ['shot'],
    win: ['won'],
    lead: ['led'],
    take: ['took', 'taken'],
    throw: ['threw', 'thrown'],
    buy: ['bought'],
    bring: ['brought'],
    begin: ['began', 'begun'],
    forbid: ['forbade', 'forbidden'],
    pay: ['paid'],
    tell: ['told'],
    bid: ['bade'],
};
/** Verbs stressed on a final short syllable double their consonant: commit → committed, expel → expelled. */
const DOUBLING = new Set('commit permit submit admit omit acquit transmit expel compel propel dispel control patrol equip kidnap occur refer confer transfer deter rebel regret abet'.split(' '));
/** Inflected forms of an English verb or noun (regular rules plus a few irregulars). */
export function formsOf(w) {
    const out = new Set([w, w + 's', ...(IRREGULAR[w] ?? [])]);
    if (DOUBLING.has(w))
        out.add(w + w.at(-1) + 'ed').add(w + w.at(-1) + 'ing');
    if (/(s|sh|ch|x|z)$/.test(w))
        out.add(w + 'es');
    if (/[^aeiou]y$/.test(w)) {
        const stem = w.slice(0, -1);
        out
            .add(stem + 'ies')
            .add(stem + 'ied')
            .add(w + 'ing');
    }
    else if (w.endsWith('e')) {
        out.add(w + 'd').add(w.slice(0, -1) + 'ing');
    }
    else {
        out.add(w + 'ed').add(w + 'ing');
        // consonant doubling for short stressed stems: ban → banned, ship → shipped
        if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(w))
            out.add(w + w.at(-1) + 'ed').add(w + w.at(-1) + 'ing');
    }
    return [...out];
}
/** Triggers by lower-cased surface form. */
export function triggerIndex() {
    const index = new Map();
    for (const t of triggers()) {
        for (const f of formsOf(t.w)) {
            const list = index.get(f) ?? [];
            list.push(t);
            index.set(f, list);
        }
    }
    return index;
}
