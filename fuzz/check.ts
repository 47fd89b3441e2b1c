import assert from 'node:assert/strict';
import { readStream } from '../src/ingest/index.js';
import { type Doc, isDatelineError, validateDoc } from '../src/model/index.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import type { Store } from '../src/store/index.js';
import type { FuzzCase } from './cases.js';

/** What one case did: documents that went all the way through, and documents refused with a DatelineError. */
export interface CaseResult {
  stored: number;
  refused: number;
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/** Every object with numeric start/end anywhere in the Doc lies inside the text. */
function checkSpans(doc: Doc): void {
  const n = doc.text.length;
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], `${path}[${i}]`);
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number') {
        assert.ok(
          0 <= o.start && o.start <= o.end && o.end <= n,
          `${path} [${o.start},${o.end}) outside 0..${n}`,
        );
      }
      for (const [k, x] of Object.entries(o)) if (k !== 'text') walk(x, `${path}.${k}`);
    }
  };
  walk(doc, 'doc');
}

/**
 * Runs one case through ingest, the pipeline and the store. Only DatelineErrors may stop a document; anything
 * else (or a broken invariant) throws.
 */
export async function runCase(c: FuzzCase, pipeline: Pipeline, store: Store): Promise<CaseResult> {
  const res: CaseResult = { stored: 0, refused: 0 };
  for await (const item of readStream(once(c.bytes), `fuzz-${c.seed}`, {
    allowNonEnglish: c.seed % 2 === 0,
  })) {
    if ('error' in item) {
      assert.ok(isDatelineError(item.error), `ingest gave a non-Dateline error: ${item.error}`);
      res.refused++;
      continue;
    }
    let doc: Doc;
    try {
      doc = pipeline.run(item.doc);
    } catch (err) {
      if (!isDatelineError(err)) throw err;
      res.refused++;
      continue;
    }
    checkSpans(doc);
    validateDoc(doc);
    const json = JSON.parse(JSON.stringify(doc));
    await store.putDoc(doc);
    assert.equal(await store.putDoc(doc), 'unchanged', 'a second put of the same Doc changed it');
    assert.deepEqual(await store.getDoc(doc.id), json, 'the store did not give the Doc back as written');
    res.stored++;
  }
  return res;
}
