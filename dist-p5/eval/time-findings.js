import { gumNews } from '../bench/corpus.js';
import { createDoc } from '../src/model/doc.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { round } from './suite.js';
import { loadTe3 } from './time-te3.js';
/**
 * False alarms of the checks stage: articles with a true publication date (GUM news dateCreated,
 * TempEval-3 DCT) should yield no dateline finding. Rate = articles with at least one finding / articles.
 */
export const suite = {
    name: 'time-findings',
    describe: 'checks-stage false alarms on correctly dated articles (GUM news, TBAQ, TE-3 platinum)',
    async run(opts) {
        const sets = {
            gum: gumNews(),
            tbaq: (loadTe3('train') ?? []).map((d) => ({ id: d.id, text: d.text, published: d.dct })),
            platinum: (loadTe3('test') ?? []).map((d) => ({ id: d.id, text: d.text, published: d.dct })),
        };
        if (!sets.gum.length && !sets.tbaq.length)
            throw new Error('time-findings needs ../shared/data/ (absent here)');
        const pipe = await buildPipeline(ALL_STAGES, { only: ['segment', 'time', 'claims', 'checks'] });
        const metrics = {};
        const notes = [];
        let all = 0;
        let flagged = 0;
        for (const [name, docs0] of Object.entries(sets)) {
            const docs = docs0.filter((d) => d.published).slice(0, opts.limit ?? undefined);
            let hit = 0;
            let findings = 0;
            for (const d of docs) {
                const doc = pipe.run(createDoc(d.text, { published: { value: d.published, from: 'given' } }, d.id));
                findings += doc.findings.length;
                if (doc.findings.length) {
                    hit++;
                    for (const f of doc.findings)
                        notes.push(`${name} ${d.id}: ${f.kind}: ${f.message}`);
                }
            }
            all += docs.length;
            flagged += hit;
            metrics[name] = {
                docs: docs.length,
                flagged: hit,
                findings,
                false_alarm_pct: docs.length ? round((100 * hit) / docs.length) : 0,
            };
        }
        return {
            suite: 'time-findings',
            n: all,
            metrics: { ...metrics, false_alarm_pct: all ? round((100 * flagged) / all) : 0 },
            notes: [
                'every article here carries its true date, so every finding counts as a false alarm; goal < 2%',
                ...notes,
            ],
        };
    },
};
