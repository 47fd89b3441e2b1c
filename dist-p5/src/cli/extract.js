import { runBatchWith } from '../scale/batch.js';
import { list, parseFlags } from './args.js';
import { positiveInt } from './batch.js';
/**
 * `dateline extract [PATH…|-] [--published DATE] [--only stages] [--workers N] [--timeout MS]`: one Doc JSON
 * per line, in input order, no store.
 */
export async function run(argv) {
    const { values, positionals } = parseFlags(argv, {
        published: { type: 'string' },
        only: { type: 'string' },
        'max-bytes': { type: 'string' },
        'allow-non-english': { type: 'boolean' },
        workers: { type: 'string' },
        timeout: { type: 'string' },
    });
    const inputs = positionals.length ? positionals : ['-'];
    const counts = await runBatchWith(inputs, {
        only: list(values.only),
        workers: positiveInt(values.workers, 'workers'),
        timeoutMs: positiveInt(values.timeout, 'timeout'),
    }, {
        published: values.published,
        maxBytes: values['max-bytes'] ? Number(values['max-bytes']) : undefined,
        allowNonEnglish: values['allow-non-english'],
    }, {
        onJson: (json) => {
            process.stdout.write(`${json}\n`);
        },
    });
    return counts.failed ? 1 : 0;
}
