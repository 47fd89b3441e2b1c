import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLES, articleDoc } from '../store/fixtures.js';
import { rowsOf } from '../store/rows.js';
import { trickyDoc } from './fixture-docs.js';
import { EXPORT_KINDS, KINDS } from './records.js';

const doc = trickyDoc();
const slice = (start: unknown, end: unknown) => doc.text.slice(start as number, end as number);

test('every kind yields records with exactly its columns, typed as declared', () => {
  for (const name of EXPORT_KINDS) {
    const kind = KINDS[name];
    for (const d of [doc, articleDoc(ARTICLES[0])]) {
      const records = kind.records(d);
      assert.ok(records.length > 0, name);
      for (const r of records) {
        assert.deepEqual(Object.keys(r).sort(), kind.columns.map(([c]) => c).sort(), name);
        for (const [col, type] of kind.columns) {
          const v = r[col];
          if (v === null) continue;
          const want = type === 'VARCHAR' ? 'string' : type === 'BOOLEAN' ? 'boolean' : 'number';
          assert.equal(typeof v, want, `${name}.${col}`);
          if (type === 'INTEGER') assert.ok(Number.isInteger(v), `${name}.${col} is an integer`);
        }
      }
    }
  }
});

test('docs: source, title, publication date and where it came from, layer counts', () => {
  const [r] = KINDS.docs.records(doc);
  assert.equal(r.url, 'https://example.org/news/1?a=1,b=2');
  assert.equal(r.title, 'Díaz: "not now, not ever"');
  assert.deepEqual([r.published, r.published_source, r.lang], ['2020-01-01', 'given', 'en']);
  assert.deepEqual([r.n_chars, r.n_quotes, r.n_events, r.n_entities], [doc.text.length, 1, 2, 3]);
});

test('quotes: speaker by entity name, cue and content offsets slice the text', () => {
  const [q] = KINDS.quotes.records(doc);
  assert.equal(q.speaker, 'Ana Díaz');
  assert.equal(q.speaker_entity_id, 'e0');
  assert.equal(slice(q.speaker_start, q.speaker_end), 'Ana Díaz');
  assert.equal(slice(q.cue_start, q.cue_end), 'said');
  assert.equal(q.text, 'We will not sign, not now,\nnot ever.');
  assert.equal(slice(q.start, q.end), q.text);
  assert.equal(q.parts, `${q.start}-${q.end}`);
});

test('quotes: a discontinuous quote keeps each part’s offsets; a speaker with no entity is named by its span', () => {
  const rows = KINDS.quotes.records(articleDoc(ARTICLES[1]));
  const ministry = rows.find((r) => r.speaker === 'The ministry');
  assert.ok(ministry);
  assert.equal(ministry.speaker_entity_id, null);
  const split = trickyDoc();
  const first = split.quotes[0].parts[0];
  split.quotes[0].parts = [
    { start: first.start, end: first.start + 16 },
    { start: first.start + 18, end: first.end },
  ];
  const [q] = KINDS.quotes.records(split);
  assert.equal(q.text, 'We will not sign … not now,\nnot ever.');
  assert.equal(q.parts, `${first.start}-${first.start + 16};${first.start + 18}-${first.end}`);
  assert.deepEqual([q.start, q.end], [first.start, first.end]);
});

test('entities: code, country, sectors and aliases in one cell each, geocode as numbers', () => {
  const [ana, russia, aleppo] = KINDS.entities.records(doc);
  assert.equal(ana.aliases, 'Díaz; Minister Díaz');
  assert.equal(slice(ana.first_start, ana.first_end), ana.first_text);
  assert.deepEqual([russia.code, russia.country, russia.sectors], ['RUS', 'RUS', 'GOV']);
  assert.deepEqual(
    [aleppo.lat, aleppo.lon, aleppo.geo_country, aleppo.geonames_id],
    [36.20124, 37.16117, 'SYR', 170063],
  );
  assert.deepEqual([ana.lat, ana.code, ana.sectors], [null, null, null]);
});

test('events: GDELT-like columns, actors and trigger sliced from the text, place geocoded, negation kept', () => {
  const [aid, accuse] = KINDS.events.records(doc);
  assert.deepEqual(
    [aid.actor1_name, aid.actor1_code, aid.actor1_country, aid.actor1_entity_id],
    ['Russia', 'RUSGOV', 'RUS', 'e1'],
  );
  // Syria has no entity: named by its span, its country read off the ISO-3 prefix of its code.
  assert.deepEqual([aid.actor2_name, aid.actor2_code, aid.actor2_country], ['Syria', 'SYR', 'SYR']);
  assert.equal(slice(aid.actor2_start, aid.actor2_end), 'Syria');
  assert.deepEqual(
    [aid.event_code, aid.event_root_code, aid.quad_class, aid.goldstein],
    ['072', '07', 2, 8.3],
  );
  assert.deepEqual([aid.plover_type, aid.plover_mode, aid.negated], ['AID', 'military', true]);
  assert.deepEqual([aid.place_name, aid.place_lat, aid.place_lon], ['Aleppo', 36.20124, 37.16117]);
  assert.equal(slice(aid.trigger_start, aid.trigger_end), 'supplying');
  assert.equal(
    slice(aid.sentence_start, aid.sentence_end),
    'Russia is not supplying weapons to Syria in Aleppo.',
  );
  assert.equal(aid.source_url, 'https://example.org/news/1?a=1,b=2');
  // No timex: the publication date stands in, and says so.
  assert.deepEqual([aid.date, aid.date_is_published, aid.date_text], ['2020-01-01', true, null]);

  // negative: '---' is no country; no target means empty actor2 cells, not guesses.
  assert.deepEqual([accuse.actor1_code, accuse.actor1_country], ['---JUD', null]);
  assert.deepEqual([accuse.actor2_name, accuse.actor2_code, accuse.actor2_start], [null, null, null]);
  assert.deepEqual([accuse.negated, accuse.place_name, accuse.place_lat], [false, null, null]);
});

test('events: a calendar timex gives the date; a duration or an undated document does not', () => {
  const d = articleDoc(ARTICLES[2]);
  const [dated] = KINDS.events.records(d);
  assert.deepEqual(
    [dated.date, dated.date_is_published, dated.date_text],
    ['2019-11-20', false, 'on Tuesday'],
  );

  d.timexes[1] = { ...d.timexes[1], type: 'DURATION', value: 'P1D' };
  const [fallback] = KINDS.events.records(d);
  assert.deepEqual([fallback.date, fallback.date_is_published], ['2019-11-20', true]);

  d.meta.published = { value: null, from: 'none' };
  const [undated] = KINDS.events.records(d);
  assert.deepEqual([undated.date, undated.date_is_published, undated.published], [null, false, null]);
});

test('a speaker or actor whose entity has no name (pronouns only) is named by its own words', () => {
  const d = articleDoc(ARTICLES[0]);
  d.entities[0].name = '';
  const quote = KINDS.quotes.records(d)[0];
  assert.equal(quote.speaker, 'Anna Berg');
  const event = KINDS.events.records(d)[0];
  assert.equal(event.actor1_name, 'Anna Berg');
  const rows = rowsOf(d);
  assert.equal(rows.quotes[0].speaker, 'Anna Berg');
  assert.equal(rows.events[0].source, 'Anna Berg');
  assert.equal(
    rows.entities[0].name,
    '',
    'the entity row keeps the empty name; its text column has the words',
  );
});
