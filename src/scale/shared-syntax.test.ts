import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { unpackModel } from '../syntax/model-file.js';
import { installShared, sharedTablesFor } from '../syntax/shared-tables.js';
import { DEFAULT_MODEL, SyntaxModel } from '../syntax/syntax-model.js';
import { sharedSyntaxModel } from './shared-syntax.js';

const FORMS = ['The', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'had', 'failed', '.'];

test('shared tables: in SharedArrayBuffers, used only for their own model file, same analysis', {
  skip: existsSync(DEFAULT_MODEL) ? false : 'needs models/syntax-en.bin.gz',
}, async () => {
  const shared = await sharedSyntaxModel();
  assert.ok(shared);
  for (const t of shared.tables) {
    for (const a of Object.values(t.quantized))
      if (ArrayBuffer.isView(a)) assert.ok(a.buffer instanceof SharedArrayBuffer);
  }
  // the interleaved XPOS/UPOS slots are one array, copied once
  assert.equal(shared.tables[0].quantized.slots, shared.tables[1].quantized.slots);
  const data = readFileSync(DEFAULT_MODEL);
  const own = SyntaxModel.fromBuffer(data).analyze(FORMS);
  assert.equal(sharedTablesFor(data), undefined, 'nothing installed yet');
  installShared(shared);
  const other = Uint8Array.from(data);
  other[other.length - 1] ^= 1;
  assert.equal(sharedTablesFor(other), undefined, 'another file is not served the shared tables');
  const served = unpackModel(data);
  assert.equal(served.tables[0].quantized?.slots, shared.tables[0].quantized.slots);
  assert.deepEqual(SyntaxModel.fromBuffer(data).analyze(FORMS), own);
  assert.equal(own.deprel[FORMS.indexOf('minister')], 'nsubj');
});
