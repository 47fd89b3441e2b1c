import { findQuoteSpans } from './marks.js';
const SAY = new Set(['say', 'add', 'warn', 'insist', 'tell', 'reiterate', 'deny', 'argue', 'claim', 'note']);
const PRONOUN = /^(he|she|they|we|i)$/i;
/**
 * The issue-2 floor: every quoted passage is a direct quote; its cue is the nearest speech verb in its
 * sentence and its speaker the nearest proper name or pronoun beside that verb. Kept for comparison.
 */
export function baselineQuotes(doc) {
    const out = [];
    const toks = doc.tokens;
    for (const q of findQuoteSpans(doc.text)) {
        const sent = doc.sentences.find((s) => s.end > q.start && s.start < q.end);
        if (!sent)
            continue;
        let cue = -1;
        let best = Number.POSITIVE_INFINITY;
        toks.forEach((t, i) => {
            if (t.start < sent.start ||
                t.end > Math.max(sent.end, q.end) ||
                (t.start >= q.start && t.end <= q.end)) {
                return;
            }
            if (!SAY.has(t.lemma.toLowerCase()))
                return;
            const d = t.start >= q.end ? t.start - q.end : q.start - t.end;
            if (d < best) {
                best = d;
                cue = i;
            }
        });
        let speaker = null;
        if (cue >= 0) {
            for (const i of [cue - 1, cue + 1, cue - 2, cue + 2]) {
                const t = toks[i];
                if (!t || (t.start >= q.start && t.end <= q.end))
                    continue;
                if (t.pos === 'PROPN' || PRONOUN.test(doc.text.slice(t.start, t.end))) {
                    speaker = { start: t.start, end: t.end };
                    break;
                }
            }
        }
        out.push({
            kind: 'direct',
            parts: [{ start: q.start, end: q.end }],
            cue: cue >= 0 ? { start: toks[cue].start, end: toks[cue].end } : null,
            speaker,
        });
    }
    return out;
}
