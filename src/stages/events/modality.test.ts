import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { createDoc, textOf } from '../../model/doc.js';
import { EventSchema, isAsserted, MODALITIES, ModalitySchema } from '../../model/schema.js';
import { validateDoc } from '../../model/validate.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { ALL_STAGES } from '../index.js';

const pipeline = buildPipeline(ALL_STAGES, {
  only: ['segment', 'parse', 'mentions', 'entities', 'time', 'events'],
});

// one real sentence for each modality the stage writes, and the act that carries it
const CASES: [string, string, string][] = [
  ['would', 'Israel will bomb Gaza.', 'bomb'],
  ['planned', 'Germany plans to help Greece.', 'help'],
  ['promised', 'Russia agreed to withdraw its troops from Syria.', 'withdraw'],
  ['threatened', 'Iran threatened to attack the American troops.', 'attack'],
  ['requested', 'France urged Iran to release the prisoners.', 'release'],
  ['refused', 'The Kenyan minister refused to resign.', 'resign'],
  ['denied', 'Syria denied supplying weapons to the rebels.', 'supplying'],
  ['alleged', 'The United States accused Russia of arming the rebels.', 'arming'],
  ['conditional', 'Israel would bomb Gaza if Hamas attacks.', 'attacks'],
  ['considered', 'Japan is considering sending aid to Nepal.', 'sending'],
  ['hoped', 'Germany hopes Japan will help Greece.', 'help'],
  ['aimed', 'Efforts by France to mediate between Israel and Jordan failed.', 'mediate'],
  ['questioned', 'Will Russia attack Ukraine?', 'attack'],
];

test('every modality the stage writes comes from a real sentence and validates against the schema', async () => {
  assert.deepEqual(CASES.map((c) => c[0]).sort(), [...MODALITIES].sort(), 'one case per modality');
  for (const [modality, text, trigger] of CASES) {
    const doc = (await pipeline).run(createDoc(text, { published: { value: '2020-01-01', from: 'given' } }));
    validateDoc(doc); // the union rejects any other string
    const ev = doc.events.find((e) => textOf(doc, e.trigger) === trigger);
    assert.equal(ev?.modality, modality, `${text}: ${JSON.stringify(doc.events)}`);
  }
});

test('an asserted act has no modality; a string outside the union does not validate', async () => {
  const doc = (await pipeline).run(
    createDoc('Russia withdrew its troops from Syria.', {
      published: { value: '2020-01-01', from: 'given' },
    }),
  );
  const [ev] = doc.events;
  assert.ok(ev && ev.modality === undefined && !ev.negated);
  const check = TypeCompiler.Compile(EventSchema);
  assert.ok(check.Check(ev));
  assert.ok(!check.Check({ ...ev, modality: 'maybe' }));
  assert.ok(!check.Check({ ...ev, modality: 'negated' }), 'negation is the negated flag, not a modality');
  assert.ok(TypeCompiler.Compile(ModalitySchema).Check('would'));
});

test('isAsserted: an act the text says happened (or will: "would", "planned") counts; a promise, a threat or a denial does not', async () => {
  const run = async (text: string) =>
    (await pipeline).run(createDoc(text, { published: { value: '2020-01-01', from: 'given' } }));
  const withdrew = await run('Russia withdrew its troops from Syria.');
  assert.ok(withdrew.events.length > 0 && withdrew.events.every(isAsserted));
  for (const [text, trigger, expected] of [
    ['Israel will bomb Gaza.', 'bomb', true],
    ['Germany plans to help Greece.', 'help', true],
    ['Russia agreed to withdraw its troops from Syria.', 'withdraw', false],
    ['Iran threatened to attack the American troops.', 'attack', false],
    ['Syria denied supplying weapons to the rebels.', 'supplying', false],
    ['Russia is not supplying weapons to Syria.', 'supplying', false],
  ] as const) {
    const doc = await run(text);
    const ev = doc.events.find((e) => textOf(doc, e.trigger) === trigger);
    assert.ok(ev, `${text}: an event on "${trigger}"`);
    assert.equal(isAsserted(ev), expected, text);
  }
});
