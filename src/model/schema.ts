import { type Static, Type as T } from '@sinclair/typebox';

/** The JSON form of a Doc is the public contract; this file is its one source (types and JSON Schema). */
export const SCHEMA_ID = 'dateline.doc/1';

const offsets = {
  start: T.Integer({ minimum: 0, description: 'first UTF-16 code unit of the span in `text`' }),
  end: T.Integer({ minimum: 0, description: 'one past the last UTF-16 code unit (end-exclusive)' }),
};

export const SpanSchema = T.Object(offsets, { $id: 'Span' });
export type Span = Static<typeof SpanSchema>;

export const PublishedFrom = T.Union(
  ['given', 'html-meta', 'json-ld', 'header', 'dateline', 'url', 'none'].map((v) => T.Literal(v)),
);

export const PublishedSchema = T.Object({
  value: T.Union([T.String({ description: 'YYYY-MM-DD or a full ISO date-time' }), T.Null()]),
  from: PublishedFrom,
  start: T.Optional(offsets.start),
  end: T.Optional(offsets.end),
});
export type Published = Static<typeof PublishedSchema>;

export const MetaSchema = T.Object({
  title: T.Optional(T.Union([T.String(), SpanSchema])),
  source: T.Optional(T.String({ description: 'file path, URL or feed the document came from' })),
  url: T.Optional(T.String()),
  published: PublishedSchema,
  lang: T.Optional(T.String()),
});
export type Meta = Static<typeof MetaSchema>;

export const SentenceSchema = T.Object(offsets);
export type Sentence = Static<typeof SentenceSchema>;

export const TokenSchema = T.Object({
  ...offsets,
  pos: T.String({ description: 'UPOS tag' }),
  lemma: T.String(),
  xpos: T.Optional(T.String({ description: 'Penn Treebank tag' })),
  head: T.Optional(T.Integer({ minimum: -1, description: 'index of the head token in `tokens`; -1 = root' })),
  deprel: T.Optional(T.String({ description: 'UD v2 relation' })),
});
export type Token = Static<typeof TokenSchema>;

export const EntityType = T.Union(
  [
    'PERSON',
    'ORG',
    'GPE',
    'LOC',
    'NORP',
    'FAC',
    'EVENT',
    'TITLE',
    // OntoNotes-style types for other names: "Dow Jones", "Schindler's List", "Trades Disputes Act", "Hebrew".
    'PRODUCT',
    'WORK_OF_ART',
    'LAW',
    'LANGUAGE',
  ].map((v) => T.Literal(v)),
);
export type EntityType = Static<typeof EntityType>;

export const MentionSchema = T.Object({
  ...offsets,
  type: EntityType,
  entity: T.Optional(T.Integer({ minimum: 0, description: 'index into `entities`' })),
  kind: T.Optional(
    T.Union(
      ['name', 'pronoun', 'title', 'description', 'demonym', 'nominal'].map((v) => T.Literal(v)),
      {
        description:
          'how the mention refers: a name, a pronoun, a bare title, a definite description, a common-noun phrase (nominal: "the researchers", from the parse)',
      },
    ),
  ),
  phrase: T.Optional(
    T.Object(offsets, {
      description:
        'the whole noun phrase the mention heads, with modifiers and relative clause ("Texas student Ahmed Mohamed, who built a clock"), from the parse',
    }),
  ),
});
export type Mention = Static<typeof MentionSchema>;

export const EntitySchema = T.Object({
  id: T.String(),
  name: T.String({ description: "canonical name; '' when every mention is a pronoun" }),
  type: EntityType,
  mentions: T.Array(T.Integer({ minimum: 0 }), { description: 'indices into `mentions`' }),
  aliases: T.Optional(T.Array(T.String())),
  code: T.Optional(T.String({ description: 'CAMEO-style actor code, e.g. RUSGOV' })),
  country: T.Optional(T.String({ description: 'ISO 3166-1 alpha-3' })),
  sectors: T.Optional(T.Array(T.String(), { description: 'CAMEO/PLOVER sector codes, e.g. ["GOV"]' })),
  roles: T.Optional(
    T.Array(
      T.Object({
        title: T.String({ description: 'canonical office, e.g. "Foreign Minister"' }),
        of: T.Optional(T.String({ description: 'ISO-3 country or organisation name the office serves' })),
        start: T.Optional(offsets.start),
        end: T.Optional(offsets.end),
        from: T.Optional(T.Union(['text', 'kb'].map((v) => T.Literal(v)))),
      }),
    ),
  ),
  geo: T.Optional(
    T.Object({
      lat: T.Number(),
      lon: T.Number(),
      country: T.String({ description: 'ISO-3' }),
      geonameId: T.Optional(T.Integer()),
    }),
  ),
  standsFor: T.Optional(
    T.String({ description: 'metonymy: actor code a place stands for ("Damascus" → SYRGOV)' }),
  ),
});
export type Entity = Static<typeof EntitySchema>;

export const TimexType = T.Union(['DATE', 'TIME', 'DURATION', 'SET'].map((v) => T.Literal(v)));
export const TimexSchema = T.Object({
  ...offsets,
  type: TimexType,
  value: T.String({ description: 'TIMEX3 value: 2019-12-31, 2011, P3D, PRESENT_REF, XXXX-WXX-2 …' }),
  mod: T.Optional(T.String()),
});
export type Timex = Static<typeof TimexSchema>;

export const QuoteSchema = T.Object({
  kind: T.Union(['direct', 'indirect', 'mixed'].map((v) => T.Literal(v))),
  parts: T.Array(SpanSchema, { minItems: 1, description: 'content spans (may be discontinuous)' }),
  cue: T.Union([SpanSchema, T.Null()]),
  speaker: T.Union([T.Object({ ...offsets, entity: T.Optional(T.Integer({ minimum: 0 })) }), T.Null()]),
});
export type Quote = Static<typeof QuoteSchema>;

export const ClaimSchema = T.Object({
  ...offsets,
  value: T.Number(),
  unit: T.Optional(T.String()),
  counts: T.Optional(T.String({ description: 'what the number counts, e.g. "people"' })),
  approx: T.Optional(T.String({ description: 'more-than, less-than, about, at-least …' })),
  outcome: T.Optional(
    T.Object(
      { ...offsets, kind: T.String({ description: 'killed, injured, arrested, displaced, missing' }) },
      { description: 'the word saying what happened to those counted: "killed 12", "12 were injured"' },
    ),
  ),
});
export type Claim = Static<typeof ClaimSchema>;

const EventActor = T.Object({
  ...offsets,
  entity: T.Optional(T.Integer({ minimum: 0 })),
  code: T.Optional(T.String()),
});

/** What an event's clause says of its act (docs/export.md, events); no modality = asserted. */
export const MODALITIES = [
  'would',
  'planned',
  'promised',
  'threatened',
  'requested',
  'refused',
  'denied',
  'alleged',
  'conditional',
  'considered',
  'hoped',
  'aimed',
  'questioned',
] as const;
export const ModalitySchema = T.Union(
  MODALITIES.map((m) => T.Literal(m)),
  { description: 'absent when the text asserts the act; negation is the separate `negated` flag' },
);
export type Modality = Static<typeof ModalitySchema>;

export const EventSchema = T.Object({
  source: T.Union([EventActor, T.Null()]),
  target: T.Union([EventActor, T.Null()]),
  trigger: SpanSchema,
  plover: T.Object({ type: T.String(), mode: T.Optional(T.String()), context: T.Optional(T.String()) }),
  cameo: T.Object({
    code: T.String(),
    root: T.String(),
    quad: T.Integer(),
    goldstein: T.Number(),
  }),
  negated: T.Boolean(),
  modality: T.Optional(ModalitySchema),
  timex: T.Optional(T.Integer({ minimum: 0 })),
  date: T.Optional(
    T.Object({
      value: T.String({ description: "the clause's timex value, or the publication date" }),
      from: T.Union([T.Literal('timex'), T.Literal('published')], {
        description: "'published' marks the publication-date fallback",
      }),
    }),
  ),
  place: T.Optional(T.Integer({ minimum: 0 })),
  sentence: T.Integer({ minimum: 0 }),
});
export type DocEvent = Static<typeof EventSchema>;

/** Modalities of acts the text does not say happened (a threat or a promise is its own event); `would` and
 * `planned` are not among them. */
export const UNASSERTED_MODALITIES: ReadonlySet<Modality> = new Set<Modality>(
  MODALITIES.filter((m) => m !== 'would' && m !== 'planned'),
);

/** True when the text asserts that the event happened: not negated, and no unasserted modality. */
export const isAsserted = (e: DocEvent): boolean =>
  !e.negated && !(e.modality && UNASSERTED_MODALITIES.has(e.modality));

export const FindingSchema = T.Object({
  kind: T.String({ description: 'e.g. stale-dateline, weekday-mismatch' }),
  message: T.String(),
  evidence: T.Array(SpanSchema),
  suggested: T.Optional(T.Object({ from: T.String(), to: T.String() })),
});
export type Finding = Static<typeof FindingSchema>;

export const MessageSchema = T.Object({
  level: T.Union(['info', 'warn'].map((v) => T.Literal(v))),
  rule: T.String({ description: 'stage/rule-name' }),
  reason: T.String(),
  start: T.Optional(offsets.start),
  end: T.Optional(offsets.end),
});
export type Message = Static<typeof MessageSchema>;

export const DocSchema = T.Object(
  {
    schema: T.Literal(SCHEMA_ID),
    id: T.String(),
    text: T.String(),
    meta: MetaSchema,
    sentences: T.Array(SentenceSchema),
    tokens: T.Array(TokenSchema),
    mentions: T.Array(MentionSchema),
    entities: T.Array(EntitySchema),
    timexes: T.Array(TimexSchema),
    quotes: T.Array(QuoteSchema),
    claims: T.Array(ClaimSchema),
    events: T.Array(EventSchema),
    findings: T.Array(FindingSchema),
    messages: T.Array(MessageSchema),
  },
  { $id: 'https://dateline.dev/schema/dateline.doc-1.json', title: 'Dateline Doc' },
);
export type DocJson = Static<typeof DocSchema>;

export const LAYER_NAMES = [
  'sentences',
  'tokens',
  'mentions',
  'entities',
  'timexes',
  'quotes',
  'claims',
  'events',
  'findings',
] as const;

/** A layer of the Doc, or 'parse': tokens that carry `head` and `deprel`. */
export type LayerName = (typeof LAYER_NAMES)[number] | 'parse';
