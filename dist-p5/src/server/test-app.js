import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatelineError } from '../model/errors.js';
import { createDoc } from '../model/index.js';
import { ARTICLES, articleDoc } from '../store/fixtures.js';
import { openStore } from '../store/index.js';
import { buildApp } from './app.js';
/**
 * A stand-in for src/extract.ts that keeps server tests about HTTP: text becomes a Doc with no layers,
 * HTML without a paragraph is "bad HTML", empty input is an error, as the real one does.
 */
export const fakeExtract = async (input, opts = {}) => {
    let text = input;
    if (opts.html) {
        const paras = [...input.matchAll(/<p[^>]*>([^<]*)<\/p>/gi)].map((m) => m[1].trim());
        if (!paras.length)
            throw new DatelineError('DL_INGEST_BAD_HTML', opts.id ?? '-');
        text = paras.join('\n\n');
    }
    if (!text.trim())
        throw new DatelineError('DL_INGEST_EMPTY', opts.id ?? '-');
    return createDoc(text, {
        title: opts.title,
        url: opts.url,
        published: opts.published ? { value: opts.published, from: 'given' } : { value: null, from: 'none' },
    }, opts.id);
};
/** A tiny explorer folder: an index page and one asset, for static-serving tests. */
export function fakeWebRoot() {
    const dir = join(tmpdir(), `dateline-web-${process.pid}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Dateline explorer</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    return dir;
}
/** An app over an in-memory store holding the three fixture articles. */
export async function testApp(opts = {}) {
    const store = await openStore(':memory:');
    for (const spec of ARTICLES)
        await store.putDoc(articleDoc(spec));
    const app = await buildApp({ store, extract: fakeExtract, webRoot: fakeWebRoot(), ...opts });
    app.addHook('onClose', () => store.close());
    return app;
}
