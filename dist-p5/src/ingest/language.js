/**
 * A cheap language check: the script of the letters, then which language's function words the text uses.
 * Enough to keep French, German, Spanish, Russian or Chinese articles out of an English pipeline; it is
 * not a language identifier.
 */
// Common function words, chosen so that shared spellings ("de", "la", "a", "en", "in") are left out.
const FUNCTION_WORDS = {
    en: 'the of and to is was that for on with as by at from it he she they his her their has have had are were be been will would said not this which who an or but its after over about than more also into we our you there when what can could should may',
    fr: 'le les des du une et est sont dans pour pas que qui sur avec il elle ils au aux ce cette mais ou par plus nous vous été être leur ses entre selon aussi très comme fait',
    de: 'der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch es sie er wir ich wird werden wurde sind bei nach aus noch wie über dass oder aber nur hat haben',
    es: 'el los las del y es que un una por con para se su sus al lo como más pero fue ha han está sobre entre también según este esta muy ya cuando',
    it: 'il gli della delle dei di che è e un una per con non sono del nel alla anche ha come più ma questo questa essere stato',
    pt: 'o os do da dos das um uma não que com para em por no na é mais foi ao seu sua também como mas',
    nl: 'het een en van is dat niet op met zijn voor er ook aan bij naar wordt werd hij zij maar om ze dit deze heeft',
};
const LEXICON = new Map();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of words.split(' '))
        LEXICON.set(w, [...(LEXICON.get(w) ?? []), lang]);
}
const SCRIPTS = [
    ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
    ['zh', /\p{Script=Han}/u],
    ['ko', /\p{Script=Hangul}/u],
    ['ru', /\p{Script=Cyrillic}/u],
    ['ar', /\p{Script=Arabic}/u],
    ['he', /\p{Script=Hebrew}/u],
    ['el', /\p{Script=Greek}/u],
    ['hi', /\p{Script=Devanagari}/u],
    ['th', /\p{Script=Thai}/u],
];
/** Guesses the language from the first 20,000 characters; texts too short to judge pass as English. */
export function guessLanguage(text) {
    const sample = text.slice(0, 20000);
    const letters = count(sample, /\p{L}/gu);
    if (letters === 0)
        return { lang: 'und', english: true };
    if (count(sample, /\p{Script=Latin}/gu) < letters * 0.6) {
        const byCount = SCRIPTS.map(([lang, re]) => [lang, count(sample, new RegExp(re.source, 'gu'))]).sort((a, b) => b[1] - a[1]);
        // kana anywhere means Japanese even when kanji (Han) outnumber it
        const lang = byCount.some(([l, n]) => l === 'ja' && n > 0)
            ? 'ja'
            : byCount[0][1] > 0
                ? byCount[0][0]
                : 'und';
        return { lang, english: false };
    }
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    const hits = new Map();
    for (const w of words)
        for (const lang of LEXICON.get(w) ?? [])
            hits.set(lang, (hits.get(lang) ?? 0) + 1);
    const en = hits.get('en') ?? 0;
    let best = 'en';
    let bestHits = en;
    for (const [lang, n] of hits) {
        if (n > bestHits)
            [best, bestHits] = [lang, n];
    }
    // headlines, lists of names, tables: too few function words to judge, so let them through
    if (words.length < 5 || bestHits < Math.max(2, words.length * 0.1))
        return { lang: 'und', english: true };
    return { lang: best, english: best === 'en' };
}
const count = (text, re) => {
    let n = 0;
    for (re.lastIndex = 0; re.exec(text);)
        n++;
    return n;
};
