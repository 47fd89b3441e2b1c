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
  const { doc, qs } = run(
    '"My wish," she said, "is that the council can find a little more money for the library."',
  );
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].speaker), 'she');
  assert.equal(qs[0].parts.length, 2);
});

test('a period inside "(D-Ore.)" does not end the attribution', () => {
  const { doc, qs } = run(
    '“This budget is a gift to the landlords,” Rep. Dana Kowalski (D-Ore.) said Tuesday.',
  );
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].cue), 'said');
  assert.match(txt(doc, qs[0].speaker) ?? '', /Dana Kowalski/);
});

test('a dash and a name after a quotation credit it', () => {
  const text =
    '“The old bridge is our town’s pride.” ― Marta Ellison\n\n“Maybe we can paint it green next spring.” ― Owen Tabor.';
  const { doc, qs } = run(text);
  assert.deepEqual(
    qs.map((q) => txt(doc, q.speaker)),
    ['Marta Ellison', 'Owen Tabor'],
  );
  assert.ok(qs.every((q) => q.kind === 'direct'));
});

test('an attribution inside its content splits it in two parts', () => {
  const { doc, qs } = run('Strikes by nurses, Ms. Okafor said, are acts of conscience.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'indirect');
  assert.deepEqual(parts(doc, qs[0]), ['Strikes by nurses', 'are acts of conscience']);
  assert.equal(txt(doc, qs[0].speaker), 'Ms. Okafor');
});

test('object cues take the object and its complement, not the coordinated verb after it', () => {
  const { doc, qs } = run('Whitlock blasted Reyes as a “fraud” on the radio and left the studio.');
  const q = qs.find((x) => txt(doc, x.cue) === 'blasted');
  assert.equal(q?.kind, 'mixed');
  assert.equal(txt(doc, q?.speaker), 'Whitlock');
  assert.match(txt(doc, q?.parts[0]) ?? '', /^Reyes as a “fraud”/);
  assert.ok(!(txt(doc, q?.parts[0]) ?? '').includes('left the studio'));
});

test('a coordinated cue shares the subject of the first', () => {
  const { doc, qs } = run(
    'Farmers described the drought as grim, and said the harvest itself might be ruined by the heat.',
  );
  const said = qs.find((q) => txt(doc, q.cue) === 'said');
  assert.equal(txt(doc, said?.speaker), 'Farmers');
  assert.equal(txt(doc, said?.parts[0]), 'the harvest itself might be ruined by the heat');
});

test('a relative pronoun subject brings its antecedent', () => {
  const { doc, qs } = run('She met teachers in the capital, who have argued that the levy helps them.');
  const q = qs.find((x) => txt(doc, x.cue) === 'argued');
  assert.match(txt(doc, q?.speaker) ?? '', /who$/);
  assert.ok((txt(doc, q?.speaker) ?? '').length > 3);
});

test('a "Name: …" headline is the named source’s statement; a dateline is not', () => {
  const { doc, qs } = run(
    'Hartley: Mayor’s ‘Reckless Spending’ Sinking City’s Credit\n\nThe councillor spoke on Monday.',
  );
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].speaker), 'Hartley');
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
  const a = run('The hearing went downhill after that, said one union official in the room.');
  assert.equal(a.qs.length, 1);
  assert.equal(txt(a.doc, a.qs[0].parts[0]), 'The hearing went downhill after that');
  assert.match(txt(a.doc, a.qs[0].speaker) ?? '', /^one union official/);
  const b = run('In his favor, most of the judges said his designs were more careful, modest and practical.');
  assert.equal(b.qs.length, 1);
  assert.equal(b.qs[0].parts.length, 1);
  assert.match(txt(b.doc, b.qs[0].parts[0]) ?? '', /^his designs were more careful/);
});

test('a nested attribution is part of the outer content, not a quote of its own', () => {
  const { doc, qs } = run('Moreau said she plans to join the strikers at the depot on Thursday.');
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].cue), 'said');
  assert.equal(txt(doc, qs[0].speaker), 'Moreau');
  assert.match(txt(doc, qs[0].parts[0]) ?? '', /^she plans to join/);
});

test('an attribution joined by a conjunction ends the outer content and stays a quote', () => {
  const text =
    'Lindqvist said the union hoped to fill the square with marchers, though she acknowledged the weather could keep people away.';
  const { doc, qs } = run(text);
  const outer = qs.find((q) => txt(doc, q.cue) === 'said');
  const inner = qs.find((q) => txt(doc, q.cue) === 'acknowledged');
  assert.equal(
    txt(doc, outer?.parts[outer.parts.length - 1]),
    'the union hoped to fill the square with marchers',
  );
  assert.equal(txt(doc, inner?.parts[0]), 'the weather could keep people away');
  assert.equal(txt(doc, inner?.speaker), 'she');
});

test('a quotation that ends its clause but starts inside it takes the words before it (mixed)', () => {
  const text = 'However noble the aim, raising the fuel duty “is the wrong tool,” said Ms. Achebe.';
  const { doc, qs } = run(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'mixed');
  assert.deepEqual(parts(doc, qs[0]), ['However noble the aim, raising the fuel duty “is the wrong tool,”']);
  assert.equal(txt(doc, qs[0].speaker), 'Ms. Achebe');
  // a quotation that opens its sentence stays direct
  const d = run('He paused. “We will win this race,” he said.');
  assert.equal(d.qs[0].kind, 'direct');
  assert.deepEqual(parts(d.doc, d.qs[0]), ['“We will win this race,”']);
});

test('a quotation inside a clause before a final attribution is part of a mixed quote', () => {
  const { doc, qs } = run('A clerk who “pockets a few stamps” is fired on the spot, Delgado said.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'mixed');
  assert.deepEqual(parts(doc, qs[0]), ['A clerk who “pockets a few stamps” is fired on the spot']);
  assert.equal(txt(doc, qs[0].speaker), 'Delgado');
});

test('reported content runs on to the sentence end, past a "because" clause', () => {
  const text =
    'Ms. Farrow said that she had not seen the broadcast because she did not own a television at the cottage.';
  const { doc, qs } = run(text);
  assert.equal(qs.length, 1);
  assert.equal(
    txt(doc, qs[0].parts[0]),
    'that she had not seen the broadcast because she did not own a television at the cottage',
  );
});

test('a naming verb takes its object and complement to the clause end, with a noun phrase speaker', () => {
  const { doc, qs } = run(
    'At the hearing, Alvarez called his support for the stadium deal a blunder, but he noted that the mayor also backed it.',
  );
  const called = qs.find((q) => txt(doc, q.cue) === 'called');
  assert.equal(txt(doc, called?.parts[0]), 'his support for the stadium deal a blunder');
  const campaign = run('The Reyes campaign called the claims baseless and invented by disgruntled donors.');
  assert.equal(campaign.qs.length, 1);
  assert.equal(txt(campaign.doc, campaign.qs[0].speaker), 'The Reyes campaign');
  assert.equal(
    txt(campaign.doc, campaign.qs[0].parts[0]),
    'the claims baseless and invented by disgruntled donors',
  );
});

test('an object cue takes any subject and a one-word object; a participle after a noun is no cue', () => {
  const officials = run('Some state officials praised the plan.');
  assert.equal(officials.qs.length, 1);
  assert.equal(txt(officials.doc, officials.qs[0].speaker), 'Some state officials');
  assert.deepEqual(parts(officials.doc, officials.qs[0]), ['the plan']);
  const tweets = run('Halvorsen attacked Brandt in late-night posts.');
  assert.deepEqual(parts(tweets.doc, tweets.qs[0]), ['Brandt']);
  assert.equal(txt(tweets.doc, tweets.qs[0].speaker), 'Halvorsen');
  // "endorsed by the governor" modifies "a plan": the crowd endorsed nothing
  assert.equal(run('The crowd cheered a plan endorsed by the governor.').qs.length, 0);
  assert.equal(run('It was a sentiment echoed by the crowd in the arena.').qs.length, 0);
});

test('a colon ending a clause with a named subject introduces the quotation paragraph after it', () => {
  const text =
    'He then listed the traits needed in a good harbour master:\n\n' +
    '"Does the applicant have long years at sea and a calm temper under pressure?"';
  const { doc, qs } = run(text);
  // PolNeAR marks both: "listed" with its object, and the colon with the quotation
  assert.equal(qs.length, 2);
  const colon = qs.find((q) => q.kind === 'direct');
  assert.equal(txt(doc, colon?.speaker), 'He');
  assert.equal(txt(doc, colon?.cue), ':');
  assert.deepEqual(
    qs.filter((q) => q.kind === 'indirect').map((q) => txt(doc, q.parts[0])),
    ['the traits needed in a good harbour master'],
  );
  // a subject that names nobody gives no speaker
  const list = run(
    'The rules are listed below:\n\n"Each member may appoint a proxy to vote for them in person."',
  );
  assert.equal(list.qs[0]?.speaker ?? null, null);
});

test('a cue the tagger takes for a plural noun after a name still attributes the quotation', () => {
  const { doc, qs } = run('“Small farmers and fishermen have doubts about the treaty,” Okonkwo notes.');
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].speaker), 'Okonkwo');
  assert.equal(txt(doc, qs[0].cue), 'notes');
  // the same word as a noun in a clause is no cue
  assert.equal(run('The Okonkwo notes, written in 1974, were lost in a flood at the archive.').qs.length, 0);
});

test('a cue coordinated with "and" shares the subject and ends the first content', () => {
  const { doc, qs } = run(
    'Even Norway said it was "firmly against" the drilling and warned the company to halt further surveys.',
  );
  const said = qs.find((q) => txt(doc, q.cue) === 'said');
  assert.equal(said?.kind, 'mixed');
  assert.equal(txt(doc, said?.parts[0]), 'it was "firmly against" the drilling');
});

test('a quotation after its cue that its clause runs past is part of a mixed quote', () => {
  const { doc, qs } = run(
    'Though she did not give a timeline, she said "fare changes" and the sale of unused depots would help pay for them.',
  );
  const said = qs.find((q) => txt(doc, q.cue) === 'said');
  assert.equal(said?.kind, 'mixed');
  assert.match(txt(doc, said?.parts[0]) ?? '', /^"fare changes" and the sale of unused depots/);
  // a quotation that ends the sentence stays direct
  const direct = run('She said: "Fare changes will help pay for the plan."');
  assert.equal(direct.qs[0]?.kind, 'direct');
});

test('a quotation attributed inside reported speech belongs to the outer quote', () => {
  const { doc, qs } = run(
    'Retired Admiral Carla Nunez said Governor Pratt was right when he said on Tuesday that “the fleet has been run into the ground.”',
  );
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'mixed');
  assert.match(txt(doc, qs[0].speaker) ?? '', /Carla Nunez/);
  assert.match(txt(doc, qs[0].parts[0]) ?? '', /^Governor Pratt was right .* ground\.”$/);
});

test('speakers: a name opening the sentence before appositions, an adverbial cue, a modified noun phrase', () => {
  const quintero = run(
    'Rosa Quintero, a former chair of the Nevada Farm Bureau, whose roots are in the ranching community, said the growers were angry about the water rules.',
  );
  assert.equal(txt(quintero.doc, quintero.qs[0]?.speaker), 'Rosa Quintero');
  const marsh = run(
    'Marsh distanced himself from the union by saying he would be happy to serve on the board.',
  );
  const saying = marsh.qs.find((q) => txt(marsh.doc, q.cue) === 'saying');
  assert.equal(txt(marsh.doc, saying?.speaker), 'Marsh');
  const person = run(
    'A person close to the organizers of Friday’s meeting says the talks will focus on the harbour budget.',
  );
  assert.match(txt(person.doc, person.qs[0]?.speaker) ?? '', /meeting$/);
  // a phrase opened by a preposition is no subject
  const early = run('In the states that voted early the numbers say little about the race.');
  assert.ok(early.qs.every((q) => !/^(In|the states)/.test(txt(early.doc, q.speaker) ?? '')));
});

test('a headline "Name: ‘quotation’" gives the quotation to the name', () => {
  const text =
    'Whitlock: ‘We Are Going To Fight For Every Vote In Every County.’\n\nTuesday at a rally, the senator spoke.';
  const { doc, qs } = run(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].kind, 'direct');
  assert.equal(txt(doc, qs[0].speaker), 'Whitlock');
  assert.equal(txt(doc, qs[0].cue), ':');
});

test('a name and any verb after a quotation ending in a comma attribute it', () => {
  const { doc, qs } = run('“Get off my stage,” Kessler barked.');
  assert.equal(qs.length, 1);
  assert.equal(txt(doc, qs[0].speaker), 'Kessler');
  assert.equal(txt(doc, qs[0].cue), 'barked');
  // a quotation closing its sentence is not credited to the next sentence's subject
  const next = run('He ended with “a strong finish.” Kessler arrived later that night with his family.');
  assert.equal(next.qs.length, 0);
});

test('a bare quotation paragraph takes the speaker of the attributed quotation paragraph after it', () => {
  const text =
    'Lindgren is hopeful about the mayor’s chances in May.\n\n' +
    '“Not only can she win in May, she is the one most likely to keep the seat.”\n\n' +
    '“She may be the only one because the others split the vote,” Lindgren said.';
  const { doc, qs } = run(text);
  assert.equal(qs.length, 2);
  assert.deepEqual(
    qs.map((q) => txt(doc, q.speaker)),
    ['Lindgren', 'Lindgren'],
  );
  assert.equal(qs[0].cue, null);
});

test('a relative clause attribution: the relative word is a part, and it ends the outer content', () => {
  const park = run(
    'The library is near the old train station, which, Abernathy said, is usually crowded on market days.',
  );
  assert.equal(park.qs.length, 1);
  assert.deepEqual(parts(park.doc, park.qs[0]), ['which', 'is usually crowded on market days']);
  assert.equal(txt(park.doc, park.qs[0].speaker), 'Abernathy');
  const wall = run('Reyes promised a new bridge over the river, which he said the county should pay for.');
  const said = wall.qs.find((q) => txt(wall.doc, q.cue) === 'said');
  assert.deepEqual(parts(wall.doc, said), ['which', 'the county should pay for']);
  const promised = wall.qs.find((q) => txt(wall.doc, q.cue) === 'promised');
  assert.deepEqual(parts(wall.doc, promised), ['a new bridge over the river']);
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
    'The Ohio senator said voters and the press are to blame for fixating on “who said what, who posted what.”',
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
  const kaur = run(
    'Kaur defended the advert on her channel, saying that the herbal tea was a “miracle sleep cure.”',
  );
  const saying = kaur.qs.find((q) => txt(kaur.doc, q.cue) === 'saying');
  assert.equal(saying?.kind, 'mixed');
  assert.equal(txt(kaur.doc, saying?.speaker), 'Kaur');
  const brennan = run(
    'Brennan, a retired surgeon, walked back his comments, saying he would never judge a patient from a video clip.',
  );
  assert.equal(brennan.qs.length, 1);
  assert.equal(txt(brennan.doc, brennan.qs[0].speaker), 'Brennan, a retired surgeon');
  assert.deepEqual(parts(brennan.doc, brennan.qs[0]), ['he would never judge a patient from a video clip']);
  // a participle that is no cue attributes nothing
  assert.equal(run('The storm hit the coast on Friday, causing floods across the region.').qs.length, 0);
});

test('content after its cue stops before a comma and a participle clause', () => {
  const vote = run(
    'Marlow is once again questioning the accuracy of the census count, urging his followers to call their councillors.',
  );
  assert.deepEqual(parts(vote.doc, vote.qs[0]), ['the accuracy of the census count']);
  assert.equal(txt(vote.doc, vote.qs[0].speaker), 'Marlow');
});

test('a clause cue with a noun-phrase object and no clause takes the object as content', () => {
  const a = run('In a radio interview last month, Helena Park acknowledged their difficult task.');
  const q = a.qs.find((x) => txt(a.doc, x.cue) === 'acknowledged');
  assert.equal(txt(a.doc, q?.speaker), 'Helena Park');
  assert.deepEqual(parts(a.doc, q), ['their difficult task']);
  const b = run('Alvarez has not mentioned the former talk show host since the debate on Monday night.');
  assert.match(parts(b.doc, b.qs[0])[0] ?? '', /^the former talk show host/);
  assert.equal(txt(b.doc, b.qs[0]?.speaker), 'Alvarez');
  // the addressee of "told" and the thing "added" are no content
  const c = run('The mayor added a new park to the plan. She told reporters nothing.');
  assert.equal(c.qs.length, 0);
});

test('an attribution with no source: subject and complement are the parts, the speaker is null', () => {
  const a = run('Roughly one of every six students next year is expected to be a commuter.');
  assert.equal(a.qs.length, 1);
  assert.equal(txt(a.doc, a.qs[0].cue), 'is expected');
  assert.deepEqual(parts(a.doc, a.qs[0]), [
    'Roughly one of every six students next year',
    'to be a commuter',
  ]);
  assert.equal(a.qs[0].speaker, null);
  const b = run('At times, it appeared that the mayor was uneasy with the role it gave her.');
  assert.deepEqual(parts(b.doc, b.qs[0]), ['that the mayor was uneasy with the role it gave her']);
  assert.equal(b.qs[0]?.speaker, null);
  // a cue under "seemed" keeps its subject as speaker; no stance, no passive of a listed verb: nothing
  const c = run('The senator seemed to mock his rival.');
  assert.equal(txt(c.doc, c.qs[0]?.speaker), 'The senator');
  assert.equal(txt(c.doc, c.qs[0]?.cue), 'mock');
  assert.equal(run('He appeared on television on Monday. The expected result came in late.').qs.length, 0);
});

test('a stray quotation mark after the attribution adds no empty part', () => {
  const { doc, qs } = run('“I won’t comment on the lawsuit,” Pemberton said."\n\nThe talks went on.');
  assert.equal(qs.length, 1);
  assert.deepEqual(parts(doc, qs[0]), ['“I won’t comment on the lawsuit,”']);
  assert.equal(txt(doc, qs[0].speaker), 'Pemberton');
});

test('"Asked if …, X said …": the question has no source, the answer is the speaker’s', () => {
  const { doc, qs } = run('Asked if she was ever afraid, the candidate said no.');
  const asked = qs.find((q) => txt(doc, q.cue) === 'Asked');
  assert.deepEqual(parts(doc, asked), ['if she was ever afraid']);
  assert.equal(asked?.speaker, null);
  const said = qs.find((q) => txt(doc, q.cue) === 'said');
  assert.equal(txt(doc, said?.speaker), 'the candidate');
  assert.ok(!parts(doc, said).some((p) => p?.includes('afraid')));
  const b = run('When asked about his own record, Alvarez said he would support the nominee.');
  assert.equal(txt(b.doc, b.qs.find((q) => q.speaker === null)?.cue), 'asked about');
  assert.equal(run('She asked the waiter for the bill.').qs.length, 0);
});

test('the speaker convention keeps only quotes with a speaker; the default keeps sourceless ones', () => {
  const text =
    'Roughly one of every six students next year is expected to be a commuter. Smith said the poll was wrong.';
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
    "The manager told him that the post was ''not in keeping with our values.'' The company said it would move him to Oslo.",
  );
  const net = qs.find((q) => txt(doc, q.speaker) === 'The company');
  assert.equal(txt(doc, net?.cue), 'said');
  assert.deepEqual(parts(doc, net), ['it would move him to Oslo']);
  assert.ok(!qs.some((q) => q !== net && parts(doc, q).some((p) => p?.includes('Oslo'))));
});

test('reported content ends at a semicolon; a semicolon inside a quotation does not cut it', () => {
  const { doc, qs } = run(
    'The Urban Research Center estimates that the levy would raise $2.4 billion; a think tank puts the figure at $870 million.',
  );
  assert.deepEqual(parts(doc, qs[0]), ['that the levy would raise $2.4 billion']);
  const b = run('Smith said the deal was "bad for workers; bad for towns" and would fail.');
  assert.match(parts(b.doc, b.qs[0]).join(' '), /bad for towns" and would fail/);
});

test('no cue: an irregular passive without an agent ("is known for"), "compared to" a figure', () => {
  const a = run('Okafor is known for speaking her mind on most topics.');
  assert.equal(a.qs.length, 0);
  const b = run(
    'Forty-two percent of residents viewed her warmly in March, compared to 55 percent in October.',
  );
  assert.ok(!b.qs.some((q) => txt(b.doc, q.cue) === 'compared'));
  // an active cue still attributes
  const c = run('Okafor said she was known for speaking her mind.');
  assert.equal(txt(c.doc, c.qs[0]?.cue), 'said');
  assert.equal(txt(c.doc, c.qs[0]?.speaker), 'Okafor');
});

test('a one-word left part of a medial attribution ("Johnson, Pruitt said, has …")', () => {
  const { doc, qs } = run('Johnson, Pruitt said, has built a strange world where nothing is certain.');
  assert.equal(qs.length, 1);
  assert.deepEqual(parts(doc, qs[0]), ['Johnson', 'has built a strange world where nothing is certain']);
  assert.equal(txt(doc, qs[0].speaker), 'Pruitt');
  // no medial split without the closing comma
  const b = run('Pruitt said Johnson has built a strange world.');
  assert.deepEqual(parts(b.doc, b.qs[0]), ['Johnson has built a strange world']);
});

test('an attribution in a relative clause ends before the main clause’s cue ("X, who estimated …, said …")', () => {
  const { doc, qs } = run(
    'Ms. Varga, who estimated that the plant would close within a year, said she was worried about the workers.',
  );
  assert.deepEqual(
    qs.map((q) => [txt(doc, q.cue), parts(doc, q).join(' ‖ ')]),
    [
      ['estimated', 'that the plant would close within a year'],
      ['said', 'she was worried about the workers'],
    ],
  );
  assert.match(txt(doc, qs[1].speaker) ?? '', /^Ms\. Varga/);
  // a comma inside the content that no cue follows does not cut it
  const b = run('Ms. Varga, who lives nearby, said that the plant, once busy, would close.');
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
    'Brennan, a retired surgeon, then appeared on KXLR radio on Friday and opened by saying he would not judge a patient from a clip.',
  );
  const saying = qs.find((q) => txt(doc, q.cue) === 'saying');
  assert.match(txt(doc, saying?.speaker) ?? '', /^Brennan/);
  assert.deepEqual(parts(doc, saying), ['he would not judge a patient from a clip']);
  // no subject anywhere: still no speaker invented
  const b = run('Appeared on KXLR radio and opened by saying he would not judge a patient from a clip.');
  assert.ok(!b.qs.some((q) => txt(b.doc, q.speaker) === 'KXLR'));
});
