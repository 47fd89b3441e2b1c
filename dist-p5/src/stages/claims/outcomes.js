const OUTCOME_WORDS = [
    [
        /^(kill(s|ed|ing)?|die[ds]?|dying|dead|deaths?|toll|fatalit(y|ies)|slain|slaughtered|massacred|executed|lives)$/,
        'killed',
    ],
    [/^(injur(e|es|ed|ing|y|ies)|wound(s|ed|ing)?|hurt)$/, 'injured'],
    [/^(arrest(s|ed|ing)?|detain(s|ed|ing)?|detainees?)$/, 'arrested'],
    [/^(displac(e|es|ed|ing)|evacuat(e|es|ed|ing)|homeless|refugees)$/, 'displaced'],
    [/^missing$/, 'missing'],
];
// Words that may stand between an outcome word and the number after it: "killing at least 12",
// "the death toll rose to 15", "a toll of 15". Anything else breaks the link ("killed in 3 cities").
const LEFT_GLUE = /^(at|least|more|than|over|about|some|around|nearly|almost|an|estimated|roughly|to|of|rose|risen|has|have|had|climbed|reached|stood|stands|is|was|now|the|as|many|up|further|another)$/;
// Words that may stand between the counted phrase and an outcome word after it: "12 people were killed".
const RIGHT_GLUE = /^(were|was|are|is|have|has|had|been|be|being|reported|reportedly|believed|feared|confirmed|thought|later|all|already|also|now|left)$/;
const TIMES = /\b(times|hours?|days?|weeks?|months?|years?)$/i;
/** The outcome word a count is tied to ("killed 12 people", "12 were killed", "12 dead"), or null. */
export function outcomeOf(doc, first, last, counts) {
    const toks = doc.tokens;
    const word = (i) => doc.text.slice(toks[i].start, toks[i].end).toLowerCase();
    if (counts && TIMES.test(counts))
        return null;
    if (counts) {
        const kind = kindOf(word(last - 1));
        if (kind)
            return { start: toks[last - 1].start, end: toks[last - 1].end, kind };
    }
    for (let i = last; i < toks.length && i < last + 5; i++) {
        if (/[\n:]/.test(doc.text.slice(toks[i - 1].end, toks[i].start)))
            break;
        const kind = kindOf(word(i));
        if (kind)
            return { start: toks[i].start, end: toks[i].end, kind };
        if (!RIGHT_GLUE.test(word(i)))
            break;
    }
    for (let i = first - 1; i >= 0 && i >= first - 6; i--) {
        if (/[\n:]/.test(doc.text.slice(toks[i].end, toks[i + 1].start)))
            break;
        const kind = kindOf(word(i));
        if (kind)
            return { start: toks[i].start, end: toks[i].end, kind };
        if (!LEFT_GLUE.test(word(i)))
            break;
    }
    return null;
}
function kindOf(word) {
    for (const [re, kind] of OUTCOME_WORDS)
        if (re.test(word))
            return kind;
    return null;
}
