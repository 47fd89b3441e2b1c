import { readInputs } from '../ingest/index.js';
import { DatelineError, isDatelineError } from '../model/errors.js';
/** Reads every input, runs the pipeline on each document, hands good ones on; a bad one is reported, never fatal. */
export async function runBatch(inputs, pipe, opts, { onDoc, onJson, onError = reportError, skip }) {
    const counts = { ok: 0, failed: 0, skipped: 0 };
    for await (const item of readInputs(inputs, opts)) {
        if (skip && 'doc' in item && (await skip(item.doc))) {
            counts.skipped++;
            continue;
        }
        const doc = processed(item, pipe);
        if (doc instanceof DatelineError) {
            counts.failed++;
            onError(item.source, doc);
            continue;
        }
        try {
            if (onJson)
                await onJson(JSON.stringify(doc), item.source);
            else
                await onDoc?.(doc, item.source);
            counts.ok++;
        }
        catch (err) {
            counts.failed++;
            onError(item.source, asDatelineError(err, doc.id, 'DL_STORE_FAILED'));
        }
    }
    return counts;
}
function processed(item, pipe) {
    if ('error' in item)
        return item.error;
    try {
        return pipe.run(item.doc);
    }
    catch (err) {
        return asDatelineError(err, item.doc.id, 'DL_STAGE_FAILED');
    }
}
function asDatelineError(err, docId, code) {
    if (isDatelineError(err))
        return err;
    return new DatelineError(code, docId, err?.message ?? String(err), undefined, { cause: err });
}
/** One line per failed document on stderr: where it came from, the code, the reason. */
export function reportError(source, err) {
    process.stderr.write(`error: ${source}: ${err.code} ${err.message}\n`);
}
/** A flag that must be a positive integer (`--workers`, `--timeout`), or undefined when not given. */
export function positiveInt(v, flag) {
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
        throw new DatelineError('DL_USAGE', '-', `--${flag} must be a positive integer`);
    return n;
}
