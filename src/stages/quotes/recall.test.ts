import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc, type Doc } from '../../model/doc.js';
import type { Quote } from '../../model/schema.js';
import { buildPipeline } from '../../pipeline/pipeline.js';
import { ALL_STAGES } from '../index.js';

// Reported-speech constructions added in session 9, on the pipeline before the stage.
const pipe = await buildPipeline(ALL_STAGES, {
  only: ['segment', 'parse', 'mentions', 'entities', 'quotes'],
});
const run = (text: string) => pipe.run(createDoc(text));
const txt = (doc: Doc, s: { start: number; end: number } | null | undefined) =>
  s ? doc.text.slice(s.start, s.end) : null;
const parts = (doc: Doc, q: Quote | undefined) => (q ? q.parts.map((p) => txt(doc, p)) : []);

test('according to a source the noun-phrase rules miss: the words up to the comma or the sentence end', () => {
  const a = run(
    'According to a newly published survey from Ohio, in a five-way race, the mayor is well ahead.',
  );
  assert.equal(a.quotes.length, 1);
  assert.equal(txt(a, a.quotes[0].speaker), 'a newly published survey from Ohio');
  assert.deepEqual(parts(a, a.quotes[0]), ['in a five-way race, the mayor is well ahead']);
  const b = run('In 2019, Dayton had 212 burglaries, according to the most recent police data available.');
  assert.equal(txt(b, b.quotes[0]?.speaker), 'the most recent police data available');
  assert.deepEqual(parts(b, b.quotes[0]), ['In 2019, Dayton had 212 burglaries']);
  // a source that runs on past a dozen words is no phrase of its own
  const c = run(
    'According to people familiar with the talks who asked not to be named because the matter is private the deal is done.',
  );
  assert.ok(!c.quotes.some((q) => txt(c, q.cue) === 'According to' && q.speaker));
});

test('a quoted transcript: a turn after an unattributed paragraph is still its speaker’s turn', () => {
  const doc = run(
    'An excerpt of the interview:\n\n"HARPER: Will the minister attend the summit?\n\n"(CROSSTALK.)\n\n' +
      '"HARPER: If I may, sir, will she attend?\n\n"OKAFOR: She will not be attending. The president wrote the letter to calm them.\n\n' +
      '"HARPER: Do you think the two cases are alike?',
  );
  assert.deepEqual(
    doc.quotes.map((q) => txt(doc, q.speaker)),
    ['HARPER', 'HARPER', 'OKAFOR', 'HARPER'],
  );
  const answer = doc.quotes[2];
  assert.deepEqual(parts(doc, answer), [
    'She will not be attending. The president wrote the letter to calm them.',
  ]);
  assert.ok(!doc.quotes.some((q) => txt(doc, q.cue) === 'wrote'));
});

test('a first-line rubric is no headline speaker; a name still is', () => {
  const a = run('The Latest: Harris wins Nevada primary\n\nHarris won the primary on Tuesday.');
  assert.ok(!a.quotes.some((q) => txt(a, q.speaker) === 'The Latest'));
  const b = run('Breaking: Federal judge rules against the campaign\n\nThe judge ruled on Friday.');
  assert.ok(!b.quotes.some((q) => txt(b, q.speaker) === 'Breaking'));
  const c = run(
    'Marco Rubio: I am not interested in being vice president\n\nRubio spoke in Miami on Monday.',
  );
  assert.equal(txt(c, c.quotes[0]?.speaker), 'Marco Rubio');
});

test('a participle opening the sentence takes the main clause’s subject; its content ends at the comma', () => {
  const doc = run(
    'Promising that his next report would examine the budget in detail, Hendricks left the stage.',
  );
  assert.equal(doc.quotes.length, 1);
  assert.equal(txt(doc, doc.quotes[0].cue), 'Promising');
  assert.equal(txt(doc, doc.quotes[0].speaker), 'Hendricks');
  assert.deepEqual(parts(doc, doc.quotes[0]), ['that his next report would examine the budget in detail']);
  // a participle with no clause after it is no speaker's content
  const b = run('Walking to the podium, Hendricks waved at the crowd.');
  assert.equal(b.quotes.length, 0);
});
