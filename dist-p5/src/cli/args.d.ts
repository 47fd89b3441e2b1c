import { type ParseArgsConfig, parseArgs } from 'node:util';
type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{
    args: string[];
    options: T;
    allowPositionals: true;
    strict: true;
}>>;
/** Parses a command's flags; a bad flag becomes a usage error (exit code 2). */
export declare function parseFlags<T extends Options>(argv: string[], options: T): Parsed<T>;
/** Splits "a,b , c" into ['a','b','c']. */
export declare const list: (s: string | undefined) => string[] | undefined;
export {};
