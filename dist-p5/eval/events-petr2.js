import { asserted, docFor, eventPipeline, readRecords } from './events-data.js';
import { prf, round } from './suite.js';
const noTarget = (c) => (!c || c === '---' ? '-' : c);
/** Matches two multisets of keys; returns the number in common. */
function overlap(pred, gold) {
    const left = [...gold];
    let tp = 0;
    for (const p of pred) {
        const k = left.indexOf(p);
        if (k >= 0) {
            left.splice(k, 1);
            tp++;
        }
    }
    return tp;
}
/** PETR-2 gold standard records: (source, target, CAMEO) triples, held out (never tuned on). */
export const suite = {
    name: 'events-petr2',
    describe: 'PETR-2 GSR (78 sentences): triple F1, root-code F1, actor F1, spurious events per no-event sentence',
    async run(opts) {
        const records = readRecords('petr2_gsr', 'petr2_gsr.jsonl', opts.limit).filter((r) => r.evaluate !== 'false');
        const pipe = await eventPipeline();
        const c = {
            triple: [0, 0, 0],
            country: [0, 0, 0],
            root: [0, 0, 0],
            source: [0, 0, 0],
            target: [0, 0, 0],
        };
        let noEventSentences = 0;
        let spurious = 0;
        let flagged = 0;
        const add = (k, pred, gold) => {
            c[k][0] += overlap(pred, gold);
            c[k][1] += pred.length;
            c[k][2] += gold.length;
        };
        for (const r of records) {
            const doc = docFor(pipe, r);
            const evs = asserted(doc);
            flagged += doc.events.length - evs.length;
            if (r.expect_no_events || r.expected_events.length === 0) {
                noEventSentences++;
                spurious += evs.length;
                continue;
            }
            const gold = r.expected_events;
            const pred = evs.map((e) => ({
                s: e.source?.code ?? '?',
                t: noTarget(e.target?.code),
                code: e.cameo.code,
            }));
            const g = gold.map((e) => ({
                s: e.source_actor_code ?? '?',
                t: noTarget(e.target_actor_code),
                code: e.event_code ?? '',
            }));
            const cc = (x) => x.slice(0, 3);
            add('triple', pred.map((p) => `${p.s}|${p.t}|${p.code}`), g.map((p) => `${p.s}|${p.t}|${p.code}`));
            add('country', pred.map((p) => `${cc(p.s)}|${cc(p.t)}|${p.code}`), g.map((p) => `${cc(p.s)}|${cc(p.t)}|${p.code}`));
            add('root', pred.map((p) => p.code.slice(0, 2)), g.map((p) => p.code.slice(0, 2)));
            add('source', pred.map((p) => p.s), g.map((p) => p.s));
            add('target', pred.map((p) => p.t), g.map((p) => p.t));
        }
        const f = (k) => prf(c[k][0], c[k][1], c[k][2]);
        return {
            suite: 'events-petr2',
            n: records.length,
            metrics: {
                triple: f('triple'),
                'triple (country-level actors)': f('country'),
                'root code': f('root'),
                'source code': f('source'),
                'target code': f('target'),
                'no-event sentences': noEventSentences,
                'spurious per no-event sentence': noEventSentences ? round(spurious / noEventSentences) : 0,
                'flagged events (negated/hypothetical, not scored)': flagged,
            },
            notes: [
                'Held out: never used for tuning. Gold = openeventdata/UniversalPetrarch PETR2_GSR_validation.xml (MIT), a PETRARCH-2 regression set hand-fixed in 2018, with Phoenix actor codes.',
                'Triples compare exact actor codes (USAGOV ≠ USA); "country-level" compares their first 3 letters. A missing target equals "---".',
                'Scored events: not negated and modality not threatened/denied/refused/requested/promised/alleged/conditional.',
            ],
        };
    },
};
