/**
 * A TypeScript port of the reference quote scorer (../shared/data/quotes/scorer/score_quotes.py + qcommon.py).
 * It must give the same figures on the same files; quotes-scorer.test.ts checks that against python3.
 * Protocol: segment units, trimmed character sets, greedy one-to-one Dice matching, speaker by overlap or name.
 */
const PUNCT = new Set('.,;:!?"\'\u201c\u201d\u2018\u2019\u00ab\u00bb()[]{}-\u2013\u2014\u2026 \t\n\r\u00a0');
const PRONOUNS = new Set('he she they it we i you him her them his their its who which that one'.split(' '));
const TITLES = new Set(('mr mrs ms miss dr prof sen senator rep gov governor president sir dame lord lady rev gen col capt lt sgt ' +
    'jr sr the former premier minister prime mayor chief judge justice secretary vice u s').split(' '));
// Python's str.isspace(): Unicode whitespace, including the separators \x1c-\x1f and \x85.
const PY_SPACE = new Set([
    9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
    0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);
const isSpace = (ch) => PY_SPACE.has(ch.charCodeAt(0));
const isAlpha = (ch) => ch !== undefined && /\p{L}/u.test(ch);
/** Mask of characters inside (or being) double quotation marks or curly single quotes (qcommon.quoted_mask). */
export function quotedMask(s) {
    const mask = new Array(s.length).fill(false);
    let inside = false;
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ch === '"') {
            mask[i] = true;
            inside = !inside;
            continue;
        }
        if (ch === '\u201c' || ch === '\u201e' || ch === '\u00ab') {
            inside = true;
            mask[i] = true;
            continue;
        }
        if (ch === '\u201d' || ch === '\u00bb') {
            mask[i] = true;
            inside = false;
            continue;
        }
        mask[i] = inside;
    }
    let i = 0;
    while (i < s.length) {
        if (s[i] === '\u2018') {
            let j = i + 1;
            while (j < s.length) {
                if (s[j] === '\u2019' && !(j + 1 < s.length && isAlpha(s[j + 1]) && isAlpha(s[j - 1])))
                    break;
                j++;
            }
            for (let k = i; k < Math.min(j + 1, s.length); k++)
                mask[k] = true;
            i = j + 1;
        }
        else
            i++;
    }
    return mask;
}
const hasQuoteMarks = (s) => /["\u201c\u201e\u00ab\u201d\u00bb\u2018]/.test(s);
/** direct | mixed | indirect from the quotation marks in the content parts (qcommon.quote_type). */
export function quoteType(partsText) {
    const joined = partsText.filter((p) => p);
    if (!joined.some(hasQuoteMarks))
        return 'indirect';
    let outsideWords = 0;
    for (const p of joined) {
        const m = quotedMask(p);
        let out = '';
        for (let i = 0; i < p.length; i++)
            if (!m[i])
                out += p[i];
        outsideWords += out.replace(/[^\p{L}\p{N}]|_/gu, '').length;
    }
    return outsideWords === 0 ? 'direct' : 'mixed';
}
const partsOf = (q) => {
    const ps = q.content_parts?.length ? q.content_parts : q.content ? [q.content] : [];
    return ps.map((p) => [p.start, p.end]);
};
/** Positions of non-space characters after trimming edge punctuation/space from each span. */
function charset(text, spans) {
    const out = new Set();
    for (let [s, e] of spans) {
        s = Math.max(0, s);
        e = Math.min(text.length, e);
        while (s < e && PUNCT.has(text[s]))
            s++;
        while (e > s && PUNCT.has(text[e - 1]))
            e--;
        for (let i = s; i < e; i++)
            if (!isSpace(text[i]))
                out.add(i);
    }
    return out;
}
const interSize = (a, b) => {
    const [small, big] = a.size < b.size ? [a, b] : [b, a];
    let n = 0;
    for (const x of small)
        if (big.has(x))
            n++;
    return n;
};
const dice = (a, b) => a.size && b.size ? (2 * interSize(a, b)) / (a.size + b.size) : 0;
const sameSet = (a, b) => a.size === b.size && interSize(a, b) === a.size;
function normName(s) {
    const low = (s ?? '').toLowerCase().replaceAll('\u2019s', '').replaceAll("'s", '');
    return (low.match(/[a-z0-9]+/g) ?? []).filter((t) => !TITLES.has(t));
}
function pyStrip(s) {
    let a = 0;
    let b = s.length;
    while (a < b && isSpace(s[a]))
        a++;
    while (b > a && isSpace(s[b - 1]))
        b--;
    return s.slice(a, b);
}
/** Name match: equal after dropping titles, or same surname with one name a subset of the other. */
export function nameMatch(a, b) {
    const ta = normName(a);
    const tb = normName(b);
    if (!ta.length || !tb.length)
        return Boolean(a && b && pyStrip(a).toLowerCase() === pyStrip(b).toLowerCase());
    if (ta.length === tb.length && ta.every((t, i) => t === tb[i]))
        return true;
    if (ta[ta.length - 1] === tb[tb.length - 1]) {
        const sa = new Set(ta);
        const sb = new Set(tb);
        if (ta.every((t) => sb.has(t)) || tb.every((t) => sa.has(t)))
            return true;
    }
    return false;
}
const isPronoun = (s) => {
    const t = normName(s);
    return t.length === 1 && PRONOUNS.has(t[0]);
};
/** Speaker right by mention overlap, by name, and either (for error analysis too). */
export function speakerCorrect(text, g, p) {
    const gs = g.source_speaker;
    const ps = p.source_speaker;
    const gname = g.speaker_name;
    const pname = p.speaker_name;
    if (!gs && !gname) {
        const ok = !ps && !pname;
        return [ok, ok, ok];
    }
    const mentionOk = Boolean(gs && ps && interSize(charset(text, [[gs.start, gs.end]]), charset(text, [[ps.start, ps.end]])) > 0);
    const ptxt = pname || (ps ? text.slice(ps.start, ps.end) : null);
    const gtxt = gs ? text.slice(gs.start, gs.end) : null;
    const gref = gname || (gtxt !== null && !isPronoun(gtxt) ? gtxt : null);
    const entityOk = Boolean(ptxt && gref && nameMatch(ptxt, gref));
    return [mentionOk, entityOk, mentionOk || entityOk];
}
function cueCorrect(text, g, p) {
    const gc = g.cue;
    const pc = p.cue;
    if (!gc)
        return null;
    if (!pc)
        return false;
    return interSize(charset(text, [[gc.start, gc.end]]), charset(text, [[pc.start, pc.end]])) > 0;
}
/** Greedy one-to-one Dice matching of gold and predicted quotes in one text. */
export function matchDoc(text, gold, pred) {
    const G = gold.map((q) => charset(text, partsOf(q)));
    const P = pred.map((q) => charset(text, partsOf(q)));
    const cands = [];
    G.forEach((a, i) => {
        P.forEach((b, j) => {
            if (interSize(a, b) > 0)
                cands.push([dice(a, b), i, j]);
        });
    });
    // Python sorts the (dice, i, j) tuples in reverse: ties go to the larger i, then the larger j.
    cands.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
    const usedG = new Set();
    const usedP = new Set();
    const pairs = [];
    for (const [d, i, j] of cands) {
        if (usedG.has(i) || usedP.has(j))
            continue;
        usedG.add(i);
        usedP.add(j);
        pairs.push([i, j, d]);
    }
    return { G, P, pairs };
}
/** Every content part as its own quote (segment units). */
export function explode(text, quotes) {
    const out = [];
    for (const q of quotes) {
        for (const [s, e] of partsOf(q)) {
            out.push({ ...q, content_parts: [{ start: s, end: e }], type: quoteType([text.slice(s, e)]) });
        }
    }
    return out;
}
/** Python's round(x, 1): round half to even on the exact binary value. */
export function pyRound1(x) {
    const exact = x.toFixed(40);
    const dot = exact.indexOf('.');
    const tail = exact.slice(dot + 2);
    if (/^50*$/.test(tail)) {
        const down = Number(exact.slice(0, dot + 2));
        const lastDigit = Number(exact[dot + 1]);
        return lastDigit % 2 === 0 ? down : Number((down + (x < 0 ? -0.1 : 0.1)).toFixed(1));
    }
    return Number(x.toFixed(1));
}
const prf = (tp, np, ng) => {
    const p = np ? tp / np : 0;
    const r = ng ? tp / ng : 0;
    return { P: pyRound1(100 * p), R: pyRound1(100 * r), F1: p + r ? pyRound1((200 * p * r) / (p + r)) : 0 };
};
/** Scores predicted docs against gold docs (keyed by id); returns the reference scorer's JSON and raw counts. */
export function scoreQuotes(gold, pred, opts = {}) {
    const subset = opts.subset ?? 'all';
    const minDice = opts.minDice ?? 0.5;
    const unit = opts.unit ?? 'segment';
    const C = {};
    const add = (k, v) => {
        C[k] = (C[k] ?? 0) + Number(v);
    };
    const keep = new Set({ all: ['direct', 'mixed', 'indirect'], direct: ['direct'], 'direct+mixed': ['direct', 'mixed'] }[subset]);
    for (const [gid, gd] of gold) {
        const text = gd.text ?? '';
        let gq = gd.quotes;
        let pq = pred.get(gid)?.quotes ?? [];
        if (unit === 'segment') {
            gq = explode(text, gq);
            pq = explode(text, pq);
        }
        const { G, P, pairs } = matchDoc(text, gq, pq);
        const gIn = gq.map((q) => keep.has(q.type ?? ''));
        const matchedP = new Map(pairs.map(([i, j, d]) => [j, [i, d]]));
        const pIn = pq.map((q, j) => {
            const m = matchedP.get(j);
            if (m)
                return gIn[m[0]];
            return keep.has(quoteType(partsOf(q).map(([s, e]) => text.slice(s, e))));
        });
        add('gold', gIn.filter(Boolean).length);
        add('pred', pIn.filter(Boolean).length);
        add('gold_chars', G.reduce((n, g, i) => n + (gIn[i] ? g.size : 0), 0));
        add('pred_chars', P.reduce((n, p, j) => n + (pIn[j] ? p.size : 0), 0));
        for (const [i, j, d] of pairs) {
            if (!gIn[i])
                continue;
            add('overlap_chars', interSize(G[i], P[j]));
            add('tp_any', 1);
            const exact = sameSet(G[i], P[j]);
            if (exact)
                add('tp_exact', 1);
            if (d >= minDice) {
                add('tp', 1);
                const [m, e, ok] = speakerCorrect(text, gq[i], pq[j]);
                add('spk_mention_ok', m);
                add('spk_entity_ok', e);
                add('spk_ok', ok);
                if (ok) {
                    add('tp_attr', 1);
                    if (exact)
                        add('tp_attr_exact', 1);
                }
                const c = cueCorrect(text, gq[i], pq[j]);
                if (c !== null) {
                    add('cue_gold', 1);
                    add('cue_ok', c);
                }
            }
        }
    }
    const c = (k) => C[k] ?? 0;
    const acc = (k) => (c('tp') ? pyRound1((100 * c(k)) / c('tp')) : 0);
    const diceKey = `detect_dice>=${Number.isInteger(minDice) ? minDice.toFixed(1) : minDice}`;
    const result = {
        counts: { gold: c('gold'), pred: c('pred'), matched_dice: c('tp') },
        detect_any_overlap: prf(c('tp_any'), c('pred'), c('gold')),
        [diceKey]: prf(c('tp'), c('pred'), c('gold')),
        detect_exact_trimmed: prf(c('tp_exact'), c('pred'), c('gold')),
        content_soft_chars: prf(c('overlap_chars'), c('pred_chars'), c('gold_chars')),
        speaker_acc_on_matched: {
            combined: acc('spk_ok'),
            mention_overlap: acc('spk_mention_ok'),
            entity_name: acc('spk_entity_ok'),
        },
        cue_overlap_acc_on_matched: c('cue_gold') ? pyRound1((100 * c('cue_ok')) / c('cue_gold')) : null,
        attributed_quote_e2e: prf(c('tp_attr'), c('pred'), c('gold')),
        attributed_quote_e2e_exact: prf(c('tp_attr_exact'), c('pred'), c('gold')),
    };
    return { result, counts: C };
}
