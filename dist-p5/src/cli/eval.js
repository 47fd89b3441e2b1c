import { SUITES } from '../../eval/suites.js';
import { DatelineError } from '../model/errors.js';
import { parseFlags } from './args.js';
/** `dateline eval SUITE [--json] [--split S] [--limit N]` */
export async function run(argv) {
    const { values, positionals } = parseFlags(argv, {
        json: { type: 'boolean' },
        split: { type: 'string' },
        limit: { type: 'string' },
    });
    const name = positionals[0];
    if (!name || !SUITES[name]) {
        const known = Object.entries(SUITES)
            .map(([k, v]) => `  ${k.padEnd(18)} ${v.describe}`)
            .join('\n');
        throw new DatelineError('DL_USAGE', '-', `eval needs a suite name; suites:\n${known}`);
    }
    const suite = await SUITES[name].load();
    const limit = values.limit ? Number(values.limit) : undefined;
    const result = await suite.run({ split: values.split, limit });
    if (values.json) {
        process.stdout.write(JSON.stringify(result) + '\n');
    }
    else {
        process.stdout.write(`${result.suite}  (n = ${result.n})\n`);
        for (const [k, v] of Object.entries(result.metrics)) {
            if (typeof v === 'number')
                process.stdout.write(`  ${k.padEnd(28)} ${v}\n`);
            else {
                const cells = Object.entries(v)
                    .map(([a, b]) => `${a}=${b}`)
                    .join('  ');
                process.stdout.write(`  ${k.padEnd(28)} ${cells}\n`);
            }
        }
        for (const n of result.notes ?? [])
            process.stdout.write(`  note: ${n}\n`);
    }
    return 0;
}
