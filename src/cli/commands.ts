/** A CLI command: gets its own argv, returns the exit code (0 ok, 1 some documents failed, 2 usage). */
export type Command = (argv: string[]) => Promise<number>;

/** One line per command; modules load lazily so `--help` stays fast. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  eval: {
    summary: 'eval SUITE [--json] [--split S]  → score a stage on gold data in ../shared/data',
    load: () => import('./eval.js'),
  },
  parse: {
    summary: 'parse FILE.conllu  → re-tag and re-parse (gold words kept), CoNLL-U to stdout',
    load: () => import('./parse.js'),
  },
};
