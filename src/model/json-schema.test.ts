import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../paths.js';
import { docJsonSchema } from './json-schema.js';
import { LAYER_NAMES } from './schema.js';

test('the committed JSON Schema matches the TypeBox source (run `npm run schema` after changing it)', () => {
  const committed = readFileSync(join(PACKAGE_ROOT, 'schema', 'dateline.doc-1.json'), 'utf8');
  assert.equal(committed, docJsonSchema());
  const parsed = JSON.parse(committed);
  assert.equal(parsed.properties.schema.const, 'dateline.doc/1');
  for (const layer of LAYER_NAMES) {
    assert.equal(parsed.properties[layer].type, 'array', layer);
  }
});
