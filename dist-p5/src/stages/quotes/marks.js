const OPENERS = {
    '\u201c': '\u201d', // “ ”
    '\u201e': '\u201d', // „ ”
    '\u00ab': '\u00bb', // « »
    '"': '"',
    '\u2018': '\u2019', // ‘ ’
    "'": "'",
};
const isLetter = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isBlank = (ch) => ch === undefined || /[\s([{\u2014\u2013-]/.test(ch);
/** Can `ch` at `i` close a quote opened with `opener`? Single quotes must not be apostrophes. */
function closes(text, i, opener) {
    const ch = text[i];
    if (opener === "''")
        return ch === "'" && text[i + 1] === "'";
    if (ch !== OPENERS[opener]) {
        // straight and curly double quotes close each other (mixed styles are common in pasted text)
        return (opener === '\u201c' && ch === '"') || (opener === '"' && ch === '\u201d');
    }
    if (opener === '\u2018' || opener === "'") {
        if (isLetter(text[i + 1]) && isLetter(text[i - 1]))
            return false; // don't, it's
        if (isBlank(text[i - 1]))
            return false;
    }
    return true;
}
/** Can `ch` at `i` open a quote? Single quotes must start a word (not an apostrophe). */
function opens(text, i) {
    const ch = text[i];
    if (!(ch in OPENERS))
        return false;
    if (ch === "'" || ch === '\u2018')
        return isBlank(text[i - 1]) && isLetter(text[i + 1]);
    if (ch === '"')
        return !isLetter(text[i - 1]) || isBlank(text[i + 1]) === false;
    return true;
}
/** Quoted spans in `text`, in order. An unclosed quote ends at its paragraph's end. */
export function findQuoteSpans(text) {
    const out = [];
    let lineStart = 0;
    let prevOpenAt = -1; // index in `out` of a quote left open at the end of the previous paragraph
    while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.length;
        let opener = '';
        let openAt = -1;
        let firstInLine = true;
        let leftOpen = -1;
        for (let i = lineStart; i < lineEnd; i++) {
            const ch = text[i];
            if (opener) {
                if (closes(text, i, opener)) {
                    const end = opener === "''" ? i + 2 : i + 1;
                    out.push(span(openAt, end, false, firstInLine ? prevOpenAt : -1));
                    opener = '';
                    firstInLine = false;
                    i = end - 1;
                }
            }
            else if (ch === "'" && text[i + 1] === "'" && text[i + 2] !== "'") {
                // ''old typewriter style'' double quotes made of two apostrophes
                opener = "''";
                openAt = i;
                if (text.slice(lineStart, i).trim() !== '')
                    firstInLine = false;
                i++;
            }
            else if (ch === '\u201d' && isLetter(text[i + 1]) && text.slice(lineStart, i).trim() === '') {
                opener = '\u201c'; // ”Fear. I am … (a closing mark typed for the opening one, at a paragraph start)
                openAt = i;
            }
            else if (opens(text, i)) {
                // a single quote needs its closing mark later in the same line
                if ((ch === "'" || ch === '\u2018') && !hasCloser(text, i, lineEnd, ch))
                    continue;
                opener = ch;
                openAt = i;
                if (text.slice(lineStart, i).trim() !== '')
                    firstInLine = false;
            }
        }
        if (opener && opener !== "'" && opener !== '\u2018' && opener !== "''") {
            let end = lineEnd;
            while (end > openAt + 1 && /\s/.test(text[end - 1]))
                end--;
            out.push(span(openAt, end, true, firstInLine ? prevOpenAt : -1));
            leftOpen = out.length - 1;
        }
        if (text.slice(lineStart, lineEnd).trim() !== '')
            prevOpenAt = leftOpen;
        lineStart = lineEnd + 1;
    }
    return out;
}
function span(start, end, open, continues) {
    return continues >= 0 ? { start, end, open, continues } : { start, end, open };
}
function hasCloser(text, from, lineEnd, opener) {
    for (let j = from + 2; j < lineEnd; j++)
        if (closes(text, j, opener))
            return true;
    return false;
}
