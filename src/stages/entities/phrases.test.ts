import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../model/doc.js';
import type { Cluster } from './cluster.js';
import { addCoordinations } from './coordination.js';
import { NameIndex } from './name-match.js';
import { childrenOf, phraseTokens } from './phrases.js';

/** A document from "word/POS/head/deprel" rows (head = token index, -1 for the root), words apart by `gaps`. */
function parsed(rows: string[], gaps: string[] = []): Doc {
  let text = '';
  const tokens: Doc['tokens'] = [];
  rows.forEach((row, i) => {
    const [word, pos, head, deprel] = row.split('/');
    if (i > 0) text += gaps[i - 1] ?? ' ';
    tokens.push({
      start: text.length,
      end: text.length + word.length,
      pos,
      lemma: word.toLowerCase(),
      head: Number(head),
      deprel,
    });
    text += word;
  });
  const doc = createDoc(text);
  doc.tokens.push(...tokens);
  return doc;
}

const phrase = (doc: Doc, h: number): string => {
  const [lo, hi] = phraseTokens(doc, childrenOf(doc), h);
  return doc.text.slice(doc.tokens[lo].start, doc.tokens[hi - 1].end);
};

test('a phrase stops at a line break: a headline run into the next sentence', () => {
  // "Climate\nPhoenix has hot summers", parsed as one sentence with "Climate" a modifier of "Phoenix"
  const doc = parsed(
    ['Climate/NOUN/1/compound', 'Phoenix/PROPN/2/nsubj', 'has/VERB/-1/root', 'summers/NOUN/2/obj'],
    ['\n'],
  );
  assert.equal(phrase(doc, 1), 'Phoenix');
  // negative: on one line the modifier stays
  assert.equal(phrase(parsed(['Climate/NOUN/1/compound', 'Phoenix/PROPN/-1/root']), 1), 'Climate Phoenix');
});

test('an unclosed bracket and a trailing age or year are cut; a closed bracket stays', () => {
  // "Jane Lowe (born 1970 is …": the parse hangs the bracket on the name
  const born = parsed([
    'Jane/PROPN/-1/root',
    'Lowe/PROPN/0/flat',
    '(/PUNCT/3/punct',
    'born/VERB/0/acl',
    '1970/NUM/3/obl',
  ]);
  assert.equal(phrase(born, 0), 'Jane Lowe');
  // "the Hotel (Palace) closed": the parse hangs ")" on the verb; the bracket is closed, not cut
  const closed = parsed(
    [
      'the/DET/1/det',
      'Hotel/PROPN/5/nsubj',
      '(/PUNCT/3/punct',
      'Palace/PROPN/1/nmod',
      ')/PUNCT/5/punct',
      'closed/VERB/-1/root',
    ],
    [' ', ' ', '', '', ' '],
  );
  assert.equal(phrase(closed, 1), 'the Hotel (Palace)');
  const aged = parsed(
    ['Tom/PROPN/-1/root', 'Hale/PROPN/0/flat', ',/PUNCT/3/punct', '42/NUM/0/nmod'],
    [' ', '', ' '],
  );
  assert.equal(phrase(aged, 0), 'Tom Hale');
});

test('a participle on a root noun is the verb of a misread clause', () => {
  const doc = parsed([
    'Thousands/NOUN/-1/root',
    'of/ADP/2/case',
    'students/NOUN/0/nmod',
    'marched/VERB/0/acl',
    'home/ADV/3/advmod',
  ]);
  assert.equal(phrase(doc, 0), 'Thousands of students');
  // negative: below the root a participle clause stays in the phrase ("children suffering from …")
  const kept = parsed(['Children/NOUN/2/nsubj', 'suffering/VERB/0/acl', 'wait/VERB/-1/root']);
  assert.equal(phrase(kept, 0), 'Children suffering');
});

test('a date hung on a noun and a list across a semicolon are no part of its phrase', () => {
  // "Daniel Montalvo in September 2010 left": the parse hangs the date on the name
  const dated = parsed([
    'Daniel/PROPN/5/nsubj',
    'Montalvo/PROPN/0/flat',
    'in/ADP/3/case',
    'September/PROPN/0/nmod',
    '2010/NUM/3/nummod',
    'left/VERB/-1/root',
  ]);
  assert.equal(phrase(dated, 0), 'Daniel Montalvo');
  // negative: a place hung on a noun stays ("the mayor of Leeds")
  const place = parsed(['the/DET/1/det', 'mayor/NOUN/-1/root', 'of/ADP/3/case', 'Leeds/PROPN/1/nmod']);
  assert.equal(phrase(place, 1), 'the mayor of Leeds');
  const listed = parsed(
    ['musician/NOUN/1/compound', 'Rhodes/PROPN/-1/root', ';/PUNCT/3/punct', 'Wenner/PROPN/1/nmod'],
    [' ', '', ' '],
  );
  assert.equal(phrase(listed, 1), 'musician Rhodes');
});

test('an aside after a comma is not part of the phrase; a relative clause is', () => {
  // "Dennis Hopper , famous for roles , came"
  const hopper = parsed([
    'Dennis/PROPN/6/nsubj',
    'Hopper/PROPN/0/flat',
    ',/PUNCT/3/punct',
    'famous/ADJ/0/amod',
    'for/ADP/5/case',
    'roles/NOUN/3/obl',
    'came/VERB/-1/root',
  ]);
  assert.equal(phrase(hopper, 0), 'Dennis Hopper');
  // "members of Scientology , including Lugli"
  const members = parsed([
    'members/NOUN/-1/root',
    'of/ADP/2/case',
    'Scientology/PROPN/0/nmod',
    ',/PUNCT/5/punct',
    'including/VERB/5/case',
    'Lugli/PROPN/0/nmod',
  ]);
  assert.equal(phrase(members, 0), 'members of Scientology');
  // negative: "the team , which won" keeps its relative clause
  const team = parsed([
    'the/DET/1/det',
    'team/NOUN/-1/root',
    ',/PUNCT/3/punct',
    'which/PRON/4/nsubj',
    'won/VERB/1/acl:relcl',
  ]);
  assert.equal(phrase(team, 1), 'the team , which won');
});

test('a place after a name belongs to the clause, after a common noun to the phrase', () => {
  const base = parsed(['Base/PROPN/-1/root', 'in/ADP/2/case', 'Clearwater/PROPN/0/nmod']);
  assert.equal(phrase(base, 0), 'Base');
  // "from Obama to Zuckerberg": the second name is no part of the first
  const range = parsed(['Obama/PROPN/-1/root', 'to/ADP/2/case', 'Zuckerberg/PROPN/0/nmod']);
  assert.equal(phrase(range, 0), 'Obama');
  // "users to move away": an infinitive hung on the noun is the verb's; a relative clause is the noun's
  const users = parsed(['users/NOUN/-1/root', 'to/PART/2/mark', 'move/VERB/0/acl', 'away/ADV/2/advmod']);
  assert.equal(phrase(users, 0), 'users');
  const who = parsed(['users/NOUN/-1/root', 'who/PRON/2/nsubj', 'moved/VERB/0/acl:relcl']);
  assert.equal(phrase(who, 0), 'users who moved');
  // "sea who are in need": a "who" clause on a place was hung on the wrong noun
  const sea = parsed(['sea/NOUN/-1/root', 'who/PRON/2/nsubj', 'are/AUX/0/acl:relcl']);
  assert.equal(phrase(sea, 0), 'sea');
  // negative: "children in Australia" — GUM keeps the place with a common noun
  const kids = parsed(['children/NOUN/-1/root', 'in/ADP/2/case', 'Australia/PROPN/0/nmod']);
  assert.equal(phrase(kids, 0), 'children in Australia');
});

test('a coordination needs "and"/"or": "Sydney, Australia" parsed as conjuncts is no group', () => {
  const withMentions = (doc: Doc, spans: [number, number][]) => {
    for (const [f, l] of spans)
      doc.mentions.push({ start: doc.tokens[f].start, end: doc.tokens[l].end, type: 'GPE', kind: 'name' });
    addCoordinations(doc);
    return doc.mentions.filter((m) => m.kind === 'nominal').map((m) => doc.text.slice(m.start, m.end));
  };
  const town = parsed(['Sydney/PROPN/-1/root', ',/PUNCT/2/punct', 'Australia/PROPN/0/conj']);
  assert.deepEqual(
    withMentions(town, [
      [0, 0],
      [2, 2],
    ]),
    [],
  );
  // positive: "Morocco and Iran"
  const pair = parsed(['Morocco/PROPN/-1/root', 'and/CCONJ/2/cc', 'Iran/PROPN/0/conj']);
  assert.deepEqual(
    withMentions(pair, [
      [0, 0],
      [2, 2],
    ]),
    ['Morocco and Iran'],
  );
});

test('a one-word name of another type joins the one person whose surname or given name it is', () => {
  const clusters: Cluster[] = [];
  const index = new NameIndex(clusters);
  const person = (key: string) => {
    const c = clusters.push({ type: 'PERSON', mentions: [], keys: new Set([key]), names: [], roles: [] }) - 1;
    index.addPerson(c, key);
    return c;
  };
  const daniel = person('daniel montalvo');
  assert.equal(index.personBySurname('daniel'), daniel);
  assert.equal(index.personBySurname('montalvo'), daniel);
  // negative: two people share the given name — no guess; an unknown word matches nobody
  person('daniel smith');
  assert.equal(index.personBySurname('daniel'), -1);
  assert.equal(index.personBySurname('paris'), -1);
});

test('a list item hung on a name is no part of its phrase', () => {
  // "Sam Lee, 42, and his wife Ann, 36, …": the parse hangs ", 36" on the first name as a list item
  const doc = parsed([
    'Sam/PROPN/-1/root',
    'Lee/PROPN/0/flat',
    ',/PUNCT/5/punct',
    'his/PRON/4/nmod:poss',
    'wife/NOUN/5/nsubj',
    '36/NUM/0/list',
  ]);
  assert.equal(phrase(doc, 0), 'Sam Lee');
  // negative: a modifier that is no list item stays
  assert.equal(phrase(parsed(['Sam/PROPN/-1/root', 'Lee/PROPN/0/flat', 'Jr/PROPN/0/flat']), 0), 'Sam Lee Jr');
});
