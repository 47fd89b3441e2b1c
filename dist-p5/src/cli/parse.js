import { readFileSync } from 'node:fs';
import { DatelineError } from '../model/errors.js';
import { annotateConllu } from '../syntax/annotate-conllu.js';
import { readConllu, writeConllu } from '../syntax/conllu.js';
import { loadSyntaxModel } from '../syntax/syntax-model.js';
import { parseFlags } from './args.js';
/** `dateline parse FILE.conllu [--model PATH]`: re-tags and re-parses, keeping words; CoNLL-U to stdout. */
export async function run(argv) {
    const { values, positionals } = parseFlags(argv, { model: { type: 'string' } });
    const file = positionals[0];
    if (!file)
        throw new DatelineError('DL_USAGE', '-', 'parse needs a CoNLL-U file (or - for stdin)');
    let text;
    try {
        text = readFileSync(file === '-' ? 0 : file, 'utf8');
    }
    catch {
        throw new DatelineError('DL_INGEST_NOT_FOUND', file, `cannot read ${file}`);
    }
    const model = values.model ? loadSyntaxModel(values.model) : loadSyntaxModel();
    process.stdout.write(writeConllu(annotateConllu(model, readConllu(text))));
    return 0;
}
