import { textOf } from '../model/index.js';
export const LAYER_TABLES = [
    'quotes',
    'entities',
    'events',
    'timexes',
    'claims',
    'findings',
];
/** The title as text, whether the meta holds a string or a span. */
export function titleOf(doc) {
    const t = doc.meta.title;
    if (t === undefined)
        return null;
    return typeof t === 'string' ? t : textOf(doc, t);
}
/** Derives the flat rows of a document from its layers. */
export function rowsOf(doc) {
    const published = doc.meta.published.value ?? null;
    const docId = doc.id;
    const at = (s) => (s ? textOf(doc, s) : null);
    const entity = (i) => (i === undefined ? undefined : doc.entities[i]);
    const quotes = doc.quotes.map((q, index) => {
        const who = entity(q.speaker?.entity);
        return {
            docId,
            index,
            kind: q.kind,
            text: q.parts.map((p) => textOf(doc, p)).join(' … '),
            speaker: who ? who.name : at(q.speaker),
            speakerEntity: who ? who.id : null,
            speakerStart: q.speaker?.start ?? null,
            speakerEnd: q.speaker?.end ?? null,
            cue: at(q.cue),
            cueStart: q.cue?.start ?? null,
            cueEnd: q.cue?.end ?? null,
            start: Math.min(...q.parts.map((p) => p.start)),
            end: Math.max(...q.parts.map((p) => p.end)),
            published,
        };
    });
    const entities = doc.entities.map((e, index) => {
        const first = e.mentions.length ? doc.mentions[e.mentions[0]] : undefined;
        return {
            docId,
            index,
            id: e.id,
            name: e.name,
            type: e.type,
            code: e.code ?? null,
            country: e.country ?? null,
            aliases: e.aliases?.length ? e.aliases.join('; ') : null,
            mentions: e.mentions.length,
            text: at(first),
            start: first?.start ?? null,
            end: first?.end ?? null,
            published,
        };
    });
    const events = doc.events.map((ev, index) => {
        const src = entity(ev.source?.entity);
        const tgt = entity(ev.target?.entity);
        const tx = ev.timex === undefined ? undefined : doc.timexes[ev.timex];
        const date = tx && tx.type === 'DATE' && /^\d{4}/.test(tx.value) ? tx.value : published;
        return {
            docId,
            index,
            sentence: ev.sentence,
            trigger: textOf(doc, ev.trigger),
            start: ev.trigger.start,
            end: ev.trigger.end,
            source: src ? src.name : at(ev.source),
            sourceEntity: src?.id ?? null,
            sourceCode: ev.source?.code ?? src?.code ?? null,
            target: tgt ? tgt.name : at(ev.target),
            targetEntity: tgt?.id ?? null,
            targetCode: ev.target?.code ?? tgt?.code ?? null,
            plover: ev.plover.type,
            cameo: ev.cameo.code,
            cameoRoot: ev.cameo.root,
            quad: ev.cameo.quad,
            goldstein: ev.cameo.goldstein,
            negated: ev.negated,
            modality: ev.modality ?? null,
            date,
            published,
        };
    });
    const timexes = doc.timexes.map((t, index) => ({
        docId,
        index,
        type: t.type,
        value: t.value,
        mod: t.mod ?? null,
        text: textOf(doc, t),
        start: t.start,
        end: t.end,
        published,
    }));
    const claims = doc.claims.map((c, index) => ({
        docId,
        index,
        value: c.value,
        unit: c.unit ?? null,
        counts: c.counts ?? null,
        approx: c.approx ?? null,
        outcome: c.outcome?.kind ?? null,
        text: textOf(doc, c),
        start: c.start,
        end: c.end,
        published,
    }));
    const findings = doc.findings.map((f, index) => {
        const ev = f.evidence[0];
        return {
            docId,
            index,
            kind: f.kind,
            message: f.message,
            text: at(ev),
            start: ev?.start ?? null,
            end: ev?.end ?? null,
            suggestedFrom: f.suggested?.from ?? null,
            suggestedTo: f.suggested?.to ?? null,
            published,
        };
    });
    const doc0 = {
        id: docId,
        title: titleOf(doc),
        url: doc.meta.url ?? null,
        source: doc.meta.source ?? null,
        published,
        publishedFrom: doc.meta.published.from,
        length: doc.text.length,
        sentences: doc.sentences.length,
        quotes: quotes.length,
        entities: entities.length,
        events: events.length,
        timexes: timexes.length,
        claims: claims.length,
        findings: findings.length,
    };
    return { doc: doc0, quotes, entities, events, timexes, claims, findings };
}
