import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashString } from './feature-hash.js';
import { shapeHash, wordShape } from './word-atoms.js';

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
