import { parseArgs } from 'node:util';
import { DatelineError } from '../model/errors.js';
/** Parses a command's flags; a bad flag becomes a usage error (exit code 2). */
export function parseFlags(argv, options) {
    try {
        return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new DatelineError('DL_USAGE', '-', err.message);
    }
}
/** Splits "a,b , c" into ['a','b','c']. */
export const list = (s) => s
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);
