import { createDoc } from '../model/index.js';
/**
 * A hand-made document (for export tests) with what CSV must quote (commas, double quotes, a line break), an
 * event with a geocoded place and no date of its own, an actor known only by its code, and a negated event.
 */
export function trickyDoc() {
    const text = 'MONTREUX, Jan. 1 (Wire) - Minister Ana Díaz said: "We will not sign, not now,\nnot ever." ' +
        'Russia is not supplying weapons to Syria in Aleppo. Prosecutors charged the firm.';
    const doc = createDoc(text, {
        title: 'Díaz: "not now, not ever"',
        url: 'https://example.org/news/1?a=1,b=2',
        lang: 'en',
        published: { value: '2020-01-01', from: 'given' },
    });
    const find = (needle) => {
        const start = text.indexOf(needle);
        if (start < 0)
            throw new Error(`fixture: ${needle} not in text`);
        return { start, end: start + needle.length };
    };
    const s1 = find('Russia').start;
    const s2 = find('Prosecutors').start;
    doc.sentences.push({ start: 0, end: s1 - 1 }, { start: s1, end: s2 - 1 }, { start: s2, end: text.length });
    doc.mentions.push({ ...find('Ana Díaz'), type: 'PERSON', entity: 0, kind: 'name' }, { ...find('Russia'), type: 'GPE', entity: 1, kind: 'name' }, { ...find('Syria'), type: 'GPE', kind: 'name' }, { ...find('Aleppo'), type: 'GPE', entity: 2, kind: 'name' });
    doc.entities.push({ id: 'e0', name: 'Ana Díaz', type: 'PERSON', mentions: [0], aliases: ['Díaz', 'Minister Díaz'] }, { id: 'e1', name: 'Russia', type: 'GPE', mentions: [1], code: 'RUS', country: 'RUS', sectors: ['GOV'] }, {
        id: 'e2',
        name: 'Aleppo',
        type: 'GPE',
        mentions: [3],
        geo: { lat: 36.20124, lon: 37.16117, country: 'SYR', geonameId: 170063 },
    });
    doc.quotes.push({
        kind: 'direct',
        parts: [find('We will not sign, not now,\nnot ever.')],
        cue: find('said'),
        speaker: { ...find('Ana Díaz'), entity: 0 },
    });
    doc.events.push({
        source: { ...find('Russia'), entity: 1, code: 'RUSGOV' },
        target: { ...find('Syria'), code: 'SYR' },
        trigger: find('supplying'),
        plover: { type: 'AID', mode: 'military' },
        cameo: { code: '072', root: '07', quad: 2, goldstein: 8.3 },
        negated: true,
        place: 3,
        sentence: 1,
    }, {
        source: { ...find('Prosecutors'), code: '---JUD' },
        target: null,
        trigger: find('charged'),
        plover: { type: 'ACCUSE' },
        cameo: { code: '112', root: '11', quad: 3, goldstein: -2 },
        negated: false,
        sentence: 2,
    });
    return doc;
}
