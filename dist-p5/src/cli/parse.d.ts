/** `dateline parse FILE.conllu [--model PATH]`: re-tags and re-parses, keeping words; CoNLL-U to stdout. */
export declare function run(argv: string[]): Promise<number>;
