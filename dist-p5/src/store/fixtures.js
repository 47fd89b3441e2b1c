import { createDoc } from '../model/index.js';
export const ARTICLES = [
    {
        place: 'GENEVA',
        speaker: 'Anna Berg',
        surname: 'Berg',
        country: 'Norway',
        topic: 'fishing quotas',
        published: '2020-03-03',
        count: 2000,
    },
    {
        place: 'NAIROBI',
        speaker: 'Samuel Otieno',
        surname: 'Otieno',
        country: 'Uganda',
        topic: 'railway tariffs',
        published: '2021-07-14',
        count: 450,
    },
    {
        place: 'LIMA',
        speaker: 'Lucía Quispe',
        surname: 'Quispe',
        country: 'Chile',
        topic: 'copper exports',
        published: '2019-11-20',
        count: 130000,
    },
];
/**
 * A small wire story with every layer filled by hand, offsets found by search. `n` varies the text (and so the
 * id) for batches; `extra` repeats a closing sentence to make bigger documents.
 */
export function articleDoc(spec, n = 0, extra = 0) {
    const s = spec;
    const lines = [
        `${s.place}, ${s.published} (Wire) - Foreign Minister ${s.speaker} said on Tuesday that talks with ${s.country} on ${s.topic} would resume.`,
        `“We are ready to meet them halfway,” ${s.surname} told reporters.`,
        `The ministry said more than ${s.count.toLocaleString('en-US')} people had signed a petition in batch ${n}.`,
        ...Array.from({ length: extra }, (_, i) => `Officials in ${s.place} met ${s.country} envoys again in round ${i + 1}.`),
    ];
    const text = lines.join(' ');
    const doc = createDoc(text, {
        title: `${s.country} talks on ${s.topic} to resume`,
        source: `test/${s.place.toLowerCase()}-${n}.txt`,
        published: {
            value: s.published,
            from: 'dateline',
            start: text.indexOf(s.published),
            end: text.indexOf(s.published) + s.published.length,
        },
    });
    const find = (needle, from = 0) => {
        const start = text.indexOf(needle, from);
        if (start < 0)
            throw new Error(`fixture: ${needle} not in text`);
        return { start, end: start + needle.length };
    };
    let at = 0;
    for (const line of lines) {
        doc.sentences.push({ start: at, end: at + line.length });
        at += line.length + 1;
    }
    for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
        doc.tokens.push({ start: m.index, end: m.index + m[0].length, pos: 'X', lemma: m[0].toLowerCase() });
    }
    const fullName = find(s.speaker);
    const surname = find(s.surname, fullName.end);
    const country = find(s.country);
    const place = find(s.place);
    doc.mentions.push({ ...fullName, type: 'PERSON', entity: 0, kind: 'name' }, { ...surname, type: 'PERSON', entity: 0, kind: 'name' }, { ...country, type: 'GPE', entity: 1, kind: 'name' }, { ...place, type: 'GPE', entity: 2, kind: 'name' });
    doc.entities.push({ id: 'e0', name: s.speaker, type: 'PERSON', mentions: [0, 1], aliases: [s.surname] }, { id: 'e1', name: s.country, type: 'GPE', mentions: [2], code: s.country.slice(0, 3).toUpperCase() }, { id: 'e2', name: s.place[0] + s.place.slice(1).toLowerCase(), type: 'GPE', mentions: [3] });
    doc.timexes.push({ ...find(s.published), type: 'DATE', value: s.published }, { ...find('on Tuesday'), type: 'DATE', value: s.published });
    const said = find('said');
    doc.quotes.push({
        kind: 'indirect',
        parts: [find(`talks with ${s.country} on ${s.topic} would resume`)],
        cue: said,
        speaker: { ...fullName, entity: 0 },
    }, {
        kind: 'direct',
        parts: [find('We are ready to meet them halfway,')],
        cue: find('told'),
        speaker: { ...surname, entity: 0 },
    }, 
    // A speaker with no entity: the row names the span's text.
    {
        kind: 'indirect',
        parts: [find('more than')].map((p) => ({ ...p, end: text.indexOf(' in batch') })),
        cue: find('said', said.end),
        speaker: find('The ministry'),
    });
    doc.claims.push({
        ...find(`more than ${s.count.toLocaleString('en-US')} people`),
        value: s.count,
        counts: 'people',
        approx: 'more-than',
    });
    doc.events.push({
        source: { ...fullName, entity: 0, code: `${s.country.slice(0, 3).toUpperCase()}GOV` },
        target: { ...country, entity: 1 },
        trigger: find('talks'),
        plover: { type: 'CONSULT', mode: 'meet' },
        cameo: { code: '043', root: '04', quad: 1, goldstein: 2.8 },
        negated: false,
        timex: 1,
        sentence: 0,
    });
    doc.findings.push({
        kind: 'weekday-check',
        message: `Tuesday read against ${s.published}`,
        evidence: [find('on Tuesday')],
    });
    return doc;
}
