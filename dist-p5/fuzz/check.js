import assert from 'node:assert/strict';
import { readStream } from '../src/ingest/index.js';
import { isDatelineError, validateDoc } from '../src/model/index.js';
async function* once(bytes) {
    yield bytes;
}
/** Every object with numeric start/end anywhere in the Doc lies inside the text. */
function checkSpans(doc) {
    const n = doc.text.length;
    const walk = (v, path) => {
        if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++)
                walk(v[i], `${path}[${i}]`);
        }
        else if (v && typeof v === 'object') {
            const o = v;
            if (typeof o.start === 'number' && typeof o.end === 'number') {
                assert.ok(0 <= o.start && o.start <= o.end && o.end <= n, `${path} [${o.start},${o.end}) outside 0..${n}`);
            }
            for (const [k, x] of Object.entries(o))
                if (k !== 'text')
                    walk(x, `${path}.${k}`);
        }
    };
    walk(doc, 'doc');
}
/**
 * Runs one case through ingest, the pipeline and the store. Only DatelineErrors may stop a document; anything
 * else (or a broken invariant) throws.
 */
export async function runCase(c, pipeline, store) {
    const res = { stored: 0, refused: 0 };
    for await (const item of readStream(once(c.bytes), `fuzz-${c.seed}`, {
        allowNonEnglish: c.seed % 2 === 0,
    })) {
        if ('error' in item) {
            assert.ok(isDatelineError(item.error), `ingest gave a non-Dateline error: ${item.error}`);
            res.refused++;
            continue;
        }
        let doc;
        try {
            doc = pipeline.run(item.doc);
        }
        catch (err) {
            if (!isDatelineError(err))
                throw err;
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
