import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc } from '../model/doc.js';
import { renderDoc } from './render.js';

test('a nameless (pronoun-only) entity is listed by its first mention, and names its quotes', () => {
  const text = 'We will stay, we said.';
  const doc = createDoc(text);
  doc.mentions.push(
    { start: 0, end: 2, type: 'PERSON', kind: 'pronoun', entity: 0 },
    { start: 14, end: 16, type: 'PERSON', kind: 'pronoun', entity: 0 },
  );
  doc.entities.push({ id: 'e0', name: '', type: 'PERSON', mentions: [0, 1] });
  doc.quotes.push({
    kind: 'indirect',
    parts: [{ start: 0, end: 12 }],
    cue: { start: 17, end: 21 },
    speaker: { start: 14, end: 16, entity: 0 },
  });
  const out = renderDoc(doc, false);
  assert.match(out, /PERSON {1}\(We\) ×2/);
  assert.match(out, /\[indirect\] we \(said\): "We will stay"/);
});

test('a named entity is listed by its name', () => {
  const doc = createDoc('Anna Berg spoke.');
  doc.mentions.push({ start: 0, end: 9, type: 'PERSON', kind: 'name', entity: 0 });
  doc.entities.push({ id: 'e0', name: 'Anna Berg', type: 'PERSON', mentions: [0] });
  assert.match(renderDoc(doc, false), /PERSON {1}Anna Berg ×1/);
});
