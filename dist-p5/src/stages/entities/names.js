import { isHonorific } from '../../text/actors.js';
const PARTICLES = /^(al|el|ad|as|ash|an|ar|at|az|bin|ibn)$/i;
/** A person name without honorific or possessive: "Mr Lavrov's" → "Lavrov". */
export function cleanName(s) {
    let words = s
        .replace(/['’]s?$/, '')
        .split(/\s+/)
        .filter(Boolean);
    while (words.length > 1 && isHonorific(words[0]))
        words = words.slice(1);
    return words.join(' ');
}
/** Comparison key: lower case, no accents, no Arabic article ("Bashar Al-Assad" → "bashar assad"). */
export function nameKey(s) {
    return cleanName(s)
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[\s]+/)
        .map((w) => w
        .split('-')
        .filter((p, i, all) => !(all.length > 1 && i < all.length - 1 && PARTICLES.test(p)))
        .join('-'))
        .filter((w) => !PARTICLES.test(w))
        .join(' ');
}
/** The last word of a name key: the surname for Western and most news-style names. */
export const surname = (key) => key.split(' ').pop() ?? key;
