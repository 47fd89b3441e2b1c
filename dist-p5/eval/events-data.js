import { readFileSync } from 'node:fs';
import { createDoc } from '../src/model/doc.js';
import { DatelineError } from '../src/model/errors.js';
import { sharedData } from '../src/paths.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
/** Reads ../shared/data/events/<dir>/<file>, or throws DL_EVAL_NO_DATA naming the path. */
export function readRecords(dir, file, limit) {
    const path = sharedData('events', dir, file);
    if (!path)
        throw new DatelineError('DL_EVAL_NO_DATA', '-', `needs ../shared/data/events/${dir}/${file}`);
    const rows = readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
    return limit ? rows.slice(0, limit) : rows;
}
const LAYERS = new Set(['sentences', 'tokens', 'mentions', 'entities', 'timexes', 'events', 'parse']);
/** The stages that lead to events (whichever of segment, parse, mentions, entities, time exist). */
export function eventPipeline() {
    const names = ALL_STAGES.filter((s) => s.makes.some((l) => LAYERS.has(l))).map((s) => s.name);
    return buildPipeline(ALL_STAGES, { only: names });
}
/** Runs the pipeline on one record's sentence. */
export function docFor(pipe, r) {
    const doc = createDoc(r.text, {
        published: r.date ? { value: r.date, from: 'given' } : { value: null, from: 'none' },
    });
    return pipe.run(doc);
}
const HYPOTHETICAL = new Set([
    'threatened',
    'denied',
    'refused',
    'requested',
    'promised',
    'alleged',
    'conditional',
]);
/** Events the text asserts happened: not negated, not only threatened, denied, refused, requested, promised,
 * alleged or conditional (the threat or promise is its own event). */
export const asserted = (doc) => doc.events.filter((e) => !e.negated && !(e.modality && HYPOTHETICAL.has(e.modality)));
