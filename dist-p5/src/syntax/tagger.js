import { FeatureBuffer, feat } from './feature-hash.js';
import { argmax, Perceptron } from './perceptron.js';
import { AFTER, BEFORE, wordAtoms } from './word-atoms.js';
/** Averaged-perceptron POS tagger: XPOS first, then UPOS seeing the XPOS; greedy left to right. */
export class Tagger {
    uposTags;
    xposTags;
    xposModel;
    uposModel;
    lexicon;
    ambiguity;
    uposIndex;
    xposIndex;
    buf;
    scores;
    memo = null;
    constructor(uposTags, xposTags, xposModel, uposModel, 
    /** Frequent unambiguous words (normalised form → [xpos id, upos id]): skip the classifier. */
    lexicon = new Map(), 
    /** Ambiguity classes: normalised form → id of the set of XPOS tags it had in training. */
    ambiguity = new Map()) {
        this.uposTags = uposTags;
        this.xposTags = xposTags;
        this.xposModel = xposModel;
        this.uposModel = uposModel;
        this.lexicon = lexicon;
        this.ambiguity = ambiguity;
        this.uposIndex = new Map(uposTags.map((t, i) => [t, i]));
        this.xposIndex = new Map(xposTags.map((t, i) => [t, i]));
        this.buf = new FeatureBuffer(xposModel.mask);
        this.scores = new Float32Array(Math.max(uposTags.length, xposTags.length));
    }
    /** A fresh, untrained tagger over these tag sets. */
    static create(uposTags, xposTags, bits = 18) {
        return new Tagger(uposTags, xposTags, new Perceptron(xposTags.length, bits), new Perceptron(uposTags.length, bits));
    }
    /** Tags a sentence of word forms. */
    tag(forms, atoms = wordAtoms(forms)) {
        return this.run(forms, null, atoms);
    }
    /** Tags a sentence, updating the weights where the prediction misses `gold`. */
    learn(forms, gold) {
        return this.run(forms, gold, wordAtoms(forms));
    }
    /** Averages the weights: call once after the last epoch. */
    finish() {
        this.xposModel.average();
        this.uposModel.average();
    }
    run(forms, gold, a) {
        const n = forms.length;
        const out = { upos: new Int32Array(n), xpos: new Int32Array(n) };
        if (n === 0)
            return out;
        const buf = this.buf;
        const scores = this.scores;
        const norm = a.norm;
        const cls = Int32Array.from(norm, (w) => this.ambiguity.get(w) ?? 0);
        const kx = this.xposModel.classes;
        const ku = this.uposModel.classes;
        // a loaded model's scores are exact integers, so a word's own features can be summed once per form
        if (!gold && !this.memo && this.xposModel.quantized && this.uposModel.quantized)
            this.memo = new WordMemo(this.xposModel, this.uposModel);
        const memo = gold ? null : this.memo;
        for (let i = 0; i < n; i++) {
            const known = gold ? undefined : this.lexicon.get(norm[i]);
            if (known) {
                out.xpos[i] = known[0];
                out.upos[i] = known[1];
                continue;
            }
            buf.n = 0;
            const at = memo ? memo.offset(forms[i], a, i, cls[i]) : -1;
            if (!memo)
                wordFeatures(buf, a, i, cls[i]);
            contextFeatures(buf, a, i, n, out, cls);
            this.xposModel.score(buf.ids, buf.n, scores);
            if (memo)
                for (let c = 0; c < kx; c++)
                    scores[c] += memo.pool[at + c];
            const x = argmax(scores, kx);
            if (gold) {
                this.xposModel.update(buf.ids, buf.n, gold.xpos[i], x);
                this.xposModel.tick();
            }
            out.xpos[i] = x;
            const p1u = i > 0 ? out.upos[i - 1] : -1;
            buf.add(feat(40, x));
            buf.add(feat(41, x, a.lower[i]));
            buf.add(feat(42, x, p1u));
            buf.add(feat(43, x, i + 1 < n ? a.lower[i + 1] : AFTER));
            buf.add(feat(44, x, a.suffix3[i]));
            this.uposModel.score(buf.ids, buf.n, scores);
            if (memo)
                for (let c = 0; c < ku; c++)
                    scores[c] += memo.pool[at + kx + c];
            const u = argmax(scores, ku);
            if (gold) {
                this.uposModel.update(buf.ids, buf.n, gold.upos[i], u);
                this.uposModel.tick();
            }
            out.upos[i] = u;
        }
        return out;
    }
}
/** Words whose scores are memoised before the memo starts over (a few MB). */
const MEMO_WORDS = 8192;
/**
 * XPOS then UPOS scores of each form's own features (`wordFeatures`: they depend on the form alone), summed
 * once per form. Exact only for integer-valued (loaded) tables, where a sum does not depend on its order.
 */
class WordMemo {
    xpos;
    upos;
    at = new Map();
    pool;
    buf;
    width;
    constructor(xpos, upos) {
        this.xpos = xpos;
        this.upos = upos;
        this.width = xpos.classes + upos.classes;
        this.pool = new Float32Array(MEMO_WORDS * this.width);
        this.buf = new FeatureBuffer(xpos.mask, 64);
    }
    /** Offset in `pool` of the scores of word i's form (computed on first sight). */
    offset(form, a, i, cls) {
        const known = this.at.get(form);
        if (known !== undefined)
            return known;
        if (this.at.size === MEMO_WORDS)
            this.at.clear();
        const off = this.at.size * this.width;
        const buf = this.buf;
        buf.n = 0;
        wordFeatures(buf, a, i, cls);
        const part = this.pool.subarray(off, off + this.width);
        this.xpos.score(buf.ids, buf.n, part);
        this.upos.score(buf.ids, buf.n, part.subarray(this.xpos.classes));
        this.at.set(form, off);
        return off;
    }
}
/** Features of word i's form alone (shared by both classifiers): the same wherever the form occurs. */
function wordFeatures(buf, a, i, cls) {
    buf.add(feat(0, 0));
    buf.add(feat(1, a.lower[i]));
    buf.add(feat(2, a.form[i]));
    buf.add(feat(3, a.suffix1[i]));
    buf.add(feat(4, a.suffix2[i]));
    buf.add(feat(5, a.suffix3[i]));
    buf.add(feat(6, a.suffix4[i]));
    buf.add(feat(7, a.prefix1[i]));
    buf.add(feat(8, a.prefix2[i]));
    buf.add(feat(9, a.prefix3[i]));
    buf.add(feat(10, a.shape[i]));
    buf.add(feat(50, cls));
    buf.add(feat(55, cls, a.suffix3[i]));
}
/** Features of word i in its sentence (shared by both classifiers); previous tags come from `out`. */
function contextFeatures(buf, a, i, n, out, cls) {
    const w = (k) => (k < 0 ? BEFORE : k >= n ? AFTER : a.lower[k]);
    const s3 = (k) => (k < 0 ? BEFORE : k >= n ? AFTER : a.suffix3[k]);
    const sh = (k) => (k < 0 ? BEFORE : k >= n ? AFTER : a.shape[k]);
    const p1x = i > 0 ? out.xpos[i - 1] : -1;
    const p2x = i > 1 ? out.xpos[i - 2] : -1;
    const p1u = i > 0 ? out.upos[i - 1] : -1;
    buf.add(feat(11, w(i - 1)));
    buf.add(feat(12, w(i + 1)));
    buf.add(feat(13, w(i - 2)));
    buf.add(feat(14, w(i + 2)));
    buf.add(feat(15, s3(i - 1)));
    buf.add(feat(16, s3(i + 1)));
    buf.add(feat(17, sh(i - 1)));
    buf.add(feat(18, sh(i + 1)));
    buf.add(feat(19, p1x));
    buf.add(feat(20, p2x));
    buf.add(feat(21, p1x, p2x));
    buf.add(feat(22, p1x, a.lower[i]));
    buf.add(feat(23, p1u));
    buf.add(feat(24, p1x, a.suffix3[i]));
    buf.add(feat(25, w(i - 1), a.lower[i]));
    buf.add(feat(26, a.lower[i], w(i + 1)));
    buf.add(feat(27, w(i + 1), w(i + 2)));
    buf.add(feat(28, i === 0 ? 1 : 0, a.shape[i]));
    buf.add(feat(29, a.shape[i], sh(i + 1)));
    buf.add(feat(30, p1x, w(i + 1)));
    buf.add(feat(31, a.suffix2[i], w(i + 1)));
    const c1 = i + 1 < n ? cls[i + 1] : -1;
    buf.add(feat(51, c1));
    buf.add(feat(52, cls[i], out.xpos[i - 1] ?? -1));
    buf.add(feat(53, cls[i], c1));
    buf.add(feat(54, i > 0 ? cls[i - 1] : -1, cls[i]));
}
