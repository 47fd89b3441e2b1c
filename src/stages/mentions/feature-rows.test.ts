import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../../paths.js';
import { compile } from './feature-rows.js';
import { features, gazetteerTags, LABELS, loadTagger, phraseTag, Tagger } from './tagger.js';

// Lines of the sample articles as word lists (a rough tokenisation is enough: both paths see the same words).
const sentences = readdirSync(join(PACKAGE_ROOT, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(PACKAGE_ROOT, 'samples', f), 'utf8').split(/\n+|(?<=[.!?])\s+/))
  .map((l) => l.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [])
  .filter((w) => w.length > 0);

test('the row tables give the same scores as the feature strings, token by token', () => {
  const tagger = loadTagger();
  if (!tagger) return;
  const prevs = [...LABELS, '<s>'];
  let checked = 0;
  for (const words of sentences) {
    const gaz = gazetteerTags(words);
    for (let i = 0; i < words.length; i++) {
      // A spread of previous labels, not only the ones the tagger would pick.
      const prev = prevs[(i * 7 + words.length) % prevs.length];
      const prev2 = prevs[(i * 3 + 1) % prevs.length];
      const fast = tagger.fastScore(words, gaz, i, prev, prev2);
      assert.ok(fast, 'the shipped model compiles to row tables');
      assert.deepEqual(fast, tagger.score(features(words, gaz, i, prev, prev2)), `${words.join(' ')} @${i}`);
      checked++;
    }
  }
  assert.ok(checked > 500, `only ${checked} tokens checked`);
});

test('the shipped model compiles: every feature name is one feature-rows.ts knows', () => {
  if (!loadTagger()) return;
  const model = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'models', 'ner-perceptron.json'), 'utf8'));
  const t = new Tagger(model);
  assert.ok(t.fastScore(['Paris'], [''], 0, '<s>', '<s>'), 'a feature name is unknown to feature-rows.ts');
});

test('a model with a feature name it does not know is not compiled (the tagger keeps the strings)', () => {
  const rows = new Map([
    ['b', 0],
    ['w=paris', 9],
  ]);
  assert.ok(compile(rows, LABELS, (w) => w));
  rows.set('suffix4=aris', 18);
  assert.equal(
    compile(rows, LABELS, (w) => w),
    null,
  );
  const t = new Tagger({ labels: LABELS, weights: { b: Array(9).fill(1), 'zz=new': Array(9).fill(2) } });
  assert.equal(t.fastScore(['Paris'], [''], 0, '<s>', '<s>'), null);
  assert.deepEqual(t.tag(['Paris']), ['O']);
});

/** gazetteerTags as first written: every 1–5-word phrase joined and looked up. */
function allPhraseTags(words: string[]): string[] {
  const out = words.map(() => '');
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 5); j > i; j--) {
      const tag = phraseTag(words.slice(i, j).join(' ').replace(/ - /g, '-'), j - i === 1);
      if (!tag) continue;
      for (let k = i; k < j; k++) out[k] = `${k === i ? 'B' : 'I'}-${tag}`;
      i = j - 1;
      break;
    }
  }
  return out;
}

test('gazetteerTags skips phrases no key starts with, and tags as if it looked every phrase up', () => {
  const extra = [
    ['The', 'United', 'Arab', 'Emirates', 'and', 'New', 'Zealand', 'met', 'the', 'United', 'Nations'],
    ['Bosnia', '-', 'Herzegovina', 'beat', 'Coca', '-', 'Cola', 'and', 'the', 'Kremlin', '.'],
  ];
  let tagged = 0;
  for (const words of [...sentences, ...extra]) {
    const got = gazetteerTags(words);
    assert.deepEqual(got, allPhraseTags(words), words.join(' '));
    tagged += got.filter((t) => t.startsWith('I-')).length;
  }
  assert.ok(tagged > 8, `only ${tagged} multi-word gazetteer tokens`);
});
