import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createDoc } from '../src/model/doc.js';
import { sharedData } from '../src/paths.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { isHonorific } from '../src/text/actors.js';
import { prf } from './suite.js';
/** Our types → CoNLL's four. GPE, LOC and FAC are places (LOC); NORP and EVENT are MISC. */
const TO_CONLL = {
    PERSON: 'PER',
    ORG: 'ORG',
    GPE: 'LOC',
    LOC: 'LOC',
    FAC: 'LOC',
    NORP: 'MISC',
    EVENT: 'MISC',
};
const LABELS = ['PER', 'LOC', 'ORG', 'MISC'];
const FILES = {
    test: 'conll2003_test.docs.jsonl',
    dev: 'conll2003_dev.docs.jsonl',
    wikigold: 'wikigold_all.docs.jsonl',
};
/**
 * Names only (no pronouns, titles or descriptions), outermost spans, in CoNLL labels. Our person mentions
 * keep an honorific ("Mr Lavrov", for coreference); CoNLL's names leave it out, so it is cut here.
 */
export function conllEntities(doc) {
    const names = doc.mentions.filter((m) => (m.kind ?? 'name') === 'name' || m.kind === 'demonym');
    const out = [];
    for (const m of names) {
        const label = TO_CONLL[m.type];
        if (!label)
            continue;
        if (names.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start))
            continue;
        let start = m.start;
        const honorific = /^([\p{L}.]+)\.?\s+(?=\p{Lu})/u.exec(doc.text.slice(m.start, m.end));
        if (m.type === 'PERSON' && honorific && isHonorific(honorific[1]))
            start += honorific[0].length;
        out.push({ start, end: m.end, label });
    }
    return out;
}
export const suite = {
    name: 'ner-conll',
    describe: 'NER on CoNLL-2003 test (--split dev|wikigold): exact-match P/R/F1 per type, PER/LOC/ORG/MISC',
    async run(opts) {
        const split = opts.split ?? 'test';
        const file = FILES[split];
        if (!file)
            throw new Error(`ner-conll: unknown split ${split} (test, dev, wikigold)`);
        const path = sharedData('ner', file);
        if (!path) {
            return { suite: 'ner-conll', n: 0, metrics: {}, notes: [`skipped: needs ../shared/data/ner/${file}`] };
        }
        const pipeline = await buildPipeline(ALL_STAGES, { only: ['segment', 'mentions'] });
        const tp = new Map();
        const pred = new Map();
        const gold = new Map();
        const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
        let n = 0;
        for await (const line of createInterface({ input: createReadStream(path) })) {
            if (!line.trim())
                continue;
            if (opts.limit !== undefined && n >= opts.limit)
                break;
            const g = JSON.parse(line);
            const doc = pipeline.run(createDoc(g.text, {}, g.id));
            const sys = conllEntities(doc);
            const key = (e) => `${e.start}:${e.end}:${e.label}`;
            const goldKeys = new Set(g.entities.map(key));
            for (const e of g.entities)
                inc(gold, e.label);
            for (const e of sys) {
                inc(pred, e.label);
                if (goldKeys.has(key(e)))
                    inc(tp, e.label);
            }
            n++;
        }
        const sum = (m, labels) => labels.reduce((s, l) => s + (m.get(l) ?? 0), 0);
        const metrics = {};
        for (const l of LABELS)
            metrics[l] = prf(tp.get(l) ?? 0, pred.get(l) ?? 0, gold.get(l) ?? 0);
        metrics.all4 = prf(sum(tp, LABELS), sum(pred, LABELS), sum(gold, LABELS));
        const three = ['PER', 'LOC', 'ORG'];
        metrics['PER+LOC+ORG'] = prf(sum(tp, three), sum(pred, three), sum(gold, three));
        return {
            suite: 'ner-conll',
            n,
            metrics,
            notes: [
                `${file}: exact character-offset match, micro P/R/F1 (conlleval convention, as ../shared/data/ner/scorer)`,
                'mapping: PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, NORP/EVENT→MISC; pronouns, titles, descriptions dropped; outermost names only',
                'no CoNLL data is used for training or lexicons',
            ],
        };
    },
};
