import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu, universalRel, writeConllu } from './conllu.js';

const SAMPLE = [
  '# sent_id = demo-1',
  "# text = I don't know.",
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '4.1\tknew\t_\t_\t_\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '',
].join('\n');

test('reads words, skipping multi-word tokens and empty nodes', () => {
  const [s] = readConllu(SAMPLE);
  assert.deepEqual(
    s.words.map((w) => w.form),
    ['I', 'do', "n't", 'know', '.'],
  );
  assert.equal(s.words[0].head, 4);
  assert.equal(s.words[3].head, 0);
  assert.equal(s.words[3].misc, 'SpaceAfter=No');
  assert.equal(s.extra.length, 2);
});

test('writes back byte for byte', () => {
  assert.equal(writeConllu(readConllu(SAMPLE)), SAMPLE.replace(/\n+$/, '\n\n'));
});

test('empty input gives no sentences', () => {
  assert.deepEqual(readConllu(''), []);
  assert.equal(writeConllu([]), '');
});

test('universal relation drops the subtype', () => {
  assert.equal(universalRel('nmod:poss'), 'nmod');
  assert.equal(universalRel('obj'), 'obj');
});
