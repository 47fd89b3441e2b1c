import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../model/doc.js';
import { segment } from '../segment/index.js';
import { parse } from './index.js';

function parsed(text: string): Doc {
  const doc = createDoc(text);
  segment.run(doc);
  parse.run(doc);
  return doc;
}

/** The token whose text is `word` (the n-th occurrence). */
function tok(doc: Doc, word: string, n = 0): number {
  const hits = doc.tokens.flatMap((t, i) => (doc.text.slice(t.start, t.end) === word ? [i] : []));
  assert.ok(hits.length > n, `no token "${word}"`);
  return hits[n];
}

function arc(doc: Doc, dep: string, head: string): string | undefined {
  const d = doc.tokens[tok(doc, dep)];
  if (d.head === tok(doc, head)) return d.deprel;
  const h = d.head === undefined || d.head < 0 ? undefined : doc.tokens[d.head];
  return `(head ${h ? doc.text.slice(h.start, h.end) : 'root'}, ${d.deprel})`;
}

test('passive: subject is nsubj:pass, auxiliary aux:pass', () => {
  const doc = parsed('The minister was killed by gunmen in Kabul on Monday.');
  assert.equal(arc(doc, 'minister', 'killed'), 'nsubj:pass');
  assert.equal(arc(doc, 'was', 'killed'), 'aux:pass');
  assert.equal(doc.tokens[tok(doc, 'killed')].head, -1);
  assert.equal(doc.tokens[tok(doc, 'killed')].deprel, 'root');
});

test('apposition and reported speech', () => {
  const doc = parsed('Sergey Lavrov, the Russian foreign minister, said the talks had failed.');
  assert.equal(arc(doc, 'minister', 'Sergey'), 'appos');
  assert.equal(arc(doc, 'Sergey', 'said'), 'nsubj');
  assert.equal(arc(doc, 'failed', 'said'), 'ccomp');
  assert.equal(arc(doc, 'talks', 'failed'), 'nsubj');
});

test('coordination of nouns and of clauses', () => {
  const nouns = parsed('The minister and his deputy resigned on Friday.');
  assert.equal(arc(nouns, 'deputy', 'minister'), 'conj');
  assert.equal(arc(nouns, 'and', 'deputy'), 'cc');
  assert.equal(arc(nouns, 'minister', 'resigned'), 'nsubj');
  const clauses = parsed('The vote was delayed and the talks collapsed.');
  assert.equal(arc(clauses, 'collapsed', 'delayed'), 'conj');
  assert.equal(arc(clauses, 'talks', 'collapsed'), 'nsubj');
});

// Known misses of the greedy model: "seized" after "and" is tagged VBN and read as an adjective; in
// "Officials in Paris, Berlin and Rome said" the list is split and "Rome" becomes the subject.
test('coordination of verbs sharing a subject; three-way list', { todo: 'greedy model misses' }, () => {
  const doc = parsed('Police arrested three men and seized weapons and cash.');
  assert.equal(arc(doc, 'men', 'arrested'), 'obj');
  assert.equal(arc(doc, 'seized', 'arrested'), 'conj');
  assert.equal(arc(doc, 'cash', 'weapons'), 'conj');
  const list = parsed('Officials in Paris, Berlin and Rome said the vote was delayed.');
  assert.equal(arc(list, 'Berlin', 'Paris'), 'conj');
  assert.equal(arc(list, 'Rome', 'Paris'), 'conj');
});

test('fills tags, lemmas and one root per sentence, offsets unchanged', () => {
  const text = 'Talks resumed in Geneva. “We’re hopeful,” the envoy said.';
  const doc = parsed(text);
  for (const [si, s] of doc.sentences.entries()) {
    const inside = doc.tokens.filter((t) => t.start >= s.start && t.end <= s.end);
    assert.equal(inside.filter((t) => t.head === -1).length, 1, `sentence ${si} has one root`);
  }
  const said = doc.tokens[tok(doc, 'said')];
  assert.equal(said.pos, 'VERB');
  assert.equal(said.xpos, 'VBD');
  assert.equal(said.lemma, 'say');
  assert.equal(doc.tokens[tok(doc, 'Talks')].lemma, 'talk');
  assert.equal(text.slice(said.start, said.end), 'said');
  for (const t of doc.tokens) {
    assert.ok(t.head !== undefined && t.head >= -1 && t.head < doc.tokens.length);
    assert.ok(t.deprel);
  }
});

test('negative: a verb is not its own subject and nothing heads itself', () => {
  const doc = parsed('The envoy said nothing.');
  for (const [i, t] of doc.tokens.entries()) assert.notEqual(t.head, i);
  assert.notEqual(arc(doc, 'nothing', 'said'), 'nsubj');
});

// Known miss of the greedy model: the long subject "Tomas Reinholt's reversal of ... to enter the talks" of the
// reported clause is hung on "said" as a second nsubj instead of on "would have"; kept as a todo so the figure
// stays honest.
test('a reporting verb with a long possessive subject in its clause: the name is nsubj, the clause ccomp', {
  todo: 'greedy parser hangs the long subject of the reported clause on "said"',
}, () => {
  const line =
    "On Friday, Norway's Ingrid Solberg said Tomas Reinholt's reversal of his late offer on Monday for Chile to enter the talks would have a bad effect on the council's standing.";
  const doc = parsed(line);
  // UD heads a name on its first word: "Ingrid" is the subject, "Solberg" hangs on it as flat.
  assert.equal(arc(doc, 'Ingrid', 'said'), 'nsubj');
  assert.equal(arc(doc, 'Solberg', 'Ingrid'), 'flat');
  assert.equal(arc(doc, 'have', 'said'), 'ccomp');
  assert.equal(arc(doc, 'reversal', 'have'), 'nsubj');
});
