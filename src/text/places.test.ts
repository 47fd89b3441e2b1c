import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookupCountry } from './countries.js';
import { geocode } from './places.js';

// Coordinates hand-checked against GeoNames (rounded to 0.05°).
const CASES: [string, string[], string, number, number][] = [
  ['Montreux', ['CHE'], 'CHE', 46.43, 6.91],
  ['Damascus', [], 'SYR', 33.51, 36.29],
  ['Geneva', [], 'CHE', 46.2, 6.15],
  ['Paris', [], 'FRA', 48.85, 2.35],
  ['Aleppo', ['SYR'], 'SYR', 36.2, 37.16],
  ['Cambridge', ['GBR'], 'GBR', 52.2, 0.12],
  ['Cambridge', ['USA'], 'USA', 42.38, -71.1],
];

test('places resolve by name, country context and population', () => {
  for (const [name, ctx, country, lat, lon] of CASES) {
    const p = geocode(name, ctx);
    assert.ok(p, name);
    assert.equal(p.country, country, `${name} in ${ctx}`);
    assert.ok(Math.abs(p.lat - lat) < 0.05 && Math.abs(p.lon - lon) < 0.05, `${name}: ${p.lat},${p.lon}`);
  }
  assert.equal(geocode('Xqzzyville'), null);
});

test('countries, demonyms and capitals from world-countries', () => {
  assert.deepEqual(lookupCountry('Switzerland'), { iso3: 'CHE', kind: 'name' });
  assert.deepEqual(lookupCountry('Syrian'), { iso3: 'SYR', kind: 'demonym' });
  assert.deepEqual(lookupCountry('French'), { iso3: 'FRA', kind: 'demonym' });
  assert.deepEqual(lookupCountry('US'), { iso3: 'USA', kind: 'name' });
  assert.equal(lookupCountry('Damascus')?.kind, 'capital');
  assert.equal(lookupCountry('syria'), undefined, 'case matters: lower-case words are not names');
});
