import { isDatelineError } from '../model/errors.js';
import { COMMANDS } from './commands.js';
const HELP = `dateline — reads news and writes the record, every fact linked to its characters

Usage: dateline <command> [options]

Commands:
${Object.values(COMMANDS)
    .map((c) => `  ${c.summary}`)
    .join('\n')}

Options for every command: --help
Exit codes: 0 all good, 1 some documents failed (the rest were processed), 2 usage error.`;
/** Runs the CLI; resolves to the process exit code. */
export async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(HELP + '\n');
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        const { PACKAGE_ROOT } = await import('../paths.js');
        const { readFileSync } = await import('node:fs');
        process.stdout.write(JSON.parse(readFileSync(`${PACKAGE_ROOT}/package.json`, 'utf8')).version + '\n');
        return 0;
    }
    const cmd = COMMANDS[name];
    if (!cmd) {
        process.stderr.write(`dateline: unknown command "${name}"\n\n${HELP}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`dateline ${cmd.summary}\n`);
        return 0;
    }
    try {
        return await (await cmd.load()).run(rest);
    }
    catch (err) {
        if (isDatelineError(err) && err.code === 'DL_USAGE') {
            process.stderr.write(`dateline ${name}: ${err.message.replace(/^-: /, '')}\n`);
            return 2;
        }
        if (isDatelineError(err)) {
            process.stderr.write(`dateline ${name}: ${err.code} ${err.message}\n`);
            return 1;
        }
        throw err;
    }
}
