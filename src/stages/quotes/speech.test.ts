import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../model/doc.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { ALL_STAGES } from '../index.js';
import { findQuotes } from './index.js';

// The speaker convention counts speech by people, as a quote tracker does; the default counts every attribution.
const pipe = await buildPipeline(ALL_STAGES, { only: ['segment', 'parse', 'mentions', 'entities'] });
const txt = (doc: Doc, s: { start: number; end: number } | null | undefined) =>
  s ? doc.text.slice(s.start, s.end) : null;
const cues = (text: string, convention: 'attribution' | 'speaker') => {
  const doc = pipe.run(createDoc(text));
  return findQuotes(doc, { convention }).map((q) => txt(doc, q.cue));
};

test('the speaker convention drops reported beliefs and intentions, keeps speech', () => {
  const text =
    'Smith believes the plan will fail. Jones wants to cut taxes for the middle class. Brown said the plan would fail.';
  assert.deepEqual(cues(text, 'attribution'), ['believes', 'wants', 'said']);
  assert.deepEqual(cues(text, 'speaker'), ['said']);
});

test('the speaker convention drops what a thing says, not what a person named Bill says', () => {
  const text =
    'The report said the agency had lost track of the money. Bill Clinton said the health law was a crazy system.';
  assert.deepEqual(cues(text, 'attribution'), ['said', 'said']);
  assert.deepEqual(cues(text, 'speaker'), ['said']);
});

test('a quotation keeps its cue under the speaker convention', () => {
  const text = '“We will fight this in court,” Smith said. She hopes the judge will agree.';
  assert.deepEqual(cues(text, 'speaker'), ['said']);
  assert.deepEqual(cues(text, 'attribution'), ['said', 'hopes']);
});
