/**
 * Trains the NER averaged perceptron (models/ner-perceptron.json) on openly licensed data only:
 * wikigold (CC BY 4.0) and GUM's CC BY/BY-SA genres (train split). CoNLL-2003 is never read here.
 * Run: npx tsx train/ner-train.ts [--epochs 8]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gumSplit, readGum } from '../eval/gum.js';
import { sharedData } from '../src/paths.js';
import { features, gazetteerTags, LABELS, MODEL_FILE } from '../src/stages/mentions/tagger.js';
import { lookupCountry } from '../src/text/countries.js';
/** GUM genres whose text licence (CC BY / BY-SA) allows a shipped model. */
const GUM_GENRES = /^GUM_(academic|bio|court|interview|news|voyage)_/;
const GUM_TYPES = { person: 'PER', place: 'LOC', organization: 'ORG', event: 'MISC' };
/** GUM train-split documents as BIO sentences: proper-noun mentions only (NER's notion of a name). */
export function gumSentences() {
    const train = gumSplit('train');
    const out = [];
    for (const d of readGum((n) => GUM_GENRES.test(n) && train.has(n))) {
        const tags = d.tokens.map(() => 'O');
        for (const m of d.mentions) {
            let from = m.from;
            if (d.tokens[from].upos === 'DET')
                from++;
            const toks = d.tokens.slice(from, m.to);
            const label = GUM_TYPES[m.type] ?? 'MISC';
            const named = toks.length > 0 &&
                toks[0].upos === 'PROPN' &&
                toks.every((t) => t.upos === 'PROPN' || (/^(ADP|PUNCT|NUM|CCONJ|DET|PART)$/.test(t.upos) && t.form !== "'s")) &&
                toks[toks.length - 1].upos === 'PROPN';
            if (!named || tags.slice(from, m.to).some((t) => t !== 'O'))
                continue;
            for (let k = from; k < m.to; k++)
                tags[k] = `${k === from ? 'B' : 'I'}-${label}`;
        }
        // CoNLL calls nationality adjectives MISC; GUM does not mark them as mentions.
        d.tokens.forEach((t, k) => {
            if (tags[k] === 'O' && t.upos === 'ADJ' && lookupCountry(t.form)?.kind === 'demonym')
                tags[k] = 'B-MISC';
        });
        for (const [a, b] of d.sentences) {
            out.push({ tokens: d.tokens.slice(a, b).map((t) => t.form), tags: tags.slice(a, b) });
        }
    }
    return out;
}
/** Training sentences from the allowed sources: wikigold (CC BY 4.0) and GUM's BY/BY-SA genres. */
export function loadTraining() {
    const path = sharedData('ner', 'wikigold_all.sentences.jsonl');
    if (!path)
        throw new Error('needs ../shared/data/ner/wikigold_all.sentences.jsonl');
    const wiki = readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
    return [...wiki, ...gumSentences()];
}
/** Deterministic shuffle (mulberry32) so training is reproducible. */
function shuffle(xs, seed) {
    let a = seed;
    const rnd = () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
}
export function train(data, epochs) {
    const L = LABELS.length;
    const w = new Map();
    const total = new Map();
    const stamp = new Map();
    let c = 1;
    const get = (m, f) => {
        let v = m.get(f);
        if (!v) {
            v = new Float64Array(L);
            m.set(f, v);
        }
        return v;
    };
    const update = (f, k, delta) => {
        const wv = get(w, f);
        const tv = get(total, f);
        const sv = get(stamp, f);
        tv[k] += (c - sv[k]) * wv[k];
        sv[k] = c;
        wv[k] += delta;
    };
    const gazCache = data.map((s) => gazetteerTags(s.tokens));
    const order = data.map((_, i) => i);
    for (let e = 0; e < epochs; e++) {
        let errors = 0;
        let n = 0;
        for (const si of shuffle(order, 17 + e)) {
            const s = data[si];
            const out = [];
            for (let i = 0; i < s.tokens.length; i++) {
                const feats = features(s.tokens, gazCache[si], i, out[i - 1] ?? '<s>', out[i - 2] ?? '<s>');
                const score = new Float64Array(L);
                for (const f of feats) {
                    const v = w.get(f);
                    if (v)
                        for (let k = 0; k < L; k++)
                            score[k] += v[k];
                }
                let best = 0;
                for (let k = 1; k < L; k++)
                    if (score[k] > score[best])
                        best = k;
                const gold = LABELS.indexOf(s.tags[i]);
                if (best !== gold) {
                    errors++;
                    for (const f of feats) {
                        update(f, gold, 1);
                        update(f, best, -1);
                    }
                }
                c++;
                n++;
                // Predicted history, as at tagging time (gold history taught it to trust perfect previous labels).
                out.push(LABELS[best]);
            }
        }
        process.stderr.write(`epoch ${e + 1}: token error ${((100 * errors) / n).toFixed(2)}%\n`);
    }
    const avg = {};
    for (const [f, wv] of w) {
        const tv = get(total, f);
        const sv = get(stamp, f);
        const a = Array.from(wv, (x, k) => Math.round((1000 * (tv[k] + (c - sv[k]) * x)) / c) / 1000);
        if (a.some((x) => x !== 0))
            avg[f] = a;
    }
    return avg;
}
if (import.meta.url === `file://${process.argv[1]}`) {
    const epochs = Number(process.argv[process.argv.indexOf('--epochs') + 1]) || 8;
    const data = loadTraining();
    const weights = train(data, epochs);
    mkdirSync(dirname(MODEL_FILE), { recursive: true });
    writeFileSync(MODEL_FILE, JSON.stringify({ labels: LABELS, weights }));
    process.stderr.write(`${data.length} sentences, ${Object.keys(weights).length} features → ${MODEL_FILE}\n`);
}
