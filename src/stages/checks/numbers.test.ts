import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, textOf } from '../../model/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { claims } from '../claims/index.js';
import { segment } from '../segment/index.js';
import { time } from '../time/index.js';
import { checks } from './index.js';

async function conflicts(text: string) {
  const pipe = await buildPipeline([segment, time, claims, checks]);
  const doc = pipe.run(createDoc(text, { published: { value: '2020-03-04', from: 'given' } }));
  return doc.findings
    .filter((f) => f.kind === 'number-conflict')
    .map((f) => f.evidence.map((e) => textOf(doc, e)));
}

test('two death tolls for the same attack', async () => {
  const found = await conflicts(
    'A suicide bomber killed 12 people at a market in Kabul on Tuesday. ' +
      'The Taliban said they carried out the attack, which killed 15.',
  );
  assert.deepEqual(found, [['killed 12 people', 'killed 15']]);
});

test('"were killed" and "dead" count the same; injuries are another thing', async () => {
  const found = await conflicts(
    'Twelve people were killed and 30 wounded when the bridge collapsed. ' +
      'Rescuers said the collapse left 9 dead.',
  );
  assert.deepEqual(found, [['Twelve people were killed', '9 dead']]);
});

test('negative: hedges the text gives allow both figures', async () => {
  for (const text of [
    'The uprising has killed more than 130,000 people. The war has killed 130,500 people, the monitor said.',
    'Police said at least 10 people were killed. The blast killed 12 people, a doctor said.',
    'About 40 people died in the fire. Officials said the fire killed 44 people.',
  ])
    assert.deepEqual(await conflicts(text), [], text);
});

test('negative: a rising toll, another place, date or group is not a conflict', async () => {
  for (const text of [
    'The quake killed 12 people. By evening the death toll had risen to 15.',
    'A bomb killed 12 people in Kabul. A car bomb killed 15 people in Kandahar.',
    'The strike killed 12 civilians. The raid killed 3 soldiers.',
    'The storm killed 12 people. In 2011, a similar storm killed 40 people.',
    'The attack killed 12 people, including 3 children.',
    'Gunmen killed 12 people on Monday. Another attack killed 15.',
  ])
    assert.deepEqual(await conflicts(text), [], text);
});

test('negative: other kinds of numbers', async () => {
  assert.deepEqual(
    await conflicts(
      'The firm hired 12 people. It will hire 15 people next year. Police arrested 4 men and 6 were injured.',
    ),
    [],
  );
});
