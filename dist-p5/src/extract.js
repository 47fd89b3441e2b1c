import { docFromHtml, docFromText, looksLikeHtml } from './ingest/index.js';
import { buildPipeline } from './pipeline/pipeline.js';
import { ALL_STAGES } from './stages/index.js';
/** A frozen pipeline over Dateline's stages (all of them, or `only` some). */
export function createPipeline(opts = {}) {
    return buildPipeline(ALL_STAGES, opts);
}
const pipelines = new Map();
/** Reads one article (text or HTML) and runs the pipeline on it. Throws DatelineError on bad input. */
export async function extract(input, opts = {}) {
    const key = (opts.only ?? []).join(',');
    let pipe = pipelines.get(key);
    if (!pipe) {
        pipe = createPipeline({ only: opts.only });
        pipelines.set(key, pipe);
    }
    const meta = {
        title: opts.title,
        url: opts.url,
        source: opts.source,
        id: opts.id,
        published: opts.published,
    };
    const html = opts.html ?? looksLikeHtml(input);
    const doc = html ? docFromHtml(input, meta, opts) : docFromText(input, meta, opts);
    return (await pipe).run(doc);
}
