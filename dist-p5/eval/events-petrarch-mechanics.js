import { readFileSync } from 'node:fs';
import { createDoc } from '../src/model/doc.js';
import { DatelineError } from '../src/model/errors.js';
import { sharedData } from '../src/paths.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { events } from '../src/stages/events/index.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { asserted, readRecords } from './events-data.js';
import { prf, round } from './suite.js';
/**
 * Reads PETRARCH's validation actor dictionary: `NAME [CODE]` lines, `+ALIAS` lines sharing the entry's code,
 * codes on following indented lines; `_` joins words, a trailing `_` ends the word, else any suffix matches
 * ("BULGAR" → Bulgaria, Bulgarian). Date-restricted codes: the first unrestricted one, else the first.
 */
export function readActorDictionary(text) {
    const out = [];
    let names = [];
    let codes = [];
    const flush = () => {
        const plain = codes.find((c) => !/[<>-]\s*\d|\d\s*-/.test(c)) ?? codes[0];
        const code = plain
            ?.split(/\s/)[0]
            .replace(/[^A-Za-z-]/g, '')
            .toUpperCase();
        if (code && /^[A-Z-]{3,}$/.test(code) && !/^-+$/.test(code)) {
            for (const n of names) {
                const exact = n.endsWith('_');
                const words = n
                    .replace(/_$/, '')
                    .split(/[_ ]+/)
                    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
                out.push({ re: new RegExp(`\\b${words.join('\\s+')}${exact ? '\\b' : '\\w*'}`, 'gi'), code });
            }
        }
        names = [];
        codes = [];
    };
    for (const raw of text.split('\n')) {
        if (raw.trim().startsWith('<!--') || raw.trim().startsWith('#'))
            continue;
        const line = raw.replace(/#.*$/, '');
        if (!line.trim())
            continue;
        const code = line.match(/\[([^\]]*)\]/)?.[1];
        if (/^\s/.test(line)) {
            if (code)
                codes.push(code.trim());
            continue;
        }
        const name = line.replace(/\[.*$/, '').trim();
        if (line.startsWith('+'))
            names.push(name.slice(1));
        else {
            flush();
            if (/^[A-Z]/i.test(name))
                names.push(name);
        }
        if (code)
            codes.push(code.trim());
    }
    flush();
    return out;
}
/** Adds each dictionary name found in the text as a mention of an entity carrying the dictionary's code. */
export function injectActors(doc, dict) {
    const spans = [];
    for (const a of dict) {
        for (const m of doc.text.matchAll(a.re)) {
            const start = m.index ?? 0;
            const end = start + m[0].length;
            if (spans.some((s) => s.start < end && start < s.end && s.end - s.start >= end - start))
                continue;
            for (let k = spans.length - 1; k >= 0; k--)
                if (spans[k].start < end && start < spans[k].end)
                    spans.splice(k, 1);
            spans.push({ start, end, code: a.code });
        }
    }
    spans.sort((a, b) => a.start - b.start);
    for (const s of spans) {
        const e = doc.entities.length;
        doc.mentions.push({ start: s.start, end: s.end, type: 'ORG', kind: 'name', entity: e });
        doc.entities.push({
            id: `dict-${e}`,
            name: doc.text.slice(s.start, s.end),
            type: 'ORG',
            mentions: [doc.mentions.length - 1],
            code: s.code,
        });
    }
}
const pairs = (list) => list.map((p) => `${p.s.slice(0, 3)}|${p.t.slice(0, 3)}`);
const sameSet = (a, b) => {
    const x = new Set(a);
    const y = new Set(b);
    return x.size === y.size && [...x].every((k) => y.has(k));
};
/** PETRARCH-2 unit-test records as a regression suite for argument structure, actors from its own dictionary. */
export const suite = {
    name: 'events-petrarch-mechanics',
    describe: 'PETRARCH-2 unit-test records (validation actor dictionary injected): records whose (source, target) pairs are all right',
    async run(opts) {
        const dictPath = sharedData('events', 'petrarch2_unittest', 'PETR.Validate.actors.txt');
        if (!dictPath)
            throw new DatelineError('DL_EVAL_NO_DATA', '-', 'needs ../shared/data/events/petrarch2_unittest/');
        const dict = readActorDictionary(readFileSync(dictPath, 'utf8'));
        const records = readRecords('petrarch2_unittest', 'petrarch2_unittest.jsonl', opts.limit).filter((r) => r.id !== 'FINAL-RECORD' && !r.expected_error);
        // our own actors would compete with the dictionary's: run the layers events reads except mentions/entities
        const pipe = await buildPipeline(ALL_STAGES, { only: ['segment', 'parse', 'time'] });
        await events.init?.();
        const byCategory = {};
        let pass = 0;
        let noEvent = 0;
        let spurious = 0;
        const c = [0, 0, 0];
        for (const r of records) {
            const doc = pipe.run(createDoc(r.text, {
                published: r.date ? { value: r.date, from: 'given' } : { value: null, from: 'none' },
            }));
            injectActors(doc, dict);
            events.run(doc);
            const pred = pairs(asserted(doc).map((e) => ({ s: e.source?.code ?? '?', t: e.target?.code ?? '---' })));
            const gold = pairs(r.expected_events.map((e) => ({ s: e.source_actor_code ?? '?', t: e.target_actor_code ?? '---' })));
            if (!gold.length) {
                noEvent++;
                spurious += pred.length;
            }
            const ok = sameSet(pred, gold);
            const cat = r.category ?? '?';
            byCategory[cat] ??= [0, 0];
            byCategory[cat][1]++;
            if (ok) {
                pass++;
                byCategory[cat][0]++;
            }
            const p = new Set(pred);
            const g = new Set(gold);
            c[0] += [...p].filter((k) => g.has(k)).length;
            c[1] += p.size;
            c[2] += g.size;
        }
        return {
            suite: 'events-petrarch-mechanics',
            n: records.length,
            metrics: {
                'records passing': pass,
                'records passing %': round((100 * pass) / records.length),
                'actor pairs': prf(c[0], c[1], c[2]),
                'no-event records': noEvent,
                'spurious per no-event record': noEvent ? round(spurious / noEvent) : 0,
                'passing by category': Object.fromEntries(Object.entries(byCategory).map(([k, [ok, n]]) => [`${k} (of ${n})`, ok])),
            },
            notes: [
                'Gold = openeventdata/petrarch2 PETR.Unit.Test.records.xml (MIT). Its event codes follow the validation verb dictionary, so only (source, target) pairs are scored, at country level (first 3 letters of each code).',
                'Actors come from PETR.Validate.actors.txt injected as coded mentions (no agents dictionary); triggers from our own lexicon, so a record whose verb we do not code fails.',
                'A record passes when its set of (source, target) pairs equals the gold set (no event expected = no pair).',
            ],
        };
    },
};
