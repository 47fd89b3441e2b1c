import { createHash } from 'node:crypto';
import { Perceptron, type QuantizedWeights } from './perceptron.js';

/**
 * A loaded model's weight tables in SharedArrayBuffers, with its header: what a pool's main thread unpacks
 * once and hands every worker (workerData), so N workers read one copy of the tables instead of N.
 */
export interface SharedModel<H = unknown> {
  /** `modelKey` of the model file the tables were unpacked from. */
  key: string;
  header: H;
  tables: { classes: number; bits: number; quantized: QuantizedWeights }[];
}

/** Identifies a model file's bytes (sha1). */
export function modelKey(data: Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

type Typed = Float32Array | Int8Array | Uint16Array | Int32Array;

/** Copies loaded tables into SharedArrayBuffers; an array two tables share (interleaved slots) is copied once. */
export function toShared<H>(key: string, header: H, tables: readonly Perceptron[]): SharedModel<H> {
  const copies = new Map<Typed, Typed>();
  const share = <T extends Typed>(a: T | undefined): T | undefined => {
    if (!a) return undefined;
    let copy = copies.get(a);
    if (!copy) {
      const Ctor = a.constructor as new (b: SharedArrayBuffer) => T;
      copy = new Ctor(new SharedArrayBuffer(a.byteLength));
      copy.set(a as never);
      copies.set(a, copy);
    }
    return copy as T;
  };
  return {
    key,
    header,
    tables: tables.map((p) => {
      const q = p.quantized;
      if (!q) throw new Error('only loaded (quantised) tables can be shared');
      const quantized: QuantizedWeights = { lut: share(q.lut)!, scale: q.scale };
      for (const k of ['dense', 'slots', 'heavy'] as const) {
        if (q[k]) Object.assign(quantized, { [k]: share(q[k]) });
      }
      if (q.stride !== undefined) quantized.stride = q.stride;
      if (q.offset !== undefined) quantized.offset = q.offset;
      return { classes: p.classes, bits: p.bits, quantized };
    }),
  };
}

let installed: SharedModel | undefined;

/** From now on `unpackModel` of the file these tables came from returns them instead of decoding its own. */
export function installShared(model: SharedModel): void {
  installed = model;
}

/** The installed shared tables and header when `data` is the model file they came from, else undefined. */
export function sharedTablesFor<H>(data: Uint8Array): { header: H; tables: Perceptron[] } | undefined {
  if (!installed || modelKey(data) !== installed.key) return undefined;
  const tables = installed.tables.map((t) => new Perceptron(t.classes, t.bits, undefined, t.quantized));
  return { header: installed.header as H, tables };
}
