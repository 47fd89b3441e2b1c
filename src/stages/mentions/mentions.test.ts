import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../model/doc.js';
import { segment } from '../segment/index.js';
import { mentions } from './index.js';

function run(text: string): Doc {
  const doc = createDoc(text);
  segment.run(doc);
  mentions.run(doc);
  return doc;
}

const found = (doc: Doc) => doc.mentions.map((m) => `${doc.text.slice(m.start, m.end)}|${m.type}|${m.kind}`);

test('countries, demonyms and organisations come from the lexicons', () => {
  const doc = run(
    'Russia and the US backed the plan, while Syrian officials and the United Nations objected.',
  );
  const got = found(doc);
  assert.ok(got.includes('Russia|GPE|name'));
  assert.ok(got.includes('US|GPE|name'));
  assert.ok(got.includes('Syrian|NORP|demonym'));
  assert.ok(got.includes('United Nations|ORG|name'));
});

test('a title before a name is a TITLE mention and the name a PERSON', () => {
  const doc = run("Russia's Foreign Minister Sergey Lavrov met President Bashar Assad on Monday.");
  const got = found(doc);
  assert.ok(got.includes('Foreign Minister|TITLE|title'), got.join(' '));
  assert.ok(got.includes('Sergey Lavrov|PERSON|name'));
  assert.ok(got.includes('President|TITLE|title'));
  assert.ok(got.includes('Bashar Assad|PERSON|name'));
  assert.ok(!got.some((g) => g.startsWith('Monday')), 'days are not names');
});

test('definite descriptions, possessive countries and pronouns', () => {
  const doc = run(
    'The Foreign Minister said he would go. Russia’s Foreign Minister agreed. The Syrian opposition said they would not attend.',
  );
  const got = found(doc);
  assert.ok(got.includes('The Foreign Minister|PERSON|description'));
  assert.ok(got.includes('Russia’s Foreign Minister|PERSON|description'));
  assert.ok(got.includes('The Syrian opposition|ORG|description'));
  assert.ok(got.includes('he|PERSON|pronoun'));
  assert.ok(got.includes('they|ORG|pronoun'));
});

test('names with hyphens, particles and honorifics keep exact offsets', () => {
  const doc = run('Mr Lavrov spoke to Ban Ki-moon and Bashar al-Assad in Geneva.');
  const got = found(doc);
  assert.ok(got.includes('Mr Lavrov|PERSON|name'));
  assert.ok(got.includes('Ban Ki-moon|PERSON|name'), got.join(' '));
  assert.ok(got.includes('Bashar al-Assad|PERSON|name'));
  assert.ok(got.includes('Geneva|GPE|name'));
});

test('organisation cues and sentence-initial words', () => {
  const doc = run('The company said the Bank of England would act. This was new. Reuters reported it.');
  const got = found(doc);
  assert.ok(got.includes('Bank of England|ORG|name'), got.join(' '));
  assert.ok(got.includes('Reuters|ORG|name'));
  assert.ok(!got.some((g) => /^(The|This)\|/.test(g)));
});

test('a town before a score in a results line is a team; a town in running text is a place', () => {
  const results = found(run('Leeds 2 Bristol 1'));
  assert.ok(results.includes('Leeds|ORG|name'), results.join(' '));
  const prose = found(run('The talks will begin in Leeds on Wednesday.'));
  assert.ok(prose.includes('Leeds|GPE|name'), prose.join(' '));
});

test('datelines: places before a date or a dash, and the text after them starts a sentence', () => {
  const wire = found(run('MARSEILLE 2024-05-02\nPort workers at Marseille stopped work on Thursday.'));
  assert.ok(wire.includes('MARSEILLE|GPE|name'), wire.join(' '));
  const dash = found(run('GDANSK, Poland — Dock workers at the port of Gdansk went back to work on Monday.'));
  assert.ok(dash.includes('GDANSK|GPE|name'), dash.join(' '));
  assert.ok(dash.includes('Poland|GPE|name'));
  assert.ok(!dash.some((g) => g.startsWith('Dock|')), dash.join(' '));
  const dated = found(run('OSLO, Jan 5 (Dateline Wire) - Norway said it would talk.'));
  assert.ok(dated.includes('OSLO|GPE|name'), dated.join(' '));
  assert.ok(!dated.some((g) => g.startsWith('Dateline Wire')), dated.join(' '));
  // A section label before a dash is no dateline.
  const label = found(run('MARKETS - Shares fell in Tokyo on Monday.'));
  assert.ok(!label.some((g) => g.startsWith('MARKETS')), label.join(' '));
});

test('an all-caps headline is read against the body; its section label is no name', () => {
  const doc = run(
    'TENNIS - KOVAC UPSETS SEEDED RIVAL IN MADRID.\nMADRID 2024-05-02\nMarek Kovac beat the second seed on Thursday.',
  );
  const got = found(doc);
  assert.ok(got.includes('KOVAC|PERSON|name'), got.join(' '));
  assert.ok(got.includes('MADRID|GPE|name'));
  assert.ok(!got.some((g) => /^(TENNIS|SEEDED|RIVAL|UPSETS)/.test(g)), got.join(' '));
});

test('teams in results tables and towns as teams in a sports report; countries stay places', () => {
  const table = found(run('Results on Sunday:\nSuwon 2 Anyang 1\nJapan 3 Oman 0'));
  assert.ok(table.includes('Suwon|ORG|name'), table.join(' '));
  assert.ok(table.includes('Anyang|ORG|name'), table.join(' '));
  assert.ok(table.includes('Japan|GPE|name'), table.join(' '));
  const sports = found(run('SOCCER - LEAGUE RESULTS.\nOn Saturday Lyon beat Nantes and moved top.'));
  assert.ok(sports.includes('Nantes|ORG|name'), sports.join(' '));
  const fixtures = found(run('Games on Friday (home team second):\nDENVER AT PHOENIX'));
  assert.ok(fixtures.includes('DENVER|ORG|name'), fixtures.join(' '));
  // "AT PHOENIX" names the venue: a place.
  assert.ok(fixtures.includes('PHOENIX|GPE|name'), fixtures.join(' '));
  const news = found(run('Floods hit Nantes and the river rose on Saturday.'));
  assert.ok(news.includes('Nantes|GPE|name'), news.join(' '));
});

test('titles inside a capitalised run, organisations after a country, given names, -based adjectives', () => {
  const got = found(
    run(
      'Water Minister Abebe Tadesse met Coach Ana Silva. The Iraqi News Agency and the London-based group said Chad Curtis and Bob Dole agreed. Police said Iraqi officials left.',
    ),
  );
  assert.ok(got.includes('Water Minister|TITLE|title'), got.join(' '));
  assert.ok(got.includes('Abebe Tadesse|PERSON|name'));
  assert.ok(got.includes('Coach|TITLE|title'));
  assert.ok(got.includes('Ana Silva|PERSON|name'));
  assert.ok(got.includes('Iraqi News Agency|ORG|name'));
  assert.ok(got.includes('London-based|NORP|demonym'));
  assert.ok(got.includes('Chad Curtis|PERSON|name'));
  assert.ok(got.includes('Bob Dole|PERSON|name'));
  assert.ok(got.includes('Iraqi|NORP|demonym'));
  assert.ok(!got.some((g) => g.startsWith('Police|')), 'a bare head word names nothing');
});

test('one type per string in a document: a surname alone follows the full name', () => {
  const got = found(run('On Friday Henke led the field. Nolan Henke shot a 62 at the course in Wisconsin.'));
  assert.ok(got.includes('Nolan Henke|PERSON|name'), got.join(' '));
  assert.ok(got.includes('Henke|PERSON|name'), got.join(' '));
});

test('regions, rivers and former or short country names are places; a region starting a team name is not', () => {
  const got = found(
    run(
      'Floods along the Blue Nile reached the Midwest. Turkey and the former Yugoslavia signed. The Texas Rangers won.',
    ),
  );
  assert.ok(got.includes('Blue Nile|LOC|name'), got.join(' '));
  assert.ok(got.includes('Midwest|LOC|name'), got.join(' '));
  assert.ok(got.includes('Turkey|GPE|name'), got.join(' '));
  assert.ok(got.includes('Yugoslavia|GPE|name'), got.join(' '));
  assert.ok(!got.includes('Texas|GPE|name'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('Blue Nile|ORG')), got.join(' '));
});

test('firms with suffixes or an ampersand, "the" before a team, joined group words, years before events', () => {
  const got = found(
    run(
      'Shares of Douglas & Lomason rose and Pirelli SpA fell as the New York Yankees won. ' +
        'Iraqi Kurds criticised Arab-Israeli talks before the 1998 World Cup, said France-registered Cofinec. ' +
        'Mary Smith watched.',
    ),
  );
  assert.ok(got.includes('Douglas & Lomason|ORG|name'), got.join(' '));
  assert.ok(got.includes('Pirelli SpA|ORG|name'), got.join(' '));
  assert.ok(got.includes('New York Yankees|ORG|name'), got.join(' '));
  assert.ok(got.includes('Iraqi Kurds|NORP|demonym'), got.join(' '));
  assert.ok(got.includes('Arab-Israeli|NORP|demonym'), got.join(' '));
  assert.ok(got.includes('1998 World Cup|EVENT|name'), got.join(' '));
  assert.ok(got.includes('France-registered|NORP|demonym'), got.join(' '));
  assert.ok(got.includes('Mary Smith|PERSON|name'), got.join(' '));
  const head = found(run('TENNIS - RESULTS FROM THE U.S. OPEN.\nSampras won the U.S. Open on Sunday.'));
  assert.ok(head.includes('U.S. OPEN|EVENT|name'), head.join(' '));
});

test('hyphenated syllables stay in a name; a headline event does not swallow "IN"', () => {
  const got = found(run('Li Song-ho met captain Inzamam-ul-Haq in Chester-le-Street on Friday.'));
  assert.ok(got.includes('Li Song-ho|PERSON|name'), got.join(' '));
  assert.ok(got.includes('Inzamam-ul-Haq|PERSON|name'), got.join(' '));
  const head = found(run('RUGBY - SCOTLAND EDGE ITALY IN SIX NATIONS OPENER.\nScotland edged Italy.'));
  assert.ok(!head.some((g) => g.includes(' IN ')), head.join(' '));
});

test('an organisation noun before a name, shares after it, and fixtures make teams and firms', () => {
  const got = found(
    run(
      'UEFA fined Belgian club Standard Liege on Friday. Comelf shares rose. ' +
        'Called off: East Fife v Clydebank.\nBury 2 Bristol City 3\nJohn Major spoke.',
    ),
  );
  assert.ok(got.includes('Standard Liege|ORG|name'), got.join(' '));
  assert.ok(got.includes('Comelf|ORG|name'), got.join(' '));
  assert.ok(got.includes('East Fife|ORG|name'), got.join(' '));
  assert.ok(got.includes('Clydebank|ORG|name'), got.join(' '));
  assert.ok(got.includes('Bury|ORG|name'), got.join(' '));
  assert.ok(got.includes('John Major|PERSON|name'), got.join(' '));
});

test('a capitalised common word before a name is not part of it; one in an uncued run makes it no person', () => {
  const got = found(
    run('The plan was backed by Democrat Michael Dukakis. Analysts at Jones Medical expect growth.'),
  );
  assert.ok(got.includes('Michael Dukakis|PERSON|name'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('Democrat Walter')), got.join(' '));
  assert.ok(got.includes('Jones Medical|ORG|name'), got.join(' '));
});

test('outside sports, one uncued word that is no word of a person name is dropped; surnames and given names stay', () => {
  const got = found(
    run('He fired a Zorvek at the car on Friday, said Gloria. Nolan Henke agreed and Henke left.'),
  );
  assert.ok(!got.some((g) => g.startsWith('Zorvek|')), got.join(' '));
  assert.ok(got.includes('Gloria|PERSON|name'), got.join(' '));
  assert.ok(got.includes('Henke|PERSON|name'), got.join(' '));
  const sports = found(run('SOCCER - RESULTS.\nOn Friday Zorvek scored twice.'));
  assert.ok(
    sports.some((g) => g.startsWith('Zorvek|')),
    sports.join(' '),
  );
});

test('in a sports report a town that wins or is beaten is a team; a country and a venue stay places', () => {
  const got = found(
    run(
      'BASEBALL - RESULTS.\nSt Louis defeated Colorado on Friday in Denver. Los Angeles won a fourth straight game. ' +
        'Ukraine edged Northern Ireland 2-1.',
    ),
  );
  assert.ok(got.includes('Colorado|ORG|name'), got.join(' '));
  assert.ok(got.includes('Los Angeles|ORG|name'), got.join(' '));
  assert.ok(got.includes('Denver|GPE|name'), got.join(' '));
  assert.ok(got.includes('Northern Ireland|GPE|name'), got.join(' '));
  assert.ok(got.includes('Ukraine|GPE|name'), got.join(' '));
});

test('competitions in sports headlines and tables, and adjectives made from a prefixed name', () => {
  const got = found(
    run(
      "BASEBALL - MAJOR LEAGUE TABLES AFTER SUNDAY'S PLAY.\nEASTERN DIVISION\nFIRST DIVISION\n" +
        'The American League leaders won. Ex-England bowler Martin McCague met pro-democracy groups.',
    ),
  );
  assert.ok(got.includes('MAJOR LEAGUE|EVENT|name'), got.join(' '));
  assert.ok(got.includes('EASTERN DIVISION|EVENT|name'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('FIRST DIVISION')), got.join(' '));
  assert.ok(got.includes('American League|EVENT|name'), got.join(' '));
  assert.ok(got.includes('Ex-England|NORP|demonym'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('pro-democracy')), got.join(' '));
});

test('table labels and scorecard words are not names; a common word inside a longer name still is', () => {
  const fin = found(
    run('Current 612 million 704 million\nNet 233 million 301 million\nProjected yield band N / A'),
  );
  assert.deepEqual(fin, []);
  const card = found(
    run('CRICKET - SCOREBOARD.\nMan of the Match: Dilan Perera.\nReal Madrid won and Real lead.'),
  );
  assert.ok(!card.some((g) => g.startsWith('Match|')), card.join(' '));
  assert.ok(card.includes('Real|ORG|name'), card.join(' '));
});

test('holidays, "of" inside an event name and a two-digit year after it', () => {
  const got = found(
    run('Markets shut for Labour Day. He won the World Series of Golf and missed Euro 96 in June.'),
  );
  assert.ok(got.includes('Labour Day|EVENT|name'), got.join(' '));
  assert.ok(got.includes('World Series of Golf|EVENT|name'), got.join(' '));
  assert.ok(got.includes('Euro 96|EVENT|name'), got.join(' '));
});

test('in a sports report a venue stays a place', () => {
  const got = found(
    run('CRICKET - COUNTY MATCH SCORES.\nHove: Kent 288, Surrey 140-6.\nThey met at Chesterfield.'),
  );
  assert.ok(got.includes('Hove|GPE|name'), got.join(' '));
  assert.ok(got.includes('Chesterfield|GPE|name'), got.join(' '));
});

test('in a sports report a lone word that speaks like a person stays a person', () => {
  const got = found(run('TENNIS - RESULTS.\nOn Friday Lentini lost in four sets, said Lentini.'));
  assert.ok(got.includes('Lentini|PERSON|name'), got.join(' '));
  assert.ok(!got.includes('Lentini|ORG|name'), got.join(' '));
});

test('a name that acts like an organisation anywhere in the report is one everywhere', () => {
  const doc = run(
    'Romanian state engineer Comelf said it almost doubled output. Sales at Comelf rose. ' +
      'Analysts expect Tavora to gain. Le Matin newspaper said the bomb was hidden in a car.',
  );
  const got = found(doc);
  assert.equal(got.filter((g) => g === 'Comelf|ORG|name').length, 2, got.join(' '));
  assert.ok(got.includes('Le Matin|ORG|name'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('Tavora|ORG')), 'no organisation cue, no organisation');
  const sports = found(
    run(
      'SOCCER - ROTOR FINED.\nMOSCOW 1996-08-30\nDespite the defeat, Rotor Volgograd are well placed. ' +
        'Their chairman Ivan Petrov agreed.',
    ),
  );
  assert.ok(sports.includes('Rotor Volgograd|ORG|name'), sports.join(' '));
  assert.ok(sports.includes('Ivan Petrov|PERSON|name'), sports.join(' '));
});

test('quoted titles of works, party members, and abbreviations that name nothing', () => {
  const got = found(
    run(
      'He starred in "On the Waterfront" and wrote "Anne of a Thousand Days." She said "we will win" and ' +
        'was dubbed "Iron Lady". Republicans and Democratic President Clinton met by 1350 GMT, as the ' +
        'Republican Party said.',
    ),
  );
  assert.ok(got.includes('On the Waterfront|WORK_OF_ART|name'), got.join(' '));
  assert.ok(got.includes('Anne of a Thousand Days|WORK_OF_ART|name'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('we will win')), 'speech is no title');
  assert.ok(!got.some((g) => g.includes('WORK_OF_ART') && g.startsWith('Iron')), 'a nickname is no title');
  assert.ok(got.includes('Republicans|NORP|demonym'), got.join(' '));
  assert.ok(got.includes('Democratic|NORP|demonym'), got.join(' '));
  assert.ok(got.includes('Republican Party|ORG|name'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('GMT')), 'a time zone is no name');
});

test('products, laws and languages', () => {
  const got = found(
    run(
      'The Dow Jones industrial average fell, and the Nikkei rose, while Dow Chemical gained. Rebels with ' +
        'Kalashnikov rifles shot at two F-15 fighters. Parliament passed the Trades Disputes Act. ' +
        'The leaflets were printed in Hebrew.',
    ),
  );
  assert.ok(got.includes('Dow Jones|PRODUCT|name'), got.join(' '));
  assert.ok(got.includes('Nikkei|PRODUCT|name'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('Dow|PRODUCT')), '"Dow Chemical" is a firm');
  assert.ok(got.includes('Kalashnikov|PRODUCT|name'), got.join(' '));
  assert.ok(got.includes('F-15|PRODUCT|name'), got.join(' '));
  assert.ok(got.includes('Trades Disputes Act|LAW|name'), got.join(' '));
  assert.ok(got.includes('Hebrew|LANGUAGE|name'), got.join(' '));
});

test('a team named by its town and a nickname is an organisation; a person named like a town is not', () => {
  const got = found(
    run(
      'NBA - BULLS WIN.\nCHICAGO 1996-12-06\nThe Chicago Bulls beat the Boston Celtics 98-87, and Mary Onyali ' +
        'watched with Van Moer.',
    ),
  );
  assert.ok(got.includes('Chicago Bulls|ORG|name'), got.join(' '));
  assert.ok(got.includes('Boston Celtics|ORG|name'), got.join(' '));
  assert.ok(got.includes('Mary Onyali|PERSON|name'), got.join(' '));
  const news = found(run('Fans of the Bradford Bulls cheered while Denver Pyle and Austin Roberts sang.'));
  assert.ok(news.includes('Bradford Bulls|ORG|name'), news.join(' '));
  assert.ok(news.includes('Denver Pyle|PERSON|name'), news.join(' '));
  assert.ok(news.includes('Austin Roberts|PERSON|name'), news.join(' '));
});

test('a word of a person named earlier is that person again, even where the POS tagger reads a verb', () => {
  const doc = run(
    "Bob Dole campaigned in Ohio on Friday. Voters weighed Dole's tax plan, and Dole said he would win.",
  );
  const doles = doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === 'Dole');
  assert.equal(doles.length, 2, found(doc).join(' '));
  assert.ok(doles.every((m) => m.type === 'PERSON'));
  assert.deepEqual(
    doles.map((m) => m.start),
    [doc.text.indexOf("Dole's"), doc.text.lastIndexOf('Dole')],
  );
});

test('a country that is the surname of a person in the report is that person where it speaks', () => {
  const got = found(
    run(
      'Film director Neil Jordan opened the festival in Dublin. "It was hard to make," Jordan said of the film. Jordan, whose film won a prize, smiled.',
    ),
  );
  assert.deepEqual(
    got.filter((g) => g.startsWith('Jordan')),
    ['Jordan|PERSON|name', 'Jordan|PERSON|name'],
  );
  // No person of that name: the country speaks for its government.
  const country = found(run('Jordan said it would close its border with Syria. Officials in Jordan agreed.'));
  assert.deepEqual(
    country.filter((g) => g.startsWith('Jordan')),
    ['Jordan|GPE|name', 'Jordan|GPE|name'],
  );
});

test('an uncued word that speaks is a person, a town after "the town of" is not', () => {
  const got = found(
    run(
      'The deal was signed on Monday. "We are very pleased," Tarango said. Police in the town of Uyo said two men were held.',
    ),
  );
  assert.ok(got.includes('Tarango|PERSON|name'), got.join(' '));
  assert.ok(got.includes('Uyo|GPE|name'), got.join(' '));
  // A weak place reading of the same word elsewhere gives way to the person who is spoken of.
  const doc = run(
    'Chile has asked Spain to hand over Oyarzabal, who is expected back in Madrid next month. A judge will question Oyarzabal on Friday.',
  );
  const names = doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === 'Oyarzabal');
  assert.deepEqual(
    names.map((m) => m.type),
    ['PERSON', 'PERSON'],
  );
  assert.ok(found(doc).includes('Madrid|GPE|name'));
});

test('competitors with their country are clubs when most look like clubs, people otherwise', () => {
  const clubs = found(
    run(
      'BASKETBALL - CUP RESULTS.\nSeventh place:\nVirtus (Italy) 88 Lokomotiv (Russia) 79 (halftime 44-31)\nFifth place:\nZalgiris (Lithuania) 71 Red Lions (Serbia) 66 (35-33)',
    ),
  );
  for (const club of ['Virtus', 'Lokomotiv', 'Zalgiris', 'Red Lions'])
    assert.ok(clubs.includes(`${club}|ORG|name`), clubs.join(' '));
  const people = found(
    run(
      'ATHLETICS - RESULTS.\n1. Lars Hovland (Norway) 20.37\n2. Peter Amukoto (Namibia) 20.46\n3. Marcus Baptiste (Trinidad) 20.58',
    ),
  );
  for (const p of ['Lars Hovland', 'Peter Amukoto', 'Marcus Baptiste'])
    assert.ok(people.includes(`${p}|PERSON|name`), people.join(' '));
});

test('an unknown word is a company after "analyst … at" or when it posts results, not a common word', () => {
  const employer = found(
    run('The cut was no surprise, said analyst Marta Ricci at Indosuez. She stressed it.'),
  );
  assert.ok(employer.includes('Indosuez|ORG|name'), employer.join(' '));
  const results = found(run('Comelf posted a net loss of 3 million crowns in the first half.'));
  assert.ok(results.includes('Comelf|ORG|name'), results.join(' '));
  const common = found(run('Newspapers reported a net loss at the firm.'));
  assert.ok(!common.some((g) => g.startsWith('Newspapers')), common.join(' '));
});

test('"First" begins a firm\'s name that ends in a company word, and nothing else', () => {
  const got = found(
    run(
      'Economist Dana Whitcombe of First Union bank agreed, as did a trader at First Albany Corp. in Boston.',
    ),
  );
  assert.ok(got.includes('First Union|ORG|name'), got.join(' '));
  assert.ok(got.includes('First Albany Corp.|ORG|name'), got.join(' '));
  const not = found(run('He was the First Secretary of the party before Bury won the First Division title.'));
  assert.ok(!not.some((g) => g.startsWith('First')), not.join(' '));
});

test('a name after "X-based" is a firm', () => {
  const got = found(run('Banks in the region include Ohio-based KeyCorp and St. Louis-based Mercantile.'));
  assert.ok(got.includes('KeyCorp|ORG|name'), got.join(' '));
  assert.ok(got.includes('Mercantile|ORG|name'), got.join(' '));
  assert.ok(got.includes('Ohio-based|NORP|demonym'), got.join(' '));
});

test('two uncommon words whose second stands alone later are a person, whatever the tagger says', () => {
  const got = found(run('Spielberg met Oskar Schindler in 1980. Schindler was a businessman.'));
  assert.ok(got.includes('Oskar Schindler|PERSON|name'), got.join(' '));
  const firm = found(run('The deal with Johnson Controls was signed.'));
  assert.ok(!firm.includes('Johnson Controls|PERSON|name'), firm.join(' '));
});

test('scorers before the minute and fielders or bowlers in a scorecard are people', () => {
  const got = found(
    run('SOCCER - DUTCH RESULTS.\nZwolle 1 (Brakel 85th) Bremen 0 (Okonjo 5th, Dekkers 59th).\n'),
  );
  for (const name of ['Brakel', 'Okonjo', 'Dekkers'])
    assert.ok(got.includes(`${name}|PERSON|name`), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('Bremen|PERSON')), got.join(' '));
  const card = found(
    run(
      'CRICKET - ENGLAND V PAKISTAN.\nImran Qadir c Tollard b Pennock 46\nSaleem Raza b Tariq Mahmood 24\n',
    ),
  );
  for (const name of ['Tollard', 'Pennock', 'Tariq Mahmood'])
    assert.ok(card.includes(`${name}|PERSON|name`), card.join(' '));
  // A country in the minute's place is a team's goal tally, not a scorer.
  const teams = found(run('Final standings: (Germany 5th, Italy 6th).'));
  assert.ok(teams.includes('Germany|GPE|name'), teams.join(' '));
});

test('a table row names a person the report names in full; players with a given name in a draw stay people', () => {
  const got = found(
    run(
      'MOTORCYCLING - SUPERBIKE RESULTS.\n1. Dean Hollis (Australia) Ducati 38:34.436\n2. Mark Brenner (U.S.) Ducati 38:36.306\nSecond race\n1. Brenner 38:19.313\n2. Hollis 38:42.015\n',
    ),
  );
  assert.equal(
    got.filter((g) => g === 'Brenner|PERSON|name' || g === 'Hollis|PERSON|name').length,
    2,
    got.join(' '),
  );
  const teams = found(run('SOCCER - RESULTS.\nBury 4 Reading 2\nHull 1 Barnet 0\n'));
  assert.ok(teams.includes('Bury|ORG|name') && teams.includes('Barnet|ORG|name'), teams.join(' '));
  const draw = found(run("TENNIS - MEN'S DRAW.\nJohan Lindqvist (Sweden) vs. Pavel Orlov (Russia)\n"));
  assert.ok(draw.includes('Pavel Orlov|PERSON|name'), draw.join(' '));
  const cup = found(run('SOCCER - CUP DRAW.\nLegia Warsaw (Poland) vs. Ferencvaros (Hungary)\n'));
  assert.ok(cup.includes('Ferencvaros|ORG|name'), cup.join(' '));
});

test('a function word ends a team name at the start of an all-caps line before a number', () => {
  const got = found(
    run(
      'SOCCER - MCALLISTER BACK IN SCOTTISH SQUAD AFTER 14 MONTHS.\nRoss McAllister was recalled on Monday.\n',
    ),
  );
  assert.ok(!got.some((g) => g.includes('SQUAD')), got.join(' '));
  assert.ok(got.includes('SCOTTISH|NORP|demonym'), got.join(' '));
  const table = found(run('SOCCER - RESULTS.\nEAST FIFE 2 CLYDEBANK 1\n'));
  assert.ok(table.includes('EAST FIFE|ORG|name'), table.join(' '));
});

test('in a sports report an acronym or common word before a town names a club, a given name a person', () => {
  const got = found(
    run('SOCCER - DUTCH LEAGUE.\nPSV Eindhoven beat AZ Alkmaar on Sunday while Tim Preston watched.\n'),
  );
  assert.ok(got.includes('PSV Eindhoven|ORG|name'), got.join(' '));
  assert.ok(got.includes('AZ Alkmaar|ORG|name'), got.join(' '));
  assert.ok(!got.includes('Tim Preston|ORG|name'), got.join(' '));
});

test('a firm that "also said it" or whose full name has a company word does not speak as a person', () => {
  const got = found(
    run('Norvella also said it planned to build a new plant. Analysts welcomed the plan from Norvella.'),
  );
  assert.ok(got.filter((g) => g === 'Norvella|ORG|name').length === 2, got.join(' '));
  const firm = found(
    run(
      'Garden supplies maker Virtala Oy said on Thursday it expected a profit.\n"The trend will be falling," Virtala said in its report.',
    ),
  );
  assert.ok(!firm.includes('Virtala|PERSON|name'), firm.join(' '));
  const person = found(run('"It was a good price," said Tarango. Tarango left on Monday.'));
  assert.ok(person.includes('Tarango|PERSON|name'), person.join(' '));
});

test('a nationality right before a party name is part of it, and stays a nested mention', () => {
  const doc = run('The Scottish Labour Party backed the plan, but the German government did not.');
  const got = found(doc);
  assert.ok(got.includes('Scottish Labour Party|ORG|name'), got.join(' '));
  assert.ok(got.includes('Scottish|NORP|demonym'), got.join(' '));
  assert.ok(
    got.includes('German|NORP|demonym') && !got.some((g) => g.startsWith('German government')),
    got.join(' '),
  );
});

test('an American dateline with the state abbreviated gives two places', () => {
  const got = found(
    run('Keystone Mutual posts higher profit.\nRICHMOND, Va.\nThe insurer said on Monday its profit rose.'),
  );
  assert.ok(got.includes('RICHMOND|GPE|name'), got.join(' '));
  assert.ok(got.includes('Va.|GPE|name'), got.join(' '));
  const not = found(run('SOCCER - RESULTS.\nLEEDS, Chelsea\n'));
  assert.ok(!got.includes('Chelsea|GPE|name') && !not.includes('LEEDS|GPE|name'), not.join(' '));
});

test('in a press digest an all-caps line over its headlines is a newspaper', () => {
  const got = found(
    run(
      'PRESS DIGEST - Angola - Aug 28.\nHeadlines from major newspapers.\nDIARIO DO LOBITO\n- Government meets rebels\nFRONT PAGE\n- Prices rise\nIRAQ\n- Talks resume\n',
    ),
  );
  assert.ok(got.includes('DIARIO DO LOBITO|ORG|name'), got.join(' '));
  assert.ok(!got.some((g) => g.startsWith('FRONT')), got.join(' '));
  assert.ok(got.includes('IRAQ|GPE|name'), got.join(' '));
  const plain = found(run('ANGOLA TALKS.\nDIARIO DO LOBITO\n- Government meets rebels\n'));
  assert.ok(!plain.includes('DIARIO DO LOBITO|ORG|name'), plain.join(' '));
});

test("a competitor's team or make right after their country in a results line is an organisation", () => {
  const got = found(
    run(
      'MOTOR RACING - RESULTS.\n10. Tom Aldred (Britain) Sauber 1:55.645\n1. Marco Venturi (Italy), Reynard Honda, 53.980\n4. Luc Dumont (Belgium) Husqvarna\n',
    ),
  );
  for (const team of ['Sauber', 'Reynard Honda', 'Husqvarna'])
    assert.ok(got.includes(`${team}|ORG|name`), got.join(' '));
  const tied = found(run('GOLF - SCORES.\n70 Klaus Berger (Germany), Jim Carver, Bob Tillman\n'));
  assert.ok(!tied.includes('Jim Carver|ORG|name'), tied.join(' '));
});
