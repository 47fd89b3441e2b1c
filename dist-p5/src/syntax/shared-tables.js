import { createHash } from 'node:crypto';
import { Perceptron } from './perceptron.js';
/** Identifies a model file's bytes (sha1). */
export function modelKey(data) {
    return createHash('sha1').update(data).digest('hex');
}
/** Copies loaded tables into SharedArrayBuffers; an array two tables share (interleaved slots) is copied once. */
export function toShared(key, header, tables) {
    const copies = new Map();
    const share = (a) => {
        if (!a)
            return undefined;
        let copy = copies.get(a);
        if (!copy) {
            const Ctor = a.constructor;
            copy = new Ctor(new SharedArrayBuffer(a.byteLength));
            copy.set(a);
            copies.set(a, copy);
        }
        return copy;
    };
    return {
        key,
        header,
        tables: tables.map((p) => {
            const q = p.quantized;
            if (!q)
                throw new Error('only loaded (quantised) tables can be shared');
            const quantized = { lut: share(q.lut), scale: q.scale };
            for (const k of ['dense', 'slots', 'heavy']) {
                if (q[k])
                    Object.assign(quantized, { [k]: share(q[k]) });
            }
            if (q.stride !== undefined)
                quantized.stride = q.stride;
            if (q.offset !== undefined)
                quantized.offset = q.offset;
            return { classes: p.classes, bits: p.bits, quantized };
        }),
    };
}
let installed;
/** From now on `unpackModel` of the file these tables came from returns them instead of decoding its own. */
export function installShared(model) {
    installed = model;
}
/** The installed shared tables and header when `data` is the model file they came from, else undefined. */
export function sharedTablesFor(data) {
    if (!installed || modelKey(data) !== installed.key)
        return undefined;
    const tables = installed.tables.map((t) => new Perceptron(t.classes, t.bits, undefined, t.quantized));
    return { header: installed.header, tables };
}
