import { DatelineError } from '../model/errors.js';
import { openStore } from '../store/index.js';
import { parseFlags } from './args.js';
import { DEFAULT_DB } from './ingest.js';
import { renderDoc } from './render.js';
/** `dateline show DOC_ID [--db FILE] [--json] [--no-color]` */
export async function run(argv) {
    const { values, positionals } = parseFlags(argv, {
        db: { type: 'string' },
        json: { type: 'boolean' },
        'no-color': { type: 'boolean' },
    });
    const id = positionals[0];
    if (!id)
        throw new DatelineError('DL_USAGE', '-', 'show needs a document id (see `dateline query docs`)');
    const store = await openStore(values.db ?? DEFAULT_DB);
    try {
        const doc = await store.getDoc(id);
        if (!doc) {
            process.stderr.write(`dateline show: no document ${id} in ${values.db ?? DEFAULT_DB}\n`);
            return 1;
        }
        const color = !values['no-color'] && !!process.stdout.isTTY && !process.env.NO_COLOR;
        process.stdout.write(values.json ? JSON.stringify(doc) + '\n' : renderDoc(doc, color));
        return 0;
    }
    finally {
        await store.close();
    }
}
