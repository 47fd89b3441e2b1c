import { type Doc, type Entity, type Span, textOf } from '../model/index.js';
import { countryByIso3 } from '../text/countries.js';

/** A flat cell: every export format can hold one without nesting. */
export type Cell = string | number | boolean | null;
export type ExportRecord = Record<string, Cell>;

/** Column types, named as DuckDB names them (they become the Parquet schema). */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/** One kind of record an export can write: its columns in order, and how a Doc yields its records. */
export interface ExportKind {
  columns: readonly (readonly [name: string, type: ColumnType])[];
  records(doc: Doc): ExportRecord[];
}

export const EXPORT_KINDS = ['docs', 'quotes', 'entities', 'events'] as const;
export type ExportKindName = (typeof EXPORT_KINDS)[number];

const S = 'VARCHAR';
const I = 'INTEGER';
const D = 'DOUBLE';
const B = 'BOOLEAN';

/** Lists inside one cell ("Berg; Anna Berg"): CSV and Parquet readers need no nested types. */
const joined = (xs: readonly string[] | undefined) => (xs?.length ? xs.join('; ') : null);
const spanText = (doc: Doc, s: Span | null | undefined) => (s ? textOf(doc, s) : null);
const entityAt = (doc: Doc, i: number | undefined): Entity | undefined =>
  i === undefined ? undefined : doc.entities[i];

/** The country of an actor: its entity's, else its geocode's, else an ISO-3 prefix of its actor code. */
function countryOf(e: Entity | undefined, code: string | null | undefined): string | null {
  const own = e?.country ?? e?.geo?.country;
  if (own) return own;
  const prefix = code?.slice(0, 3);
  return prefix && countryByIso3(prefix) ? prefix : null;
}

const docs: ExportKind = {
  columns: [
    ['id', S],
    ['url', S],
    ['source', S],
    ['title', S],
    ['published', S],
    ['published_source', S],
    ['lang', S],
    ['n_chars', I],
    ['n_sentences', I],
    ['n_tokens', I],
    ['n_mentions', I],
    ['n_entities', I],
    ['n_timexes', I],
    ['n_quotes', I],
    ['n_claims', I],
    ['n_events', I],
    ['n_findings', I],
    ['n_messages', I],
  ],
  records(doc) {
    const t = doc.meta.title;
    return [
      {
        id: doc.id,
        url: doc.meta.url ?? null,
        source: doc.meta.source ?? null,
        title: t === undefined ? null : typeof t === 'string' ? t : textOf(doc, t),
        published: doc.meta.published.value,
        published_source: doc.meta.published.from,
        lang: doc.meta.lang ?? null,
        n_chars: doc.text.length,
        n_sentences: doc.sentences.length,
        n_tokens: doc.tokens.length,
        n_mentions: doc.mentions.length,
        n_entities: doc.entities.length,
        n_timexes: doc.timexes.length,
        n_quotes: doc.quotes.length,
        n_claims: doc.claims.length,
        n_events: doc.events.length,
        n_findings: doc.findings.length,
        n_messages: doc.messages.length,
      },
    ];
  },
};

const quotes: ExportKind = {
  columns: [
    ['doc_id', S],
    ['quote_index', I],
    ['kind', S],
    ['speaker', S],
    ['speaker_text', S],
    ['speaker_entity_id', S],
    ['speaker_code', S],
    ['speaker_start', I],
    ['speaker_end', I],
    ['cue', S],
    ['cue_start', I],
    ['cue_end', I],
    ['text', S],
    ['start', I],
    ['end', I],
    ['parts', S],
    ['published', S],
    ['url', S],
  ],
  records(doc) {
    return doc.quotes.map((q, i) => {
      const who = entityAt(doc, q.speaker?.entity);
      return {
        doc_id: doc.id,
        quote_index: i,
        kind: q.kind,
        speaker: who?.name || spanText(doc, q.speaker),
        speaker_text: spanText(doc, q.speaker),
        speaker_entity_id: who?.id ?? null,
        speaker_code: who?.code ?? null,
        speaker_start: q.speaker?.start ?? null,
        speaker_end: q.speaker?.end ?? null,
        cue: spanText(doc, q.cue),
        cue_start: q.cue?.start ?? null,
        cue_end: q.cue?.end ?? null,
        // A quote may be split by "she said"; the parts' own offsets keep the gaps recoverable.
        text: q.parts.map((p) => textOf(doc, p)).join(' … '),
        start: Math.min(...q.parts.map((p) => p.start)),
        end: Math.max(...q.parts.map((p) => p.end)),
        parts: q.parts.map((p) => `${p.start}-${p.end}`).join(';'),
        published: doc.meta.published.value,
        url: doc.meta.url ?? null,
      };
    });
  },
};

const entities: ExportKind = {
  columns: [
    ['doc_id', S],
    ['entity_index', I],
    ['entity_id', S],
    ['name', S],
    ['type', S],
    ['code', S],
    ['country', S],
    ['sectors', S],
    ['aliases', S],
    ['n_mentions', I],
    ['first_text', S],
    ['first_start', I],
    ['first_end', I],
    ['lat', D],
    ['lon', D],
    ['geo_country', S],
    ['geonames_id', I],
    ['published', S],
  ],
  records(doc) {
    return doc.entities.map((e, i) => {
      const first = e.mentions.length ? doc.mentions[e.mentions[0]] : undefined;
      return {
        doc_id: doc.id,
        entity_index: i,
        entity_id: e.id,
        name: e.name,
        type: e.type,
        code: e.code ?? null,
        country: e.country ?? null,
        sectors: joined(e.sectors),
        aliases: joined(e.aliases),
        n_mentions: e.mentions.length,
        first_text: spanText(doc, first),
        first_start: first?.start ?? null,
        first_end: first?.end ?? null,
        lat: e.geo?.lat ?? null,
        lon: e.geo?.lon ?? null,
        geo_country: e.geo?.country ?? null,
        geonames_id: e.geo?.geonameId ?? null,
        published: doc.meta.published.value,
      };
    });
  },
};

const actorColumns = (n: 1 | 2) =>
  (['name', 'code', 'country', 'entity_id', 'start', 'end'] as const).map(
    (f) => [`actor${n}_${f}`, f === 'start' || f === 'end' ? I : S] as const,
  );

/** GDELT-like event rows: date, two actors, CAMEO code/root/quad/Goldstein, PLOVER, place, source. */
const events: ExportKind = {
  columns: [
    ['doc_id', S],
    ['event_index', I],
    ['date', S],
    ['date_is_published', B],
    ['date_text', S],
    ['published', S],
    ...actorColumns(1),
    ...actorColumns(2),
    ['event_code', S],
    ['event_root_code', S],
    ['quad_class', I],
    ['goldstein', D],
    ['plover_type', S],
    ['plover_mode', S],
    ['plover_context', S],
    ['negated', B],
    ['modality', S],
    ['place_name', S],
    ['place_lat', D],
    ['place_lon', D],
    ['place_country', S],
    ['source_url', S],
    ['trigger', S],
    ['trigger_start', I],
    ['trigger_end', I],
    ['sentence_index', I],
    ['sentence_start', I],
    ['sentence_end', I],
  ],
  records(doc) {
    const published = doc.meta.published.value;
    return doc.events.map((ev, i) => {
      const tx = ev.timex === undefined ? undefined : doc.timexes[ev.timex];
      // Same rule as the store's event_date: a calendar DATE timex, else the publication date.
      const own = tx && tx.type === 'DATE' && /^\d{4}/.test(tx.value) ? tx.value : null;
      const placeMention = ev.place === undefined ? undefined : doc.mentions[ev.place];
      const place = entityAt(doc, placeMention?.entity);
      const sentence = doc.sentences[ev.sentence];
      const actor = (n: 1 | 2, a: typeof ev.source) => {
        const e = entityAt(doc, a?.entity);
        const code = a?.code ?? e?.code ?? null;
        return {
          [`actor${n}_name`]: e?.name || spanText(doc, a),
          [`actor${n}_code`]: code,
          [`actor${n}_country`]: countryOf(e, code),
          [`actor${n}_entity_id`]: e?.id ?? null,
          [`actor${n}_start`]: a?.start ?? null,
          [`actor${n}_end`]: a?.end ?? null,
        };
      };
      return {
        doc_id: doc.id,
        event_index: i,
        date: own ?? published,
        date_is_published: own === null && published !== null,
        date_text: own === null ? null : spanText(doc, tx),
        published,
        ...actor(1, ev.source),
        ...actor(2, ev.target),
        event_code: ev.cameo.code,
        event_root_code: ev.cameo.root,
        quad_class: ev.cameo.quad,
        goldstein: ev.cameo.goldstein,
        plover_type: ev.plover.type,
        plover_mode: ev.plover.mode ?? null,
        plover_context: ev.plover.context ?? null,
        negated: ev.negated,
        modality: ev.modality ?? null,
        place_name: place?.name ?? spanText(doc, placeMention),
        place_lat: place?.geo?.lat ?? null,
        place_lon: place?.geo?.lon ?? null,
        place_country: place?.geo?.country ?? place?.country ?? null,
        source_url: doc.meta.url ?? doc.meta.source ?? null,
        trigger: textOf(doc, ev.trigger),
        trigger_start: ev.trigger.start,
        trigger_end: ev.trigger.end,
        sentence_index: ev.sentence,
        sentence_start: sentence?.start ?? null,
        sentence_end: sentence?.end ?? null,
      };
    });
  },
};

/** The record kinds `dateline export` writes. */
export const KINDS: Record<ExportKindName, ExportKind> = { docs, quotes, entities, events };
