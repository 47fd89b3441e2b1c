import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createDoc, type Doc, textOf } from '../../model/doc.js';
import { validateDoc } from '../../model/validate.js';
import { sharedDir } from '../../paths.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { segment } from '../segment/index.js';
import { events } from './index.js';

async function run(doc: Doc) {
  const pipe = await buildPipeline([segment, events], { only: ['segment', 'events'] });
  return pipe.run(doc);
}

/** Events as readable rows: [source text/code, target text/code, trigger, PLOVER, CAMEO, flags]. */
async function eventsOf(text: string) {
  const doc = await run(createDoc(text));
  return doc.events.map((e) => ({
    source: e.source ? `${textOf(doc, e.source)}/${e.source.code ?? '?'}` : null,
    target: e.target ? `${textOf(doc, e.target)}/${e.target.code ?? '?'}` : null,
    trigger: textOf(doc, e.trigger),
    type: e.plover.type,
    code: e.cameo.code,
    negated: e.negated,
    modality: e.modality,
    e,
  }));
}

test('criticise: source, target, CAMEO 111 with root, quad and Goldstein', async () => {
  const [e] = await eventsOf('Russia’s Foreign Minister has criticised the UN vote.');
  assert.equal(e.source, 'Russia’s Foreign Minister/RUSGOV');
  assert.equal(e.target, 'UN/IGOUNO');
  assert.equal(e.trigger, 'criticised');
  assert.equal(e.type, 'ACCUSE');
  assert.deepEqual(e.e.cameo, { code: '111', root: '11', quad: 3, goldstein: -2 });
  assert.equal(e.e.plover.mode, 'disapprove');
});

test('"called X a mistake" is a criticism; a plain "called" is no event', async () => {
  const [e] = await eventsOf(
    'The Foreign Minister of Russia said Moscow called the decision by the UN a mistake.',
  );
  assert.equal(e.source, 'Moscow/RUS');
  assert.equal(e.code, '111');
  assert.deepEqual(await eventsOf('Russia called the meeting on Tuesday.'), []);
});

test('withdrawing an invitation: UN → Iran, CAMEO 16x; a planned withdrawal is a threat (13x)', async () => {
  const [e] = await eventsOf('The United Nations decided to withdraw Iran’s invitation to the summit.');
  assert.equal(e.source, 'United Nations/IGOUNO');
  assert.equal(e.target, 'Iran/IRN');
  assert.equal(e.code, '160');
  assert.equal(e.type, 'SANCTION');
  const [p] = await eventsOf('The United Nations plans to withdraw Iran’s invitation to the summit.');
  assert.equal(p.modality, 'planned');
  assert.equal(p.type, 'THREATEN');
  assert.equal(p.code, '1313');
});

test('a stated future act of cooperation is intent (03x), as CAMEO codes it', async () => {
  const [e] = await eventsOf('The United States will supply weapons to Ukraine.');
  assert.deepEqual(
    [e.source, e.target, e.code, e.type, e.modality],
    ['United States/USA', 'Ukraine/UKR', '0332', 'AGREE', 'would'],
  );
  const es = await eventsOf('Iran agreed to release the prisoners.');
  assert.equal(es[0].code, '0353');
  assert.equal(es[1].modality, 'promised');
});

test('a threat by the Syrian opposition (13x); the threatened act is no asserted event of its own', async () => {
  const all = await eventsOf(
    'The Syrian opposition has threatened they will not attend the Geneva conference.',
  );
  // the named act ("not attend") is kept only flagged: threatened and negated, never asserted
  assert.ok(all.slice(1).every((e) => e.modality === 'threatened' && e.negated));
  const es = all.filter((e) => !e.modality);
  assert.equal(es.length, 1);
  assert.equal(es[0].source, 'Syrian opposition/SYROPP');
  assert.equal(es[0].code.slice(0, 2), '13');
  assert.equal(es[0].type, 'THREATEN');
});

test('threatening force is CAMEO 138; the attack itself is kept only as threatened', async () => {
  const es = await eventsOf('Rebels threatened to attack Damascus.');
  const threat = es.find((e) => e.type === 'THREATEN')!;
  assert.equal(threat.code, '138');
  const attack = es.find((e) => e.type === 'ASSAULT');
  assert.equal(attack?.modality, 'threatened');
});

test('the US pushes for something: a demand (10x) with no target', async () => {
  const [e] = await eventsOf('France pushed for a renege on the agreement.');
  assert.equal(e.source, 'France/FRA');
  assert.equal(e.target, null);
  assert.equal(e.trigger, 'pushed for');
  assert.equal(e.code, '100');
  assert.equal(e.type, 'REQUEST');
});

test('military aid (072) and shielding from sanctions (SUPPORT) with a participle clause', async () => {
  const es = await eventsOf(
    'Iran has been a close partner of Syria, having shielded the Syrian government from sanctions.',
  );
  assert.equal(es.length, 1);
  assert.equal(es[0].source, 'Iran/IRN');
  assert.equal(es[0].target, 'Syrian government/SYRGOV');
  assert.equal(es[0].type, 'SUPPORT');
  const [aid] = await eventsOf('Russia supplies Syria with weapons.');
  assert.deepEqual([aid.source, aid.target, aid.code, aid.type], ['Russia/RUS', 'Syria/SYR', '072', 'AID']);
});

test('"is not supplying … weapons" is kept, flagged negated, never coded as a plain positive', async () => {
  const [e] = await eventsOf('The spokesman stressed that Iran is not supplying Yemen with any weapons.');
  assert.equal(e.source, 'Iran/IRN');
  assert.equal(e.target, 'Yemen/YEM');
  assert.equal(e.code, '072');
  assert.equal(e.negated, true);
});

test('Damascus denies the claims (CAMEO 016)', async () => {
  const [e] = await eventsOf('Damascus has denied all the accusations of abuse.');
  assert.equal(e.source, 'Damascus/SYR');
  assert.equal(e.code, '016');
  assert.equal(e.type, 'REJECT');
  assert.equal(e.e.cameo.quad, 1);
});

test('torture and executions of detainees: assault codes with the victims or place as target', async () => {
  const es = await eventsOf(
    'The study found evidence of widespread torture in Syria, with 8,000 detainees having been executed.',
  );
  const torture = es.find((e) => e.trigger === 'torture')!;
  assert.equal(torture.code, '1822');
  assert.equal(torture.target, 'Syria/SYR');
  assert.equal(torture.source, null);
  const executed = es.find((e) => e.trigger === 'executed')!;
  assert.equal(executed.code.slice(0, 2), '18');
  assert.equal(executed.target, 'detainees/---CVL');
});

test('passive with an agent: "was attacked by Ukrainian rioters"', async () => {
  const [e] = await eventsOf('The Russian building was attacked by Ukrainian rioters.');
  assert.equal(e.source, 'Ukrainian rioters/UKROPP');
  assert.equal(e.target, 'Russian/RUS');
  assert.equal(e.code, '190');
});

test('compound actors split: "Brazil and the United States" → two events', async () => {
  const es = await eventsOf('Brazil and the United States condemned Russia.');
  assert.deepEqual(
    es.map((e) => [e.source, e.target]),
    [
      ['Brazil/BRA', 'Russia/RUS'],
      ['United States/USA', 'Russia/RUS'],
    ],
  );
});

test('"X urged Y to Z": a request from X to Y; the urged act is flagged requested', async () => {
  const es = await eventsOf('France urged Iran to release the prisoners.');
  const req = es.find((e) => e.type === 'REQUEST')!;
  assert.deepEqual([req.source, req.target], ['France/FRA', 'Iran/IRN']);
  const rel = es.find((e) => e.type === 'RETREAT');
  assert.equal(rel?.modality, 'requested');
});

test('no events without a trigger or without actors; adjectival participles are no triggers', async () => {
  assert.deepEqual(await eventsOf('The weather in Paris was mild on Tuesday.'), []);
  assert.deepEqual(await eventsOf('He met an old friend yesterday.'), []);
  assert.deepEqual(await eventsOf('The Russian minister says withdrawing the invitation is a mistake.'), []);
  assert.deepEqual(await eventsOf('Russia sold an armed drone company last year.'), []);
  assert.deepEqual(await eventsOf('State media reports that there was a lull in the shelling in Homs.'), []);
});

test('entity codes from earlier stages are used, with the entity index', async () => {
  const doc = createDoc('Lavrov condemned the strike on Tuesday.');
  doc.mentions.push({ start: 0, end: 6, type: 'PERSON', entity: 0, kind: 'name' });
  doc.entities.push({ id: 'e0', name: 'Sergey Lavrov', type: 'PERSON', mentions: [0], code: 'RUSGOV' });
  doc.timexes.push({ start: 30, end: 37, type: 'DATE', value: '2014-01-21' });
  await run(doc);
  const [e] = doc.events;
  assert.deepEqual(e.source, { start: 0, end: 6, entity: 0, code: 'RUSGOV' });
  assert.equal(e.timex, 0);
  validateDoc(doc);
});

const SEED = `${sharedDir()}/seed/article.txt`;
let seedText: string | null = null;
try {
  seedText = readFileSync(SEED, 'utf8');
} catch {}

test('seed article: the events issue 7 asks for', {
  skip: seedText ? false : 'needs ../shared/seed',
}, async () => {
  const es = await eventsOf(seedText!);
  const has = (pred: (e: (typeof es)[number]) => boolean, what: string) => assert.ok(es.some(pred), what);
  has(
    (e) =>
      e.source?.endsWith('RUSGOV') === true &&
      e.target?.endsWith('IGOUNO') === true &&
      e.code.startsWith('11'),
    'RUS → UN 11x',
  );
  has(
    (e) => e.source?.endsWith('IGOUNO') === true && e.target?.endsWith('IRN') === true,
    'UN → IRN withdraw',
  );
  has((e) => e.source?.endsWith('SYROPP') === true && e.code.startsWith('13'), 'SYROPP 13x');
  has((e) => e.source?.endsWith('USA') === true && e.code.startsWith('10'), 'USA 10x');
  has((e) => e.source?.endsWith('RUS') === true && e.code.startsWith('07') && !e.negated, 'RUS 07x');
  has((e) => e.source?.endsWith('RUS') === true && e.type === 'SUPPORT', 'RUS shields SYR');
  has(
    (e) => e.source?.endsWith('RUS') === true && e.target?.endsWith('SYR') === true && e.negated,
    'not supplying',
  );
  has((e) => e.source?.startsWith('Damascus') === true && e.code === '016', 'Damascus denies');
  has((e) => e.code.startsWith('18') || e.code.startsWith('20'), 'torture / executions');
});

test('a time phrase between subject and verb, and "demanded that Y …"', async () => {
  const [e] = await eventsOf('Albania on Friday denounced Serbia.');
  assert.deepEqual([e.source, e.target, e.code], ['Albania/ALB', 'Serbia/SRB', '111']);
  const [d] = await eventsOf('The United States on Monday demanded that North Korea halt its missile tests.');
  assert.deepEqual([d.source, d.target, d.type], ['United States/USA', 'North Korea/PRK', 'REQUEST']);
});
