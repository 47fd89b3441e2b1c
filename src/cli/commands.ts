/** A CLI command: gets its own argv, returns the exit code (0 ok, 1 some documents failed, 2 usage). */
export type Command = (argv: string[]) => Promise<number>;

/** One line per command; modules load lazily so `--help` stays fast. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  extract: {
    summary:
      'extract [PATH…|-] [--published DATE] [--only stages] [--workers N] [--quote-convention C]  → Doc JSON lines on stdout',
    load: () => import('./extract.js'),
  },
  ingest: {
    summary:
      'ingest PATH… [--db FILE] [--skip-existing] [--workers N] [--timeout MS] [--quote-convention C]  → process and store documents',
    load: () => import('./ingest.js'),
  },
  query: {
    summary:
      'query docs|quotes|entities|events|timexes|findings [--speaker …] [--actor …] [--from …] [--to …] [--search TEXT] [--format table|json|csv]',
    load: () => import('./query.js'),
  },
  export: {
    summary:
      'export docs|quotes|entities|events [--db FILE|postgres://…] [--format jsonl|csv|parquet] [--out FILE] [--from D] [--to D]',
    load: () => import('./export.js'),
  },
  show: {
    summary: 'show DOC_ID [--db FILE]  → the article in the terminal with its layers highlighted',
    load: () => import('./show.js'),
  },
  bench: {
    summary:
      'bench [--json] [--runs N] [--rounds N] [--docs N] [--workers N] [--warmup N] [--unshared]  → throughput per stage, 1 vs N workers, peers; runs interleaved, medians',
    load: () => import('./bench.js'),
  },
  start: {
    summary:
      'start [--db FILE] [--port N] [--no-serve]  → ingest the samples into ./dateline.db, serve the explorer',
    load: () => import('./start.js'),
  },
  eval: {
    summary: 'eval SUITE [--json] [--split S]  → score a stage on gold data in ../shared/data',
    load: () => import('./eval.js'),
  },
  serve: {
    summary: 'serve [--host H] [--port 8080] [--db FILE|postgres://…] [--token T] [--open]  → API + explorer',
    load: () => import('./serve.js'),
  },
  enqueue: {
    summary: 'enqueue PATH…|--jsonl FILE [--redis URL] [--queue NAME]  → one queue job per document',
    load: () => import('./enqueue.js'),
  },
  worker: {
    summary:
      'worker [--redis URL] [--db postgres://…|FILE] [--concurrency N] [--timeout MS]  → process queued documents',
    load: () => import('./worker.js'),
  },
  status: {
    summary:
      'status [--redis URL] [--queue NAME] [--json]  → waiting/active/completed/failed/dead job counts',
    load: () => import('./status.js'),
  },
  parse: {
    summary: 'parse FILE.conllu  → re-tag and re-parse (gold words kept), CoNLL-U to stdout',
    load: () => import('./parse.js'),
  },
};
