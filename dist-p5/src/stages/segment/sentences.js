import { datelineAt } from './dateline.js';
/**
 * Sentences as runs of tokens. `starts` are the offsets where wink-nlp began sentences; a blank line
 * always begins one (headlines have no final stop), a wire dateline at a paragraph start is a sentence of
 * its own, a reference mark or emoticon ("… in 1805. [6]", ":)") stays with the sentence before it, and a
 * word glued to the stop before it or in lower case on the same line does not begin one.
 */
export function sentencesOf(text, tokens, starts) {
    const n = tokens.length;
    const begins = new Uint8Array(n);
    const form = (k) => text.slice(tokens[k].start, tokens[k].end);
    for (let i = 0; i < n; i++) {
        const gap = i === 0 ? '\n' : gapBefore(text, tokens, i);
        if (i === 0 || /\n\s*\n/.test(gap))
            begins[i] = 1;
        else if (starts.has(tokens[i].start) &&
            gap !== '' &&
            (/\n/.test(gap) || !continues(form(i - 1), form(i))))
            begins[i] = 1;
        // a stop standing alone ends a sentence before a capital, whatever wink-nlp took it for ("said no. Ask")
        else if (gap !== '' && /^[.!?]$/.test(form(i - 1)) && /^\p{Lu}/u.test(form(i)))
            begins[i] = 1;
    }
    for (let i = 0; i < n; i++) {
        const gap = i === 0 ? text.slice(0, tokens[0].start) : gapBefore(text, tokens, i);
        const paragraph = i === 0 ? /(?:^|\n)[ \t]*$/.test(gap) : /\n/.test(gap);
        if (paragraph || (i > 0 && (begins[i] || form(i - 1) === ':')))
            splitDateline(text, tokens, begins, i, paragraph);
        if (begins[i] && i > 0 && !/\n/.test(gap)) {
            const len = trailerLength(text, tokens, i);
            if (len) {
                begins[i] = 0;
                if (i + len < n)
                    begins[i + len] = 1;
            }
        }
    }
    const out = [];
    for (let i = 0; i < n; i++) {
        if (begins[i])
            out.push({ start: tokens[i].start, end: tokens[i].end });
        else
            out[out.length - 1].end = tokens[i].end;
    }
    return out;
}
/** A lower-case word after "!" or "..." on the same line goes on the sentence ("Yahoo! and AOL"). */
const continues = (prev, form) => /^(?:!+|\.\.+|…)$/.test(prev) && /^\p{Ll}/u.test(form) && !/^\p{Ll}+\p{Lu}/u.test(form);
const gapBefore = (text, tokens, i) => text.slice(tokens[i - 1].end, tokens[i].start);
/**
 * Makes the dateline starting at token `i` one sentence and starts a new one after its dash. Away from a
 * paragraph start only a place in capitals with a date or agency counts ("…: TEHRAN (AFP) - …").
 */
function splitDateline(text, tokens, begins, i, paragraph) {
    const d = datelineAt(text, tokens[i].start);
    if (!d || (!paragraph && !(d.capitals && d.dated)))
        return;
    begins[i] = 1;
    let j = i + 1;
    for (; j < tokens.length && tokens[j].start < d.end; j++)
        begins[j] = 0;
    if (j < tokens.length)
        begins[j] = 1;
}
/** How many tokens of a trailer that belongs to the sentence before: "[6]" or "[…]" after its stop, or ":)". */
function trailerLength(text, tokens, i) {
    const form = (k) => text.slice(tokens[k].start, tokens[k].end);
    if (/^[:;]-?[()DPp]$/.test(form(i)))
        return 1;
    if (i + 2 >= tokens.length)
        return 0;
    const mark = form(i) === '[' && /^(?:\d{1,3}|…|\.\.\.)$/.test(form(i + 1)) && form(i + 2) === ']';
    return mark && /[.!?"”]$/.test(form(i - 1)) ? 3 : 0;
}
