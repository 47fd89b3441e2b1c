/** A CLI command: gets its own argv, returns the exit code (0 ok, 1 some documents failed, 2 usage). */
export type Command = (argv: string[]) => Promise<number>;
/** One line per command; modules load lazily so `--help` stays fast. */
export declare const COMMANDS: Record<string, {
    summary: string;
    load: () => Promise<{
        run: Command;
    }>;
}>;
