/**
 * Numbered schema migrations for PostgreSQL; table `dateline_schema` holds the versions applied. Never edit a
 * shipped one. Keys and dates sort with COLLATE "C" so pages and ranges match SQLite's byte order.
 */
export const POSTGRES_MIGRATIONS = [
    {
        version: 1,
        sql: `
CREATE TABLE docs (
  id text COLLATE "C" PRIMARY KEY,
  hash text NOT NULL,
  title text, url text, source text, published text COLLATE "C", published_from text NOT NULL,
  length integer NOT NULL,
  n_sentences integer NOT NULL, n_quotes integer NOT NULL, n_entities integer NOT NULL, n_events integer NOT NULL,
  n_timexes integer NOT NULL, n_claims integer NOT NULL, n_findings integer NOT NULL,
  text text NOT NULL,
  json json NOT NULL,
  stored_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX docs_published ON docs (published);
CREATE INDEX docs_tsv ON docs USING gin (tsv);

CREATE TABLE quotes (
  doc_id text COLLATE "C" NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx integer NOT NULL,
  kind text NOT NULL, text text NOT NULL,
  speaker text, speaker_entity text, speaker_start integer, speaker_end integer,
  cue text, cue_start integer, cue_end integer,
  span_start integer NOT NULL, span_end integer NOT NULL, published text COLLATE "C",
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_published ON quotes (published);
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);

CREATE TABLE entities (
  doc_id text COLLATE "C" NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx integer NOT NULL,
  entity_id text NOT NULL, name text NOT NULL, type text NOT NULL, code text, country text, aliases text,
  n_mentions integer NOT NULL, text text, span_start integer, span_end integer, published text COLLATE "C",
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX entities_type ON entities (type);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE events (
  doc_id text COLLATE "C" NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx integer NOT NULL,
  sentence integer NOT NULL, trigger_text text NOT NULL, span_start integer NOT NULL, span_end integer NOT NULL,
  source_name text, source_entity text, source_code text,
  target_name text, target_entity text, target_code text,
  plover text NOT NULL, cameo text NOT NULL, cameo_root text NOT NULL, quad integer NOT NULL,
  goldstein double precision NOT NULL,
  negated boolean NOT NULL, modality text, event_date text COLLATE "C", published text COLLATE "C",
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_source ON events (source_name);
CREATE INDEX events_target ON events (target_name);

CREATE TABLE timexes (
  doc_id text COLLATE "C" NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx integer NOT NULL,
  type text NOT NULL, value text COLLATE "C" NOT NULL, mod text, text text NOT NULL,
  span_start integer NOT NULL, span_end integer NOT NULL, published text COLLATE "C",
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX timexes_value ON timexes (value);

CREATE TABLE claims (
  doc_id text COLLATE "C" NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx integer NOT NULL,
  value double precision NOT NULL, unit text, counts text, approx text, text text NOT NULL,
  span_start integer NOT NULL, span_end integer NOT NULL, published text COLLATE "C",
  PRIMARY KEY (doc_id, idx)
);

CREATE TABLE findings (
  doc_id text COLLATE "C" NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx integer NOT NULL,
  kind text NOT NULL, message text NOT NULL, text text, span_start integer, span_end integer,
  suggested_from text, suggested_to text, published text COLLATE "C",
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX findings_kind ON findings (kind);
`,
    },
    {
        // Claims keep what happened to those counted ("killed 12"): the Doc JSON had it, the rows did not.
        version: 2,
        sql: 'ALTER TABLE claims ADD COLUMN outcome text;',
    },
];
