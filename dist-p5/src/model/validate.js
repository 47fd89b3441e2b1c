import { TypeCompiler } from '@sinclair/typebox/compiler';
import { checkSpan } from './doc.js';
import { DatelineError } from './errors.js';
import { DocSchema, LAYER_NAMES } from './schema.js';
const checker = TypeCompiler.Compile(DocSchema);
/** Checks a Doc against the JSON Schema and every span against its text; throws the first problem. */
export function validateDoc(doc) {
    const first = checker.Errors(doc).First();
    if (first)
        throw new DatelineError('DL_MODEL_INVALID', doc.id ?? '?', `${first.path}: ${first.message}`);
    for (const layer of LAYER_NAMES) {
        for (const rec of doc[layer]) {
            for (const s of spansOf(rec))
                checkSpan(doc, s);
        }
    }
}
function* spansOf(rec) {
    if (!rec || typeof rec !== 'object')
        return;
    const r = rec;
    if (typeof r.start === 'number' && typeof r.end === 'number')
        yield r;
    for (const v of Object.values(r)) {
        if (Array.isArray(v))
            for (const x of v)
                yield* spansOf(x);
        else if (v && typeof v === 'object')
            yield* spansOf(v);
    }
}
