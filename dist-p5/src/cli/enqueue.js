import { enqueueInputs } from '../queue/index.js';
import { parseFlags } from './args.js';
import { reportError } from './batch.js';
/** `dateline enqueue PATH…|--jsonl FILE [--redis URL] [--queue NAME]`: one job per document, id = doc id. */
export async function run(argv) {
    const { values, positionals } = parseFlags(argv, {
        jsonl: { type: 'string', multiple: true },
        redis: { type: 'string' },
        queue: { type: 'string' },
        published: { type: 'string' },
        'max-bytes': { type: 'string' },
        'allow-non-english': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
    });
    const inputs = [...positionals, ...(values.jsonl ?? [])];
    const counts = await enqueueInputs(inputs.length ? inputs : ['-'], {
        redis: values.redis,
        queue: values.queue,
        published: values.published,
        maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
        allowNonEnglish: values['allow-non-english'],
        onError: reportError,
    });
    if (!values.quiet)
        process.stderr.write(`enqueued ${counts.submitted} docs, ${counts.failed} unreadable\n`);
    return counts.failed ? 1 : 0;
}
