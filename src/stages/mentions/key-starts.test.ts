import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryNames } from '../../text/countries.js';
import { loadLexicon } from '../../text/lexicon.js';
import { regionNames } from '../../text/places.js';
import { KeyStarts, nameStarts, titleStarts } from './key-starts.js';

const firstWord = (k: string) => k.split(/\s+/)[0];

test('every multi-word lexicon name and title starts with a word the key starts admit', () => {
  const names: string[] = [...countryNames(), ...regionNames()];
  for (const o of loadLexicon<{ orgs: { name: string; aliases: string[] }[] }>('organisations.json').orgs)
    names.push(o.name, ...o.aliases);
  const multi = names.filter((k) => /\s/.test(k));
  assert.ok(multi.length > 100, `only ${multi.length} multi-word names`);
  for (const k of multi) assert.ok(nameStarts().has(firstWord(k), firstWord(k)), k);
  // Read title-cased from an all-caps line: "UNITED NATIONS" may be "United Nations".
  assert.ok(nameStarts().has('UNITED', 'United'));
  const titles = loadLexicon<{ titles: { title: string; aliases: string[] }[] }>('titles.json').titles;
  for (const t of titles)
    for (const k of [t.title, ...t.aliases]) assert.ok(titleStarts().has(firstWord(k), firstWord(k)), k);
});

test('words that begin no key are turned away, case-insensitively', () => {
  const s = new KeyStarts(['Bank of England', 'U.S. Treasury', 'foreign minister']);
  assert.ok(s.has('Bank', 'Bank'));
  assert.ok(s.has('BANK', 'Bank'));
  assert.ok(s.has('U.S.', 'U.S.'));
  assert.ok(s.has('Foreign', 'Foreign'));
  assert.equal(s.has('Banker', 'Banker'), false);
  assert.equal(s.has('Paris', 'Paris'), false);
});
