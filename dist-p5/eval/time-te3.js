import { readFileSync } from 'node:fs';
import { createDoc } from '../src/model/doc.js';
import { sharedData } from '../src/paths.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { parseAnchor } from '../src/stages/time/calendar.js';
import { chronoTimexes } from '../src/stages/time/chrono-baseline.js';
import { timeTexts } from '../src/stages/time/speed.js';
import { round } from './suite.js';
import { countDoc, emptyCounts, percentMetrics } from './time-score.js';
const FILES = {
    test: 'tempeval3_test_platinum.jsonl',
    train: 'tempeval3_train_tbaq.jsonl',
};
/** Reads a TempEval-3 split, or null when ../shared/data is absent. */
export function loadTe3(split = 'test') {
    const file = FILES[split];
    if (!file)
        throw new Error(`time-te3: no split "${split}" (test, train)`);
    const path = sharedData('timex', file);
    if (!path)
        return null;
    return readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
}
/** The time stage's timexes for each document, run behind segmentation as in the pipeline. */
export async function systemTimexes(docs) {
    const pipe = await buildPipeline(ALL_STAGES, { only: ['segment', 'time'] });
    return docs.map((d) => {
        const doc = createDoc(d.text, { published: { value: d.dct, from: 'given' } }, d.id);
        return pipe.run(doc).timexes;
    });
}
export const suite = {
    name: 'time-te3',
    describe: 'TIMEX3 on TempEval-3 platinum (strict/relaxed extent F1, type and value F1); chrono-node beside it',
    async run(opts) {
        const split = opts.split ?? 'test';
        let docs = loadTe3(split);
        if (!docs)
            throw new Error('time-te3 needs ../shared/data/timex/ (absent here)');
        if (opts.limit)
            docs = docs.slice(0, opts.limit);
        const ours = emptyCounts();
        const chrono = emptyCounts();
        const sys = await systemTimexes(docs);
        docs.forEach((d, i) => {
            countDoc(ours, d.timexes, sys[i]);
            countDoc(chrono, d.timexes, chronoTimexes(d.text, parseAnchor(d.dct)));
        });
        const speed = timeTexts(docs.map((d) => d.text), docs.map((d) => d.dct));
        return {
            suite: 'time-te3',
            n: docs.length,
            metrics: {
                ...percentMetrics(ours),
                chrono: percentMetrics(chrono),
                speed: {
                    chars: speed.chars,
                    ours_cpu_ms: round(speed.oursMs, 1),
                    chrono_cpu_ms: round(speed.chronoMs, 1),
                    ratio: round(speed.ratio),
                },
            },
            notes: [
                `gold: ../shared/data/timex/${FILES[split]} (${split}); anchors = each document's DCT`,
                'TempEval-3 Task A rules as in scorer/score_timex.py; value F1 = value accuracy × relaxed F1',
                'chrono = chrono-node 2.x parses mapped directly to TIMEX3 (the baseline)',
                'speed = CPU ms of the time rules vs chrono-node alone on the same texts (best of 5 after warm-up); ratio > 1: ours faster',
            ],
        };
    },
};
