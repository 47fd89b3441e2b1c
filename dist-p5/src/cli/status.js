import { queueCounts } from '../queue/index.js';
import { parseFlags } from './args.js';
/** `dateline status [--redis URL] [--queue NAME] [--json]`: job counts, dead-letter queue included. */
export async function run(argv) {
    const { values } = parseFlags(argv, {
        redis: { type: 'string' },
        queue: { type: 'string' },
        json: { type: 'boolean' },
    });
    const counts = await queueCounts({ redis: values.redis, queue: values.queue });
    if (values.json)
        process.stdout.write(JSON.stringify(counts) + '\n');
    else
        process.stdout.write(Object.entries(counts)
            .map(([k, n]) => `${k.padEnd(10)} ${n}`)
            .join('\n') + '\n');
    return 0;
}
