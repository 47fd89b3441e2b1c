import { tokensIn } from '../src/model/doc.js';
import { findActors } from '../src/stages/events/actors.js';
import { placeLike } from '../src/stages/events/clause.js';
import { asserted, docFor, eventPipeline, readRecords } from './events-data.js';
const PRONOUN = /^(he|him|himself|she|her|herself|it|itself|they|them)$/i;
/**
 * PETRARCH-2's own actor tests (transcribed expected values): Phoenix-style actor codes for noun phrases and
 * pronouns, with dates, and three full-sentence triples. Development data (not held out).
 */
export const suite = {
    name: 'events-actors',
    describe: 'PETRARCH-2 actor-phrase tests (13) and full-sentence triples (3): Phoenix actor codes',
    async run(opts) {
        const phrases = readRecords('petrarch2_pytest', 'petrarch2_actor_phrase_tests.jsonl', opts.limit);
        const sentences = readRecords('petrarch2_pytest', 'petrarch2_fullsentence_tests.jsonl', opts.limit);
        const pipe = await eventPipeline();
        let phraseRight = 0;
        const misses = [];
        for (const r of phrases) {
            const doc = docFor(pipe, r);
            const [first, last] = tokensIn(doc, { start: 0, end: doc.text.length });
            const actors = findActors(doc, first, last).filter((a) => !placeLike(doc, a));
            // a phrase with a pronoun asks what the pronoun stands for; otherwise every actor in it
            const pron = actors.filter((a) => PRONOUN.test(doc.text.slice(a.start, a.end)));
            const got = (pron.length ? pron.slice(-1) : actors).map((a) => a.code ?? '?');
            const want = r.expected_actor_codes ?? [];
            if (got.join(' ') === want.join(' '))
                phraseRight++;
            else
                misses.push(`${r.text} (${r.date}): ${got.join(' ')} ≠ ${want.join(' ')}`);
        }
        let tripleRight = 0;
        for (const r of sentences) {
            const doc = docFor(pipe, r);
            const got = asserted(doc).map((e) => `${e.source?.code ?? '-'} ${e.target?.code ?? '-'} ${e.cameo.code}`);
            const want = r.expected_events.map((e) => `${e.source_actor_code} ${e.target_actor_code} ${e.event_code}`);
            if (got.sort().join('|') === want.sort().join('|'))
                tripleRight++;
            else
                misses.push(`${r.text}: ${got.join('; ')} ≠ ${want.join('; ')}`);
        }
        return {
            suite: 'events-actors',
            n: phrases.length + sentences.length,
            metrics: {
                'actor phrases right': phraseRight,
                'actor phrases': phrases.length,
                'sentence triples right': tripleRight,
                sentences: sentences.length,
            },
            notes: [
                'Development data: expected values transcribed from openeventdata/petrarch2 tests/test_petrarch.py (MIT), Phoenix production dictionaries.',
                'Sentence triples: asserted events only (negated, threatened, alleged … acts are flagged, not scored), as in the other event suites.',
                ...misses.map((m) => `miss: ${m}`),
            ],
        };
    },
};
