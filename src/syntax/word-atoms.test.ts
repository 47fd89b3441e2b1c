import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashString } from './feature-hash.js';
import { foldQuotes, normalizeWord, shapeHash, wordAtoms, wordShape } from './word-atoms.js';

test('shapeHash equals the hash of wordShape, ASCII and not', () => {
  const words = [
    '',
    'a',
    'Ki-Moon',
    '2020',
    '1,250',
    "don't",
    'U.S.',
    'aaaaaaaaaaaaaaaa',
    'A1b2C3d4E5f6G7h8',
  ];
  const other = ['Müller', 'naïve-X', 'Ωmega', '😀ab', 'ab😀', 'São', '“Yes”'];
  for (const w of [...words, ...other]) assert.equal(shapeHash(w), hashString(wordShape(w)), w);
});

test('shapeHash tells shapes apart and stops after nine shape characters', () => {
  assert.equal(wordShape('Ki-Moon'), 'Xx-Xx');
  assert.equal(shapeHash('Ki-Moon'), shapeHash('Ab-Cd'));
  assert.notEqual(shapeHash('Ki-Moon'), shapeHash('ki-moon'));
  assert.notEqual(shapeHash('2020'), shapeHash('abcd'));
  // "a1a1a1a1a1a1": the shape is cut at nine characters, so a longer run of the same pattern hashes the same
  assert.equal(shapeHash('a1a1a1a1a1a1'), shapeHash('a1a1a1a1a1a1a1a1'));
  assert.notEqual(shapeHash('a1a1a1a1'), shapeHash('a1a1a1a1a1'));
});

test('wordAtoms: the same atoms for a form met again (memoised) as computed from its strings', () => {
  const forms = ['Russia’s', 'Ban', 'Ki-Moon', 'said', '1,250', 'said', 'Ki-Moon', '“', 'Müller', 'a'];
  const again = wordAtoms(forms);
  const first = wordAtoms(forms);
  for (const a of [first, again]) {
    forms.forEach((f, i) => {
      const l = normalizeWord(f);
      assert.equal(a.norm[i], l);
      assert.equal(a.lower[i], hashString(l));
      assert.equal(a.form[i], hashString(foldQuotes(f)));
      assert.equal(a.suffix3[i], hashString(l.slice(-3)));
      assert.equal(a.suffix1[i], hashString(l.slice(-1)));
      assert.equal(a.prefix2[i], hashString(l.slice(0, 2)));
      assert.equal(a.shape[i], hashString(wordShape(f)));
    });
  }
  assert.equal(first.norm[0], "russia's");
  assert.equal(first.norm[4], '0,000');
  assert.notEqual(first.lower[1], first.lower[2]);
});
