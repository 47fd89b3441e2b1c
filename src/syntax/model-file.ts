import { gunzipSync, gzipSync } from 'node:zlib';
import { Perceptron } from './perceptron.js';

/** How a weight table is stored: rows that are all zero are left out, the rest quantised to int16. */
interface TableMeta {
  classes: number;
  bits: number;
  scale: number;
  rows: number;
}

/** Packs a JSON header and perceptron tables into one gzip buffer. */
export function packModel(header: object, tables: Perceptron[], prune = 0): Buffer {
  const metas: TableMeta[] = [];
  const parts: Buffer[] = [];
  for (const p of tables) {
    const w = { length: p.size, at: (i: number) => p.weightAt(i) };
    const k = p.classes;
    const nRows = 1 << p.bits;
    let max = 0;
    for (let i = 0; i < w.length; i++) if (Math.abs(w.at(i)) > max) max = Math.abs(w.at(i));
    const scale = max > 0 ? max / 32767 : 1;
    const bitmap = new Uint8Array(nRows >> 3 || 1);
    let rows = 0;
    for (let r = 0; r < nRows; r++) {
      for (let c = 0; c < k; c++) {
        if (Math.abs(w.at(r * k + c)) > prune) {
          bitmap[r >> 3] |= 1 << (r & 7);
          rows++;
          break;
        }
      }
    }
    const q = new Int16Array(rows * k);
    let j = 0;
    for (let r = 0; r < nRows; r++) {
      if (!(bitmap[r >> 3] & (1 << (r & 7)))) continue;
      for (let c = 0; c < k; c++) {
        const x = w.at(r * k + c);
        q[j++] = Math.abs(x) > prune ? Math.round(x / scale) : 0;
      }
    }
    metas.push({ classes: k, bits: p.bits, scale, rows });
    parts.push(Buffer.from(bitmap.buffer, bitmap.byteOffset, bitmap.byteLength));
    parts.push(Buffer.from(q.buffer, q.byteOffset, q.byteLength));
  }
  const json = Buffer.from(JSON.stringify({ ...header, tables: metas }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  return gzipSync(Buffer.concat([len, json, ...parts]), { level: 9 });
}

/** Reverses packModel: the header and dense perceptrons ready to score. */
export function unpackModel<H>(data: Uint8Array): { header: H; tables: Perceptron[] } {
  const raw = gunzipSync(data);
  const len = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + len).toString('utf8')) as H & { tables: TableMeta[] };
  let at = 4 + len;
  const tables: Perceptron[] = [];
  for (const m of header.tables) {
    const nRows = 1 << m.bits;
    const bitmapBytes = nRows >> 3 || 1;
    const bitmap = raw.subarray(at, at + bitmapBytes);
    at += bitmapBytes;
    const count = m.rows * m.classes;
    // copy: the int16 run may not be 2-byte aligned inside the gunzipped buffer
    const q = new Int16Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + count * 2));
    at += count * 2;
    const dense = new Int16Array(nRows * m.classes);
    let j = 0;
    for (let byte = 0; byte < bitmapBytes; byte++) {
      const bits = bitmap[byte];
      if (bits === 0) continue;
      for (let b = 0; b < 8; b++) {
        if (!(bits & (1 << b))) continue;
        const row = ((byte << 3) + b) * m.classes;
        dense.set(q.subarray(j, j + m.classes), row);
        j += m.classes;
      }
    }
    tables.push(new Perceptron(m.classes, m.bits, undefined, { q: dense, scale: m.scale }));
  }
  return { header, tables };
}
