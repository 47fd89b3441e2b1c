import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../model/doc.js';
import type { Quote } from '../../model/schema.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { ALL_STAGES } from '../index.js';
import { findQuotes } from './index.js';

// The quotes stage on the full pipeline before it: segment, parse, mentions, entities.
const pipe = await buildPipeline(ALL_STAGES, {
  only: ['segment', 'parse', 'mentions', 'entities', 'quotes'],
});

function run(text: string): { doc: Doc; qs: Quote[] } {
  const doc = pipe.run(createDoc(text));
  return { doc, qs: doc.quotes };
}
const txt = (doc: Doc, s: { start: number; end: number } | null | undefined) =>
  s ? doc.text.slice(s.start, s.end) : null;
const parts = (doc: Doc, q: Quote | undefined) => (q ? q.parts.map((p) => txt(doc, p)) : []);

test('a quotation the parser takes for the subject is not the speaker', () => {
  const { doc, qs } = run('"My hope," he said, "is that I can have a little more influence on my friends."');
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].speaker), 'he');
  assert.equal(qs[0].parts.length, 2);
});

test('a period inside "(D-Wis.)" does not end the attribution', () => {
  const { doc, qs } = run('“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.');
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].cue), 'said');
  assert.match(txt(doc, qs[0].speaker) ?? '', /Gwen Moore/);
});

test('a dash and a name after a quotation credit it', () => {
  const text =
    '“He represents our greatest shame.” ― Sonya Herridge\n\n“Maybe we can build a wall around him.” ― Steve Quinlan.';
  const { doc, qs } = run(text);
  assert.deepEqual(
    qs.map((q) => txt(doc, q.speaker)),
    ['Sonya Herridge', 'Steve Quinlan'],
  );
  assert.ok(qs.every((q) => q.kind === 'direct'));
});

test('an attribution inside its content splits it in two parts', () => {
  const { doc, qs } = run('Acts of protest, Mr. Obama said, are acts of patriotism.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'indirect');
  assert.deepEqual(parts(doc, qs[0]), ['Acts of protest', 'are acts of patriotism']);
  assert.equal(txt(doc, qs[0].speaker), 'Mr. Obama');
});

test('object cues take the object and its complement, not the coordinated verb after it', () => {
  const { doc, qs } = run('Christie blasted Clinton as a “disgrace” on the radio and left the studio.');
  const q = qs.find((x) => txt(doc, x.cue) === 'blasted');
  assert.equal(q?.kind, 'mixed');
  assert.equal(txt(doc, q?.speaker), 'Christie');
  assert.match(txt(doc, q?.parts[0]) ?? '', /^Clinton as a “disgrace”/);
  assert.ok(!(txt(doc, q?.parts[0]) ?? '').includes('left the studio'));
});

test('a coordinated cue shares the subject of the first', () => {
  const { doc, qs } = run(
    'Democrats described the showdown as ominous, and said the panel itself might be damaged by the move.',
  );
  const said = qs.find((q) => txt(doc, q.cue) === 'said');
  assert.equal(txt(doc, said?.speaker), 'Democrats');
  assert.equal(txt(doc, said?.parts[0]), 'the panel itself might be damaged by the move');
});

test('a relative pronoun subject brings its antecedent', () => {
  const { doc, qs } = run('He met Democrats on Capitol Hill, who have argued that the plan helps them.');
  const q = qs.find((x) => txt(doc, x.cue) === 'argued');
  assert.match(txt(doc, q?.speaker) ?? '', /who$/);
  assert.ok((txt(doc, q?.speaker) ?? '').length > 3);
});

test('a "Name: …" headline is the named source’s statement; a dateline is not', () => {
  const { doc, qs } = run(
    'Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance\n\nThe senator spoke on Monday.',
  );
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].speaker), 'Graham');
  assert.equal(qs[0].kind, 'mixed');
  assert.equal(run('WASHINGTON: The senator spoke on Monday about the budget.').qs.length, 0);
});

test('a transcript quoted whole: each turn is its speaker’s, not an unattributed direct quote', () => {
  const text =
    '"WALLACE: Let us start with the debate story tonight.\n\n"PENCE: Well, look, it is serious business.';
  const { doc, qs } = run(text);
  assert.deepEqual(
    qs.map((q) => [txt(doc, q.speaker), q.kind]),
    [
      ['WALLACE', 'indirect'],
      ['PENCE', 'indirect'],
    ],
  );
});

test('negatives: a time word is no speaker, a title in quotation marks is no quote', () => {
  const { doc, qs } = run('Friday said nothing. The film “American Skin” opened on Friday in Toronto.');
  assert.ok(qs.every((q) => txt(doc, q.speaker) !== 'Friday'));
  assert.ok(qs.every((q) => q.kind !== 'direct'));
});

test('a final "said X in the room" attribution; a clause after "said" is no medial attribution', () => {
  const a = run('The meeting deteriorated from there, said one GOP source in the room.');
  assert.equal(a.qs.length, 1);
  assert.equal(txt(a.doc, a.qs[0].parts[0]), 'The meeting deteriorated from there');
  assert.match(txt(a.doc, a.qs[0].speaker) ?? '', /^one GOP source/);
  const b = run(
    'In her favor, all the experts said her plans were more detailed, transparent and consistent.',
  );
  assert.equal(b.qs.length, 1);
  assert.equal(b.qs[0].parts.length, 1);
  assert.match(txt(b.doc, b.qs[0].parts[0]) ?? '', /^her plans were more detailed/);
});

test('a nested attribution is part of the outer content, not a quote of its own', () => {
  const { doc, qs } = run('Stein said she plans to join her supporters at the protest on Monday.');
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].cue), 'said');
  assert.equal(txt(doc, qs[0].speaker), 'Stein');
  assert.match(txt(doc, qs[0].parts[0]) ?? '', /^she plans to join/);
});

test('an attribution joined by a conjunction ends the outer content and stays a quote', () => {
  const text =
    'Figueroa said the campaign planned to bus in supporters, though she acknowledged it was unlikely to work.';
  const { doc, qs } = run(text);
  const outer = qs.find((q) => txt(doc, q.cue) === 'said');
  const inner = qs.find((q) => txt(doc, q.cue) === 'acknowledged');
  assert.equal(txt(doc, outer?.parts[outer.parts.length - 1]), 'the campaign planned to bus in supporters');
  assert.equal(txt(doc, inner?.parts[0]), 'it was unlikely to work');
  assert.equal(txt(doc, inner?.speaker), 'she');
});

test('a quotation that ends its clause but starts inside it takes the words before it (mixed)', () => {
  const text =
    'However laudable the goal, using the capital gains tax “is a misguided approach,” said Mr. Burman.';
  const { doc, qs } = run(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'mixed');
  assert.deepEqual(parts(doc, qs[0]), [
    'However laudable the goal, using the capital gains tax “is a misguided approach,”',
  ]);
  assert.equal(txt(doc, qs[0].speaker), 'Mr. Burman');
  // a quotation that opens its sentence stays direct
  const d = run('He paused. “We will win this race,” he said.');
  assert.equal(d.qs[0].kind, 'direct');
  assert.deepEqual(parts(d.doc, d.qs[0]), ['“We will win this race,”']);
});

test('a quotation inside a clause before a final attribution is part of a mixed quote', () => {
  const { doc, qs } = run('A cashier who “steals a handful of $20s” is held accountable, Warren said.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'mixed');
  assert.deepEqual(parts(doc, qs[0]), ['A cashier who “steals a handful of $20s” is held accountable']);
  assert.equal(txt(doc, qs[0].speaker), 'Warren');
});

test('reported content runs on to the sentence end, past a "because" clause', () => {
  const text =
    'Mr. King said that he was not familiar with the programming because he did not get the network at home.';
  const { doc, qs } = run(text);
  assert.equal(qs.length, 1);
  assert.equal(
    txt(doc, qs[0].parts[0]),
    'that he was not familiar with the programming because he did not get the network at home',
  );
});

test('a naming verb takes its object and complement to the clause end, with a noun phrase speaker', () => {
  const { doc, qs } = run(
    'At the forum, Clinton called her vote in favor of the Iraq War a mistake, but she noted that Trump also supported it.',
  );
  const called = qs.find((q) => txt(doc, q.cue) === 'called');
  assert.equal(txt(doc, called?.parts[0]), 'her vote in favor of the Iraq War a mistake');
  const campaign = run(
    'The Trump campaign called the charges unsubstantiated and fabricated by former employees.',
  );
  assert.equal(campaign.qs.length, 1);
  assert.equal(txt(campaign.doc, campaign.qs[0].speaker), 'The Trump campaign');
  assert.equal(
    txt(campaign.doc, campaign.qs[0].parts[0]),
    'the charges unsubstantiated and fabricated by former employees',
  );
});

test('an object cue takes any subject and a one-word object; a participle after a noun is no cue', () => {
  const officials = run('Some state officials praised the plan.');
  assert.equal(officials.qs.length, 1);
  assert.equal(txt(officials.doc, officials.qs[0].speaker), 'Some state officials');
  assert.deepEqual(parts(officials.doc, officials.qs[0]), ['the plan']);
  const tweets = run('Trump attacked Machado in early-morning tweets.');
  assert.deepEqual(parts(tweets.doc, tweets.qs[0]), ['Machado']);
  assert.equal(txt(tweets.doc, tweets.qs[0].speaker), 'Trump');
  // "endorsed by the governor" modifies "a plan": the crowd endorsed nothing
  assert.equal(run('The crowd cheered a plan endorsed by the governor.').qs.length, 0);
  assert.equal(run('It was a sentiment echoed by the crowd in the arena.').qs.length, 0);
});

test('a colon ending a clause with a named subject introduces the quotation paragraph after it', () => {
  const text =
    'He then listed the qualities necessary in a successful Republican nominee:\n\n' +
    '"Has the candidate a record of personal activism and leadership for conservative principles?"';
  const { doc, qs } = run(text);
  // PolNeAR marks both: "listed" with its object, and the colon with the quotation
  assert.equal(qs.length, 2);
  const colon = qs.find((q) => q.kind === 'direct');
  assert.equal(txt(doc, colon?.speaker), 'He');
  assert.equal(txt(doc, colon?.cue), ':');
  assert.deepEqual(
    qs.filter((q) => q.kind === 'indirect').map((q) => txt(doc, q.parts[0])),
    ['the qualities necessary in a successful Republican nominee'],
  );
  // a subject that names nobody gives no speaker
  const list = run(
    'The rules are listed below:\n\n"Each member may appoint a proxy to vote for them in person."',
  );
  assert.equal(list.qs[0]?.speaker ?? null, null);
});

test('a cue the tagger takes for a plural noun after a name still attributes the quotation', () => {
  const { doc, qs } = run(
    '“Cultural conservatives and libertarians have issues with Trump,” Viguerie notes.',
  );
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].speaker), 'Viguerie');
  assert.equal(txt(doc, qs[0].cue), 'notes');
  // the same word as a noun in a clause is no cue
  assert.equal(run('The Viguerie notes, written in 1980, were lost in a fire at the office.').qs.length, 0);
});

test('a cue coordinated with "and" shares the subject and ends the first content', () => {
  const { doc, qs } = run(
    'Even China said it was "resolutely opposed" to the test and warned North Korea to refrain from further actions.',
  );
  const said = qs.find((q) => txt(doc, q.cue) === 'said');
  assert.equal(said?.kind, 'mixed');
  assert.equal(txt(doc, said?.parts[0]), 'it was "resolutely opposed" to the test');
});

test('a quotation after its cue that its clause runs past is part of a mixed quote', () => {
  const { doc, qs } = run(
    'Though he did not give a cost estimate, he said "budget reforms" and the collection of unpaid taxes would help finance them.',
  );
  const said = qs.find((q) => txt(doc, q.cue) === 'said');
  assert.equal(said?.kind, 'mixed');
  assert.match(txt(doc, said?.parts[0]) ?? '', /^"budget reforms" and the collection of unpaid taxes/);
  // a quotation that ends the sentence stays direct
  const direct = run('He said: "Budget reforms will help finance the plan."');
  assert.equal(direct.qs[0]?.kind, 'direct');
});

test('a quotation attributed inside reported speech belongs to the outer quote', () => {
  const { doc, qs } = run(
    'Retired General Michael Flynn said Donald Trump was right when he said on Wednesday that “the generals have been reduced to rubble.”',
  );
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'mixed');
  assert.match(txt(doc, qs[0].speaker) ?? '', /Michael Flynn/);
  assert.match(txt(doc, qs[0].parts[0]) ?? '', /^Donald Trump was right .* rubble\.”$/);
});

test('speakers: a name opening the sentence before appositions, an adverbial cue, a modified noun phrase', () => {
  const gidley = run(
    'Hogan Gidley, a former director of the South Carolina Republican Party, whose roots are in the evangelical community, said the base was angry about sending politicians to Washington.',
  );
  assert.equal(txt(gidley.doc, gidley.qs[0]?.speaker), 'Hogan Gidley');
  const bolton = run(
    'Bolton distanced himself from the movement by saying he would be willing to bring his expertise to the administration.',
  );
  const saying = bolton.qs.find((q) => txt(bolton.doc, q.cue) === 'saying');
  assert.equal(txt(bolton.doc, saying?.speaker), 'Bolton');
  const person = run(
    'A person familiar with the planning for Thursday’s meeting says the discussion will focus on uniting conservatives.',
  );
  assert.match(txt(person.doc, person.qs[0]?.speaker) ?? '', /meeting$/);
  // a phrase opened by a preposition is no subject
  const early = run('In the states that voted early the numbers say little about the race.');
  assert.ok(early.qs.every((q) => !/^(In|the states)/.test(txt(early.doc, q.speaker) ?? '')));
});

test('a headline "Name: ‘quotation’" gives the quotation to the name', () => {
  const text =
    'Kasich: ‘We Are Going To Go All The Way To Cleveland and Secure The Nomination.’\n\nTuesday at a rally, the governor spoke.';
  const { doc, qs } = run(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'direct');
  assert.equal(txt(doc, qs[0].speaker), 'Kasich');
  assert.equal(txt(doc, qs[0].cue), ':');
});

test('a name and any verb after a quotation ending in a comma attribute it', () => {
  const { doc, qs } = run('“Go back to Univision,” Trump barked.');
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].speaker), 'Trump');
  assert.equal(txt(doc, qs[0].cue), 'barked');
  // a quotation closing its sentence is not credited to the next sentence's subject
  const next = run('He ended with “a strong finish.” Trump arrived later that night with his family.');
  assert.equal(next.qs.length, 0);
});

test('a bare quotation paragraph takes the speaker of the attributed quotation paragraph after it', () => {
  const text =
    'Viguerie is upbeat about the senator’s chances in November.\n\n' +
    '“Not only can he win in November, he is the one with the best chance of winning.”\n\n' +
    '“He may be the only one because the others do not unite the party,” Viguerie said.';
  const { doc, qs } = run(text);
  assert.equal(qs.length, 2);
  assert.deepEqual(
    qs.map((q) => txt(doc, q.speaker)),
    ['Viguerie', 'Viguerie'],
  );
  assert.equal(qs[0].cue, null);
});

test('a relative clause attribution: the relative word is a part, and it ends the outer content', () => {
  const park = run(
    'The park is near the football stadium, which, Tompkins said, is usually full of activities on game days.',
  );
  assert.equal(park.qs.length, 1);
  assert.deepEqual(parts(park.doc, park.qs[0]), ['which', 'is usually full of activities on game days']);
  assert.equal(txt(park.doc, park.qs[0].speaker), 'Tompkins');
  const wall = run(
    'Trump promised a wall on the border, which he said the Mexican government should pay for.',
  );
  const said = wall.qs.find((q) => txt(wall.doc, q.cue) === 'said');
  assert.deepEqual(parts(wall.doc, said), ['which', 'the Mexican government should pay for']);
  const promised = wall.qs.find((q) => txt(wall.doc, q.cue) === 'promised');
  assert.deepEqual(parts(wall.doc, promised), ['a wall on the border']);
  // "in which he called …" is a relative clause about the tweets, not a report of them
  const tweets = run('He did not address his tweets, in which he called her a disgrace.');
  assert.ok(tweets.qs.every((q) => txt(tweets.doc, q.parts[0]) !== 'which'));
});

test('cues from the speech lexicon: a particle verb, a clause cue and an object cue', () => {
  const banks = run('Sanders railed against the big banks at the rally.');
  assert.equal(txt(banks.doc, banks.qs[0]?.cue), 'railed against');
  assert.equal(txt(banks.doc, banks.qs[0]?.speaker), 'Sanders');
  const vote = run('The senator reaffirmed that she would vote against the bill.');
  assert.deepEqual(parts(vote.doc, vote.qs[0]), ['that she would vote against the bill']);
  const plan = run('Clinton assailed the plan as reckless.');
  assert.deepEqual(parts(plan.doc, plan.qs[0]), ['the plan as reckless']);
  // without its particle the verb is no cue
  assert.equal(run('The senator railed at the weather.').qs.length, 0);
});

test('a common noun after "and" inside reported content is a coordinated subject, not a new attribution', () => {
  const blame = run(
    'The Indiana governor said Democrats and the media are to blame for focusing on “he said this, he tweeted that.”',
  );
  assert.equal(blame.qs.length, 1);
  assert.equal(blame.qs[0].kind, 'mixed');
  assert.equal(txt(blame.doc, blame.qs[0].cue), 'said');
  // a pronoun after "and" still starts an attribution of its own
  const two = run('She said the plan failed and she blamed the governor for the delay.');
  assert.deepEqual(
    two.qs.map((q) => parts(two.doc, q)),
    [['the plan failed'], ['the governor for the delay']],
  );
});

test('", saying …" with no cue before it takes the subject of the verb it hangs on', () => {
  const oz = run(
    'Oz defended the segment on his show, saying that green coffee extract was a “magic weight loss cure.”',
  );
  const saying = oz.qs.find((q) => txt(oz.doc, q.cue) === 'saying');
  assert.equal(saying?.kind, 'mixed');
  assert.equal(txt(oz.doc, saying?.speaker), 'Oz');
  const dean = run(
    'Dean, a medical doctor, walked back his remarks, saying he would never diagnose someone through television.',
  );
  assert.equal(dean.qs.length, 1);
  assert.equal(txt(dean.doc, dean.qs[0].speaker), 'Dean, a medical doctor');
  assert.deepEqual(parts(dean.doc, dean.qs[0]), ['he would never diagnose someone through television']);
  // a participle that is no cue attributes nothing
  assert.equal(run('The storm hit the coast on Friday, causing floods across the region.').qs.length, 0);
});

test('content after its cue stops before a comma and a participle clause', () => {
  const vote = run(
    'Trump is once again questioning the integrity of the voting system, encouraging his supporters to visit polling locations.',
  );
  assert.deepEqual(parts(vote.doc, vote.qs[0]), ['the integrity of the voting system']);
  assert.equal(txt(vote.doc, vote.qs[0].speaker), 'Trump');
});

test('a clause cue with a noun-phrase object and no clause takes the object as content', () => {
  const a = run('In a newspaper essay last week, Ivanka Trump acknowledged their uphill battle.');
  const q = a.qs.find((x) => txt(a.doc, x.cue) === 'acknowledged');
  assert.equal(txt(a.doc, q?.speaker), 'Ivanka Trump');
  assert.deepEqual(parts(a.doc, q), ['their uphill battle']);
  const b = run('Clinton has not mentioned the former beauty queen since the debate on Monday night.');
  assert.match(parts(b.doc, b.qs[0])[0] ?? '', /^the former beauty queen/);
  assert.equal(txt(b.doc, b.qs[0]?.speaker), 'Clinton');
  // the addressee of "told" and the thing "added" are no content
  const c = run('The mayor added a new park to the plan. She told reporters nothing.');
  assert.equal(c.qs.length, 0);
});

test('an attribution with no source: subject and complement are the parts, the speaker is null', () => {
  const a = run('About one of every nine voters this fall is expected to be Latino.');
  assert.equal(a.qs.length, 1);
  assert.equal(txt(a.doc, a.qs[0].cue), 'is expected');
  assert.deepEqual(parts(a.doc, a.qs[0]), ['About one of every nine voters this fall', 'to be Latino']);
  assert.equal(a.qs[0].speaker, null);
  const b = run('Often, it appeared that Trump was uncomfortable with the turf it put him on.');
  assert.deepEqual(parts(b.doc, b.qs[0]), ['that Trump was uncomfortable with the turf it put him on']);
  assert.equal(b.qs[0]?.speaker, null);
  // a cue under "seemed" keeps its subject as speaker; no stance, no passive of a listed verb: nothing
  const c = run('The senator seemed to mock his rival.');
  assert.equal(txt(c.doc, c.qs[0]?.speaker), 'The senator');
  assert.equal(txt(c.doc, c.qs[0]?.cue), 'mock');
  assert.equal(run('He appeared on television on Monday. The expected result came in late.').qs.length, 0);
});

test('a stray quotation mark after the attribution adds no empty part', () => {
  const { doc, qs } = run('“I don’t want to talk about the situation,” Earnest said."\n\nThe talks went on.');
  assert.equal(qs.length, 1);
  assert.deepEqual(parts(doc, qs[0]), ['“I don’t want to talk about the situation,”']);
  assert.equal(txt(doc, qs[0].speaker), 'Earnest');
});

test('"Asked if …, X said …": the question has no source, the answer is the speaker’s', () => {
  const { doc, qs } = run('Asked if he was ever bullied, the candidate said no.');
  const asked = qs.find((q) => txt(doc, q.cue) === 'Asked');
  assert.deepEqual(parts(doc, asked), ['if he was ever bullied']);
  assert.equal(asked?.speaker, null);
  const said = qs.find((q) => txt(doc, q.cue) === 'said');
  assert.equal(txt(doc, said?.speaker), 'the candidate');
  assert.ok(!parts(doc, said).some((p) => p?.includes('bullied')));
  const b = run('When asked about her own vote, Clinton said she would support the nominee.');
  assert.equal(txt(b.doc, b.qs.find((q) => q.speaker === null)?.cue), 'asked about');
  assert.equal(run('She asked the waiter for the bill.').qs.length, 0);
});

test('the speaker convention keeps only quotes with a speaker; the default keeps sourceless ones', () => {
  const text =
    'About one of every nine voters this fall is expected to be Latino. Smith said the poll was wrong.';
  const { doc, qs } = run(text);
  assert.deepEqual(
    qs.map((q) => txt(doc, q.cue)),
    ['is expected', 'said'],
  );
  doc.quotes = [];
  const named = findQuotes(doc, { convention: 'speaker' });
  assert.deepEqual(
    named.map((q) => [txt(doc, q.cue), txt(doc, q.speaker)]),
    [['said', 'Smith']],
  );
});

test('a typewriter close quote after a full stop ends the sentence: the next attribution is a quote of its own', () => {
  const { doc, qs } = run(
    "The editor told her that the remark was ''not in line with our policy.'' The network said it would send her to Crimea.",
  );
  const net = qs.find((q) => txt(doc, q.speaker) === 'The network');
  assert.equal(txt(doc, net?.cue), 'said');
  assert.deepEqual(parts(doc, net), ['it would send her to Crimea']);
  assert.ok(!qs.some((q) => q !== net && parts(doc, q).some((p) => p?.includes('Crimea'))));
});

test('reported content ends at a semicolon; a semicolon inside a quotation does not cut it', () => {
  const { doc, qs } = run(
    'The Tax Policy Center estimates that the plan would raise $1.1 trillion; another group puts the figure at $498 billion.',
  );
  assert.deepEqual(parts(doc, qs[0]), ['that the plan would raise $1.1 trillion']);
  const b = run('Smith said the deal was "bad for workers; bad for towns" and would fail.');
  assert.match(parts(b.doc, b.qs[0]).join(' '), /bad for towns" and would fail/);
});

test('no cue: an irregular passive without an agent ("is known for"), "compared to" a figure', () => {
  const a = run('Ginsburg is known for speaking her mind on other issues.');
  assert.equal(a.qs.length, 0);
  const b = run(
    'Thirty-nine percent of Americans viewed him favorably in January, compared to 50 percent in November.',
  );
  assert.ok(!b.qs.some((q) => txt(b.doc, q.cue) === 'compared'));
  // an active cue still attributes
  const c = run('Ginsburg said she was known for speaking her mind.');
  assert.equal(txt(c.doc, c.qs[0]?.cue), 'said');
  assert.equal(txt(c.doc, c.qs[0]?.speaker), 'Ginsburg');
});

test('a one-word left part of a medial attribution ("Trump, Sexton said, has …")', () => {
  const { doc, qs } = run('Trump, Sexton said, has created a strange zone where anything goes.');
  assert.equal(qs.length, 1);
  assert.deepEqual(parts(doc, qs[0]), ['Trump', 'has created a strange zone where anything goes']);
  assert.equal(txt(doc, qs[0].speaker), 'Sexton');
  // no medial split without the closing comma
  const b = run('Sexton said Trump has created a strange zone.');
  assert.deepEqual(parts(b.doc, b.qs[0]), ['Trump has created a strange zone']);
});

test('an attribution in a relative clause ends before the main clause’s cue ("X, who estimated …, said …")', () => {
  const { doc, qs } = run(
    'Mr. Leenders, who estimated that the plant would close within a year, said he was worried about the workers.',
  );
  assert.deepEqual(
    qs.map((q) => [txt(doc, q.cue), parts(doc, q).join(' ‖ ')]),
    [
      ['estimated', 'that the plant would close within a year'],
      ['said', 'he was worried about the workers'],
    ],
  );
  assert.match(txt(doc, qs[1].speaker) ?? '', /^Mr\. Leenders/);
  // a comma inside the content that no cue follows does not cut it
  const b = run('Mr. Leenders, who lives nearby, said that the plant, once busy, would close.');
  assert.deepEqual(parts(b.doc, b.qs[0]), ['that the plant, once busy, would close']);
});

test('reported content in an appositive relative clause ends where the main clause resumes', () => {
  const { doc, qs } = run(
    'Mr. Trump, who said he would win the state easily, lost the primary by ten points.',
  );
  assert.deepEqual(parts(doc, qs[0]), ['he would win the state easily']);
  // the last comma before a finite verb: an apposition inside the content closes before one too
  const b = run('Ms. Warren, who said the bill, in her view, was cruel, voted against it.');
  assert.deepEqual(parts(b.doc, b.qs[0]), ['the bill, in her view, was cruel']);
});

test('a cue hanging on a coordinated verb takes the first conjunct’s subject', () => {
  const { doc, qs } = run(
    'Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would never diagnose anyone on television.',
  );
  const saying = qs.find((q) => txt(doc, q.cue) === 'saying');
  assert.match(txt(doc, saying?.speaker) ?? '', /^Dean/);
  assert.deepEqual(parts(doc, saying), ['he would never diagnose anyone on television']);
  // no subject anywhere: still no speaker invented
  const b = run('Appeared on MSNBC and began by saying he would never diagnose anyone on television.');
  assert.ok(!b.qs.some((q) => txt(b.doc, q.speaker) === 'MSNBC'));
});
