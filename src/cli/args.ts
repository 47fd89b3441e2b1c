import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DatelineError } from '../model/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** Parses a command's flags; a bad flag becomes a usage error (exit code 2). */
export function parseFlags<T extends Options>(argv: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new DatelineError('DL_USAGE', '-', (err as Error).message);
  }
}

/** Splits "a,b , c" into ['a','b','c']. */
export const list = (s: string | undefined): string[] | undefined =>
  s
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);
