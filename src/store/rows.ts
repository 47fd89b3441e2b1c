import { type Doc, textOf } from '../model/index.js';
import type { Span } from '../model/schema.js';

/** One stored document, without its layers: what a list of documents shows. */
/** How many records of each stored layer (per document in DocRow, in all in StoreStats). */
export interface LayerCounts {
  quotes: number;
  entities: number;
  events: number;
  timexes: number;
  claims: number;
  findings: number;
}

export interface DocRow extends LayerCounts {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  publishedFrom: string;
  length: number;
  sentences: number;
}

/** A quote with its speaker resolved to a name; `start`/`end` cover all its parts. */
export interface QuoteRow {
  docId: string;
  index: number;
  kind: string;
  text: string;
  speaker: string | null;
  speakerEntity: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  start: number;
  end: number;
  published: string | null;
}

/** An entity with its first mention as evidence. */
export interface EntityRow {
  docId: string;
  index: number;
  id: string;
  name: string;
  type: string;
  code: string | null;
  country: string | null;
  aliases: string | null;
  mentions: number;
  text: string | null;
  start: number | null;
  end: number | null;
  published: string | null;
}

/** An event: who did what to whom, on which date (its timex, else the publication date). */
export interface EventRow {
  docId: string;
  index: number;
  sentence: number;
  trigger: string;
  start: number;
  end: number;
  source: string | null;
  sourceEntity: string | null;
  sourceCode: string | null;
  target: string | null;
  targetEntity: string | null;
  targetCode: string | null;
  plover: string;
  cameo: string;
  cameoRoot: string;
  quad: number;
  goldstein: number;
  negated: boolean;
  modality: string | null;
  date: string | null;
  published: string | null;
}

/** A TIMEX3 time expression. */
export interface TimexRow {
  docId: string;
  index: number;
  type: string;
  value: string;
  mod: string | null;
  text: string;
  start: number;
  end: number;
  published: string | null;
}

/** A numeric claim. */
export interface ClaimRow {
  docId: string;
  index: number;
  value: number;
  unit: string | null;
  counts: string | null;
  approx: string | null;
  /** What happened to those counted (killed, injured, …), from the claim's `outcome`. */
  outcome: string | null;
  text: string;
  start: number;
  end: number;
  published: string | null;
}

/** A finding with its first evidence span. */
export interface FindingRow {
  docId: string;
  index: number;
  kind: string;
  message: string;
  text: string | null;
  start: number | null;
  end: number | null;
  suggestedFrom: string | null;
  suggestedTo: string | null;
  published: string | null;
}

/** Every row one document yields; the store writes exactly these. */
export interface DocRows {
  doc: DocRow;
  quotes: QuoteRow[];
  entities: EntityRow[];
  events: EventRow[];
  timexes: TimexRow[];
  claims: ClaimRow[];
  findings: FindingRow[];
}

export type LayerTable = Exclude<keyof DocRows, 'doc'>;
export const LAYER_TABLES: readonly LayerTable[] = [
  'quotes',
  'entities',
  'events',
  'timexes',
  'claims',
  'findings',
];

/** The title as text, whether the meta holds a string or a span. */
export function titleOf(doc: Doc): string | null {
  const t = doc.meta.title;
  if (t === undefined) return null;
  return typeof t === 'string' ? t : textOf(doc, t);
}

/** Derives the flat rows of a document from its layers. */
export function rowsOf(doc: Doc): DocRows {
  const published = doc.meta.published.value ?? null;
  const docId = doc.id;
  const at = (s: Span | null | undefined) => (s ? textOf(doc, s) : null);
  const entity = (i: number | undefined) => (i === undefined ? undefined : doc.entities[i]);

  const quotes = doc.quotes.map((q, index): QuoteRow => {
    const who = entity(q.speaker?.entity);
    return {
      docId,
      index,
      kind: q.kind,
      text: q.parts.map((p) => textOf(doc, p)).join(' … '),
      speaker: who?.name || at(q.speaker),
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

  const entities = doc.entities.map((e, index): EntityRow => {
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

  const events = doc.events.map((ev, index): EventRow => {
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
      source: src?.name || at(ev.source),
      sourceEntity: src?.id ?? null,
      sourceCode: ev.source?.code ?? src?.code ?? null,
      target: tgt?.name || at(ev.target),
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

  const timexes = doc.timexes.map(
    (t, index): TimexRow => ({
      docId,
      index,
      type: t.type,
      value: t.value,
      mod: t.mod ?? null,
      text: textOf(doc, t),
      start: t.start,
      end: t.end,
      published,
    }),
  );

  const claims = doc.claims.map(
    (c, index): ClaimRow => ({
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
    }),
  );

  const findings = doc.findings.map((f, index): FindingRow => {
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

  const doc0: DocRow = {
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
