import { TypeCompiler } from '@sinclair/typebox/compiler';
import { checkSpan, type Doc } from './doc.js';
import { DatelineError } from './errors.js';
import { DocSchema, LAYER_NAMES } from './schema.js';

const checker = TypeCompiler.Compile(DocSchema);

/** Checks a Doc against the JSON Schema and every span against its text; throws the first problem. */
export function validateDoc(doc: Doc): void {
  const first = checker.Errors(doc).First();
  if (first) throw new DatelineError('DL_MODEL_INVALID', doc.id ?? '?', `${first.path}: ${first.message}`);
  for (const layer of LAYER_NAMES) {
    for (const rec of doc[layer] as unknown[]) {
      for (const s of spansOf(rec)) checkSpan(doc, s);
    }
  }
}

function* spansOf(rec: unknown): Generator<{ start: number; end: number }> {
  if (!rec || typeof rec !== 'object') return;
  const r = rec as Record<string, unknown>;
  if (typeof r.start === 'number' && typeof r.end === 'number') yield r as { start: number; end: number };
  for (const v of Object.values(r)) {
    if (Array.isArray(v)) for (const x of v) yield* spansOf(x);
    else if (v && typeof v === 'object') yield* spansOf(v);
  }
}
