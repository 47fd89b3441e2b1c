import { csvLine } from './csv.js';
import { KINDS } from './records.js';
export const EXPORT_FORMATS = ['jsonl', 'csv', 'parquet'];
/** Every stored Doc published within the range, in id order, read one at a time. */
export async function* storedDocs(store, range, pageSize = 500) {
    for (let after;;) {
        const ids = await store.docIds({ from: range.from, to: range.to, after, limit: pageSize });
        for (const id of ids) {
            const doc = await store.getDoc(id);
            if (doc)
                yield doc; // deleted since the page was read: nothing to export
        }
        if (ids.length < pageSize)
            return;
        after = ids[ids.length - 1];
    }
}
/** A record with exactly the kind's columns, in column order (what CSV headers and Parquet schemas promise). */
export function inColumnOrder(kind, r) {
    return Object.fromEntries(kind.columns.map(([name]) => [name, r[name] ?? null]));
}
/** Streams the records of every stored Doc, one document at a time. */
export async function eachRecord(store, o, use) {
    const kind = KINDS[o.kind];
    const sum = { docs: 0, records: 0 };
    for await (const doc of storedDocs(store, o, o.pageSize)) {
        for (const r of kind.records(doc)) {
            if ((await use(inColumnOrder(kind, r))) === false)
                return sum;
            sum.records++;
        }
        sum.docs++;
        o.onDoc?.(sum.docs);
    }
    return sum;
}
/** Writes one kind of record as JSON Lines or CSV (with its header, even when there are no rows). */
export async function writeRecords(store, out, format, o) {
    const kind = KINDS[o.kind];
    if (format === 'csv')
        await out.write(csvLine(kind.columns.map(([name]) => name)));
    return eachRecord(store, o, async (r) => {
        if (out.closed)
            return false;
        await out.write(format === 'csv' ? csvLine(Object.values(r)) : `${JSON.stringify(r)}\n`);
        return true;
    });
}
