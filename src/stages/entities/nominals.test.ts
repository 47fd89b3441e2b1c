import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../extract.js';
import { createDoc, type Doc } from '../../model/doc.js';

const upToEntities = await createPipeline({ only: ['segment', 'parse', 'mentions', 'entities'] });
const run = (text: string): Doc =>
  upToEntities.run(createDoc(text, { published: { value: '2020-01-01', from: 'given' } }));

const said = (doc: Doc, i: number) => doc.text.slice(doc.mentions[i].start, doc.mentions[i].end);
const find = (doc: Doc, s: string, kind?: string) => {
  const i = doc.mentions.findIndex((m, k) => said(doc, k) === s && (!kind || m.kind === kind));
  assert.ok(i >= 0, `no mention "${s}" in ${doc.mentions.map((_, k) => said(doc, k)).join(' | ')}`);
  return i;
};
const same = (doc: Doc, a: number, b: number) =>
  doc.mentions[a].entity !== undefined && doc.mentions[a].entity === doc.mentions[b].entity;

test('common-noun phrases about people, organisations and places become nominal mentions', () => {
  const doc = run('The researchers said the company had moved its offices to the city last year.');
  assert.equal(doc.mentions[find(doc, 'The researchers')].type, 'PERSON');
  assert.equal(doc.mentions[find(doc, 'the company')].kind, 'nominal');
  assert.equal(doc.mentions[find(doc, 'the company')].type, 'ORG');
  assert.equal(doc.mentions[find(doc, 'the city')].type, 'GPE');
  // negative: "offices" and "year" name no actor here; "last year" is a time
  assert.ok(!doc.mentions.some((_, k) => /year/.test(said(doc, k))));
});

test('celebrities, dignitaries and galleries are nominal mentions too', () => {
  const doc = run('International dignitaries met the celebrities at the gallery on Friday.');
  assert.equal(doc.mentions[find(doc, 'International dignitaries')].type, 'PERSON');
  assert.equal(doc.mentions[find(doc, 'the celebrities')].type, 'PERSON');
  assert.equal(doc.mentions[find(doc, 'the gallery')].type, 'FAC');
  // negative: "Friday" is a time, no mention
  assert.ok(!doc.mentions.some((_, k) => /Friday/.test(said(doc, k))));
});

test('a mention carries its whole noun phrase, relative clause included; appositions stay apart', () => {
  const doc = run('The boy who built the clock was arrested by police in Irving on Monday.');
  const boy = doc.mentions[find(doc, 'The boy')];
  assert.equal(doc.text.slice(boy.phrase?.start, boy.phrase?.end), 'The boy who built the clock');
  const doc2 = run('Ahmed Mohamed, a student at MacArthur High School, built a clock.');
  const name = doc2.mentions[find(doc2, 'Ahmed Mohamed')];
  assert.equal(name.phrase, undefined, 'the apposition is not part of the name’s phrase');
  assert.ok(same(doc2, find(doc2, 'Ahmed Mohamed'), find(doc2, 'a student', 'nominal')));
});

test('a definite nominal joins an earlier one with the same head and compatible modifiers', () => {
  const doc = run(
    'The Afghan team arrived in Washington on Monday. The European team arrived later. The Afghan team had been refused visas twice.',
  );
  const teams = doc.mentions.map((_, k) => k).filter((k) => said(doc, k) === 'The Afghan team');
  assert.equal(teams.length, 2);
  assert.ok(same(doc, teams[0], teams[1]));
  // negative: a different modifier does not corefer, though it is nearer
  assert.ok(!same(doc, teams[1], find(doc, 'The European team')));
});

test('"the country" goes back to the country named before it, "the company" to the company', () => {
  const doc = run('Rescuers reached Indonesia on Tuesday. Officials said the country would help.');
  assert.ok(same(doc, find(doc, 'Indonesia'), find(doc, 'the country')));
});

test('he/she keep to gender; "his" never refers to the phrase it sits in', () => {
  const doc = run('Ahmed Mohamed built a clock. His father praised Sarah Jones. She said he was brilliant.');
  const ahmed = find(doc, 'Ahmed Mohamed');
  assert.ok(same(doc, ahmed, find(doc, 'His')));
  assert.ok(!same(doc, find(doc, 'His'), find(doc, 'His father')));
  assert.ok(same(doc, find(doc, 'Sarah Jones'), find(doc, 'She')));
  assert.ok(!same(doc, find(doc, 'Sarah Jones'), find(doc, 'he')));
});

test('"I" in a quotation joins the person who says it; "we" chains to the previous "we"', () => {
  const doc = run('"I was surprised," Jane Smith said. "We will try again and we will win."');
  assert.ok(same(doc, find(doc, 'Jane Smith'), find(doc, 'I')));
  const we = doc.mentions.map((_, k) => k).filter((k) => said(doc, k).toLowerCase() === 'we');
  assert.equal(we.length, 2);
  assert.ok(same(doc, we[0], we[1]));
  assert.ok(!same(doc, find(doc, 'Jane Smith'), we[0]));
});

test('the same bare nominal in headline and lead is one entity; a lone pronoun is no entity', () => {
  const doc = run(
    'Dock workers end strike\n\nDock workers in Rotterdam returned to work. "Our members are tired," a spokesman said.',
  );
  const [a, b] = doc.mentions.flatMap((_, k) => (said(doc, k) === 'Dock workers' ? [k] : []));
  assert.ok(a !== undefined && b !== undefined, 'two "Dock workers" mentions');
  assert.ok(same(doc, a, b));
  for (const e of doc.entities) assert.notEqual(e.name.trim(), '', `entity ${e.id} has a name`);
  assert.equal(doc.mentions[find(doc, 'Our')].entity, undefined, 'an unresolved pronoun carries no entity');
});

test('negative: different nominals with the same head stay apart', () => {
  const doc = run('Dock workers in Rotterdam went home. Office workers stayed.');
  assert.ok(!same(doc, find(doc, 'Dock workers'), find(doc, 'Office workers')));
});

test('"the Church" alone is a nominal that goes back to the named church; a name holding the word is not', () => {
  const doc = run(
    'The Church of Scientology sued the former member in May. The Church said he had stolen files.',
  );
  const church = find(doc, 'The Church', 'nominal');
  assert.ok(same(doc, church, find(doc, 'Church of Scientology')));
  // negative: "Court" inside "The Supreme Court" is part of the name, no nominal of its own
  const court = run('The Supreme Court heard the case on Monday.');
  assert.ok(
    !court.mentions.some((m) => m.kind === 'nominal' && /Court/.test(court.text.slice(m.start, m.end))),
  );
});

test('a bare plural joins the same words only a few sentences back', () => {
  const doc = run(
    'Volunteers cleaned the beach on Sunday. Volunteers also planted trees. The mayor thanked the town. ' +
      'The council met on Monday. The budget was approved. Taxes will rise next year. Volunteers are needed for the spring fair.',
  );
  const at = (from: number) => {
    const i = doc.mentions.findIndex((m, k) => said(doc, k) === 'Volunteers' && m.start >= from);
    assert.ok(i >= 0);
    return i;
  };
  const first = at(0);
  assert.ok(same(doc, first, at(doc.text.indexOf('Volunteers also'))));
  // negative: six sentences later "Volunteers" is another, generic group
  assert.ok(!same(doc, first, at(doc.text.indexOf('Volunteers are'))));
});
