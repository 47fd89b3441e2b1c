import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
const cache = new Map();
/** Reads a JSON lexicon from lexicons/ once per process; callers treat it as read-only. */
export function loadLexicon(file) {
    let v = cache.get(file);
    if (v === undefined) {
        v = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'lexicons', file), 'utf8'));
        cache.set(file, v);
    }
    return v;
}
/** The dated office-holder knowledge base (lexicons/office-holders.json). */
export const officeHolders = () => loadLexicon('office-holders.json').holders;
