import { DatelineError } from '../model/errors.js';
import { openStore } from '../store/index.js';
import { parseFlags } from './args.js';
import { DEFAULT_DB } from './ingest.js';
import { formatCsv, formatJson, formatTable } from './table.js';
const WHAT = ['docs', 'quotes', 'entities', 'events', 'timexes', 'findings'];
/** `dateline query docs|quotes|entities|events|timexes|findings [filters] [--format table|json|csv]` */
export async function run(argv) {
    const { values, positionals } = parseFlags(argv, {
        db: { type: 'string' },
        speaker: { type: 'string' },
        actor: { type: 'string' },
        code: { type: 'string' },
        type: { type: 'string' },
        doc: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        search: { type: 'string' },
        limit: { type: 'string' },
        offset: { type: 'string' },
        format: { type: 'string' },
    });
    const what = positionals[0];
    if (!WHAT.includes(what))
        throw new DatelineError('DL_USAGE', '-', `query needs one of: ${WHAT.join(', ')}`);
    const format = values.format ?? 'table';
    if (!['table', 'json', 'csv'].includes(format)) {
        throw new DatelineError('DL_USAGE', '-', '--format is table, json or csv');
    }
    const page = {
        limit: values.limit ? Number(values.limit) : 50,
        offset: values.offset ? Number(values.offset) : 0,
    };
    const store = await openStore(values.db ?? DEFAULT_DB);
    try {
        const rows = await (() => {
            const s = values.search;
            const docId = values.doc;
            switch (what) {
                case 'docs':
                    return store.docs({ from: values.from, to: values.to, search: s, ...page });
                case 'quotes':
                    return store.quotes({ speaker: values.speaker, search: s, docId, ...page });
                case 'entities':
                    return store.entities({ type: values.type, search: s, docId, ...page });
                case 'events':
                    return store.events({
                        actor: values.actor,
                        code: values.code,
                        from: values.from,
                        to: values.to,
                        docId,
                        ...page,
                    });
                case 'timexes':
                    return store.timexes({ docId, ...page });
                case 'findings':
                    return store.findings({ docId, ...page });
            }
        })();
        const plain = rows;
        const out = format === 'json' ? formatJson(plain) : format === 'csv' ? formatCsv(plain) : formatTable(plain);
        process.stdout.write(out);
        return 0;
    }
    finally {
        await store.close();
    }
}
