/** Reads CoNLL-U text into sentences; multi-word tokens and empty nodes are kept aside, not parsed. */
export function readConllu(text) {
    const out = [];
    let cur = { comments: [], words: [], extra: [] };
    const flush = () => {
        if (cur.words.length || cur.comments.length)
            out.push(cur);
        cur = { comments: [], words: [], extra: [] };
    };
    for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '') {
            flush();
            continue;
        }
        if (line.startsWith('#')) {
            cur.comments.push(line);
            continue;
        }
        const cols = line.split('\t');
        const id = cols[0];
        if (!/^\d+$/.test(id)) {
            cur.extra.push({ before: cur.words.length, line });
            continue;
        }
        const head = cols[6] === undefined || cols[6] === '_' ? -1 : Number(cols[6]);
        cur.words.push({
            form: cols[1] ?? '_',
            lemma: cols[2] ?? '_',
            upos: cols[3] ?? '_',
            xpos: cols[4] ?? '_',
            feats: cols[5] ?? '_',
            head: Number.isFinite(head) ? head : -1,
            deprel: cols[7] ?? '_',
            deps: cols[8] ?? '_',
            misc: cols[9] ?? '_',
        });
    }
    flush();
    return out;
}
/** Writes sentences back as CoNLL-U, in the same layout they were read. */
export function writeConllu(sentences) {
    const lines = [];
    for (const s of sentences) {
        lines.push(...s.comments);
        let e = 0;
        s.words.forEach((w, i) => {
            while (e < s.extra.length && s.extra[e].before <= i)
                lines.push(s.extra[e++].line);
            const head = w.head < 0 ? '_' : String(w.head);
            lines.push([i + 1, w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join('\t'));
        });
        while (e < s.extra.length)
            lines.push(s.extra[e++].line);
        lines.push('');
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}
/** The universal part of a relation (`nmod:poss` → `nmod`), as CoNLL 2018 LAS compares. */
export const universalRel = (rel) => {
    const i = rel.indexOf(':');
    return i < 0 ? rel : rel.slice(0, i);
};
