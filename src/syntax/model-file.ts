import { gunzipSync, gzipSync } from 'node:zlib';
import { HEAVY, Perceptron, SLOT } from './perceptron.js';
import { sharedTablesFor } from './shared-tables.js';

/**
 * How a weight table is stored. Rows that are all zero are left out (a bitmap says which are kept).
 * Weights are int8 codes c with weight = sign(c) (|c| / 127)² × max: square-root companding keeps
 * small weights precise. `sqrt8` stores kept rows densely; `sqrt8-sparse` (wide tables, mostly zero)
 * stores per row a count, the class ids, then the codes. Files without a codec hold int16 × scale.
 */
interface TableMeta {
  classes: number;
  bits: number;
  scale: number;
  rows: number;
  codec?: 'sqrt8' | 'sqrt8-sparse';
  /** Byte length of the row data (sparse codec). */
  bytes?: number;
}

/** int8 code of weight x for a table whose largest magnitude is max. */
function encode(x: number, max: number): number {
  return Math.sign(x) * Math.min(127, Math.round(Math.sqrt(Math.abs(x) / max) * 127));
}

/** Tables with more classes than this are stored sparsely. */
const SPARSE_FROM = 8;

/** Packs a JSON header and perceptron tables into one gzip buffer; weights within ±prune are dropped. */
export function packModel(header: object, tables: Perceptron[], prune = 0): Buffer {
  const metas: TableMeta[] = [];
  const parts: Buffer[] = [];
  for (const p of tables) {
    const k = p.classes;
    const nRows = 1 << p.bits;
    let max = 0;
    for (let i = 0; i < p.size; i++) max = Math.max(max, Math.abs(p.weightAt(i)));
    if (max === 0) max = 1;
    const code = (i: number) => {
      const x = p.weightAt(i);
      return Math.abs(x) > prune ? encode(x, max) : 0;
    };
    const sparse = k > SPARSE_FROM && k < 128; // the row count is one int8
    const bitmap = new Uint8Array(nRows >> 3 || 1);
    const out: number[] = [];
    let rows = 0;
    const row = new Int8Array(k);
    for (let r = 0; r < nRows; r++) {
      let nz = 0;
      for (let c = 0; c < k; c++) {
        row[c] = code(r * k + c);
        if (row[c] !== 0) nz++;
      }
      if (nz === 0) continue;
      bitmap[r >> 3] |= 1 << (r & 7);
      rows++;
      if (!sparse) {
        for (let c = 0; c < k; c++) out.push(row[c]);
        continue;
      }
      out.push(nz);
      for (let c = 0; c < k; c++) if (row[c] !== 0) out.push(c);
      for (let c = 0; c < k; c++) if (row[c] !== 0) out.push(row[c]);
    }
    const bytes = Int8Array.from(out);
    metas.push({
      classes: k,
      bits: p.bits,
      scale: max,
      rows,
      codec: sparse ? 'sqrt8-sparse' : 'sqrt8',
      bytes: bytes.length,
    });
    parts.push(Buffer.from(bitmap.buffer, bitmap.byteOffset, bitmap.byteLength));
    parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  const json = Buffer.from(JSON.stringify({ ...header, tables: metas }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  return gzipSync(Buffer.concat([len, json, ...parts]), { level: 9 });
}

/** Reverses packModel: the header and int8 perceptrons ready to score (wide tables kept sparse). */
export function unpackModel<H>(data: Uint8Array): { header: H; tables: Perceptron[] } {
  // in a pool worker: the tables the main thread unpacked once, in shared memory (src/scale/shared-syntax.ts)
  const shared = sharedTablesFor<H>(data);
  if (shared) return shared;
  const raw = gunzipSync(data);
  const len = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + len).toString('utf8')) as H & { tables: TableMeta[] };
  let at = 4 + len;
  const tables: Perceptron[] = [];
  for (const m of header.tables) {
    const k = m.classes;
    const nRows = 1 << m.bits;
    const bitmapBytes = nRows >> 3 || 1;
    const bitmap = raw.subarray(at, at + bitmapBytes);
    at += bitmapBytes;
    let max = m.scale;
    let src: Int8Array;
    if (m.codec === 'sqrt8' || m.codec === 'sqrt8-sparse') {
      const n = m.bytes ?? m.rows * k;
      src = new Int8Array(raw.buffer, raw.byteOffset + at, n);
      at += n;
    } else {
      // int16 files (before the int8 codec): re-encode as dense int8 rows
      const count = m.rows * k;
      const q16 = new Int16Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + count * 2));
      at += count * 2;
      let top = 0;
      for (let i = 0; i < count; i++) top = Math.max(top, Math.abs(q16[i]));
      max = top * m.scale || 1;
      src = Int8Array.from(q16, (x) => encode(x * m.scale, max));
    }
    // integer-valued (sign(c) c²): every score sum stays an exact integer below 2^24, so scores are exact
    // in any order and argmax equals that of the real weights (× scale > 0). lut[0] (code -128) stays 0.
    const lut = new Float32Array(256);
    for (let c = -127; c <= 127; c++) lut[c + 128] = Math.sign(c) * c * c;
    const scale = max / (127 * 127);
    const kept = (r: number) => bitmap[r >> 3] & (1 << (r & 7));
    if (k > SPARSE_FROM && k < 128) {
      tables.push(
        new Perceptron(k, m.bits, undefined, { lut, scale, ...sparseRows(src, kept, nRows, k, m.codec) }),
      );
      continue;
    }
    const dense = new Int8Array(nRows * k);
    let j = 0;
    for (let r = 0; r < nRows; r++) {
      if (!kept(r)) continue;
      const base = r * k;
      if (m.codec === 'sqrt8-sparse') {
        const nz = src[j++];
        for (let e = 0; e < nz; e++) dense[base + src[j + e]] = src[j + nz + e];
        j += 2 * nz;
      } else {
        for (let c = 0; c < k; c++) dense[base + c] = src[j++];
      }
    }
    tables.push(new Perceptron(k, m.bits, undefined, { dense, lut, scale }));
  }
  return { header, tables };
}

/** Slots and heavy rows (QuantizedWeights) of each kept row from either stored layout. */
function sparseRows(
  src: Int8Array,
  kept: (r: number) => number,
  nRows: number,
  k: number,
  codec: TableMeta['codec'],
): { slots: Uint16Array; heavy: Uint16Array } {
  const slots = new Uint16Array(nRows * SLOT);
  const heavy: number[] = [];
  const row: number[] = [];
  let j = 0;
  for (let r = 0; r < nRows; r++) {
    if (!kept(r)) continue;
    row.length = 0;
    if (codec === 'sqrt8-sparse') {
      const nz = src[j++];
      for (let e = 0; e < nz; e++) row.push(((src[j + nz + e] + 128) << 7) | src[j + e]);
      j += 2 * nz;
    } else {
      for (let c = 0; c < k; c++, j++) if (src[j] !== 0) row.push(((src[j] + 128) << 7) | c);
    }
    if (row.length <= SLOT) {
      for (let e = 0; e < row.length; e++) slots[r * SLOT + e] = row[e];
      continue;
    }
    slots[r * SLOT] = HEAVY | (heavy.length & 0x7fff);
    slots[r * SLOT + 1] = heavy.length >>> 15;
    slots[r * SLOT + 2] = row.length;
    heavy.push(...row);
  }
  return { slots, heavy: Uint16Array.from(heavy) };
}
