/** Numbered schema migrations for SQLite; `PRAGMA user_version` holds the last one applied. Never edit a shipped one. */
export const SQLITE_MIGRATIONS = [
    {
        version: 1,
        sql: `
CREATE TABLE docs (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  title TEXT, url TEXT, source TEXT, published TEXT, published_from TEXT NOT NULL,
  length INTEGER NOT NULL,
  n_sentences INTEGER NOT NULL, n_quotes INTEGER NOT NULL, n_entities INTEGER NOT NULL, n_events INTEGER NOT NULL,
  n_timexes INTEGER NOT NULL, n_claims INTEGER NOT NULL, n_findings INTEGER NOT NULL,
  text TEXT NOT NULL,
  json TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX docs_published ON docs (published);

CREATE TABLE quotes (
  key INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL, text TEXT NOT NULL,
  speaker TEXT, speaker_entity TEXT, speaker_start INTEGER, speaker_end INTEGER,
  cue TEXT, cue_start INTEGER, cue_end INTEGER,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, published TEXT,
  UNIQUE (doc_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_published ON quotes (published);

CREATE TABLE entities (
  key INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, code TEXT, country TEXT, aliases TEXT,
  n_mentions INTEGER NOT NULL, text TEXT, span_start INTEGER, span_end INTEGER, published TEXT,
  UNIQUE (doc_id, idx)
);
CREATE INDEX entities_type ON entities (type);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE events (
  key INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL, trigger_text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  source_name TEXT, source_entity TEXT, source_code TEXT,
  target_name TEXT, target_entity TEXT, target_code TEXT,
  plover TEXT NOT NULL, cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  negated INTEGER NOT NULL, modality TEXT, event_date TEXT, published TEXT,
  UNIQUE (doc_id, idx)
);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_source ON events (source_name);
CREATE INDEX events_target ON events (target_name);

CREATE TABLE timexes (
  key INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, text TEXT NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, published TEXT,
  UNIQUE (doc_id, idx)
);
CREATE INDEX timexes_value ON timexes (value);

CREATE TABLE claims (
  key INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  value REAL NOT NULL, unit TEXT, counts TEXT, approx TEXT, text TEXT NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, published TEXT,
  UNIQUE (doc_id, idx)
);

CREATE TABLE findings (
  key INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL, message TEXT NOT NULL, text TEXT, span_start INTEGER, span_end INTEGER,
  suggested_from TEXT, suggested_to TEXT, published TEXT,
  UNIQUE (doc_id, idx)
);
CREATE INDEX findings_kind ON findings (kind);

-- Full-text indexes read their text from the tables (external content); triggers keep them in step.
CREATE VIRTUAL TABLE docs_fts USING fts5 (
  title, text, content = 'docs', content_rowid = 'key', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs BEGIN
  INSERT INTO docs_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
END;
CREATE TRIGGER docs_fts_delete AFTER DELETE ON docs BEGIN
  INSERT INTO docs_fts (docs_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
END;
CREATE TRIGGER docs_fts_update AFTER UPDATE ON docs BEGIN
  INSERT INTO docs_fts (docs_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
  INSERT INTO docs_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text, content = 'quotes', content_rowid = 'key', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.key, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.key, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.key, old.text);
  INSERT INTO quotes_fts (rowid, text) VALUES (new.key, new.text);
END;
`,
    },
    {
        // Claims keep what happened to those counted ("killed 12"): the Doc JSON had it, the rows did not.
        version: 2,
        sql: 'ALTER TABLE claims ADD COLUMN outcome TEXT;',
    },
];
