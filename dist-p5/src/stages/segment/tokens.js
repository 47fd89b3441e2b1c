// Words UD splits that wink-nlp keeps whole: form → [first part length, pos, lemma, pos, lemma].
// A Map, not an object literal: "constructor" or "toString" must not find Object.prototype's members.
const SPLITS = new Map([
    ["i'm", [1, 'PRON', 'I', 'AUX', 'be']],
    ['gonna', [3, 'VERB', 'go', 'PART', 'to']],
    ['gotta', [3, 'VERB', 'get', 'PART', 'to']],
    ['wanna', [3, 'VERB', 'want', 'PART', 'to']],
]);
// URLs, e-mail addresses, domain, file and newsgroup names: one token each, as UD has them.
const WEB = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|int|info|io|pdf|docx?|xlsx?|pptx?|html?|txt|jpe?g|png|gif|zip)\b|\b[a-z]{2,}(?:\.[a-z]{2,}){2,}\b/gi;
// Runs of stops or of other marks with no space between are one token ("!!!", "?!", "...", "***", "=---").
const MARKS = [/^[!?.]+$/, /^[*=_~#<>$+-]+$/];
/**
 * Repairs wink-nlp tokens to UD conventions: splits "I'm", "gonna" and a final "No."; joins URLs,
 * addresses, file names, runs of marks and decades ("70's").
 */
export function fixTokens(text, tokens) {
    return joinWeb(text, joinRuns(text, splitWords(text, tokens)));
}
function splitWords(text, tokens) {
    const out = [];
    tokens.forEach((t, i) => {
        const form = text.slice(t.start, t.end);
        const split = SPLITS.get(form.toLowerCase().replace('’', "'"));
        if (split) {
            const [n, pos1, lemma1, pos2, lemma2] = split;
            out.push({ start: t.start, end: t.start + n, pos: pos1, lemma: lemma1 });
            out.push({ start: t.start + n, end: t.end, pos: pos2, lemma: lemma2 });
        }
        else if (/^no\.$/i.test(form) && !/^\s*(?:#|\d)/.test(text.slice(t.end, t.end + 3))) {
            // "No." is an abbreviation only before a number ("No. 10")
            out.push({ start: t.start, end: t.end - 1, pos: 'INTJ', lemma: 'no' });
            out.push({ start: t.end - 1, end: t.end, pos: 'PUNCT', lemma: '.' });
        }
        else
            out.push(tokens[i]);
    });
    return out;
}
function joinRuns(text, tokens) {
    const out = [];
    for (const t of tokens) {
        const prev = out[out.length - 1];
        const form = text.slice(t.start, t.end);
        if (prev && prev.end === t.start) {
            const prevForm = text.slice(prev.start, prev.end);
            const marks = MARKS.some((re) => re.test(prevForm) && re.test(form));
            const decade = /^\d+$/.test(prevForm) && /^['’]s$/.test(form);
            if (marks || decade) {
                out[out.length - 1] = { ...prev, end: t.end, lemma: text.slice(prev.start, t.end) };
                continue;
            }
        }
        out.push(t);
    }
    return out;
}
function joinWeb(text, tokens) {
    const spans = [];
    for (const m of text.matchAll(WEB)) {
        const start = m.index ?? 0;
        const end = start + m[0].replace(/[.,;:!?)\]'’]+$/, '').length;
        if (end > start)
            spans.push([start, end]);
    }
    if (!spans.length)
        return tokens;
    const out = [];
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
        while (s < spans.length && spans[s][1] <= tokens[i].start)
            s++;
        const span = spans[s];
        if (span && tokens[i].start === span[0]) {
            let j = i;
            while (j + 1 < tokens.length && tokens[j + 1].start < span[1])
                j++;
            const rest = text.slice(span[1], tokens[j].end);
            if (j > i || rest) {
                if (tokens[j].end > span[1] && !/^[.,;:!?)\]'’]+$/.test(rest)) {
                    out.push(tokens[i]);
                    continue;
                }
                out.push({ start: span[0], end: span[1], pos: 'X', lemma: text.slice(span[0], span[1]) });
                // a URL's final stop that wink-nlp kept inside it
                if (rest)
                    out.push({ start: span[1], end: tokens[j].end, pos: 'PUNCT', lemma: rest });
                i = j;
                continue;
            }
        }
        out.push(tokens[i]);
    }
    return out;
}
