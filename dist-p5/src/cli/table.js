import { csvField } from '../export/csv.js';
const cell = (v) => v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
/** Rows as an aligned text table; long cells are cut to `width` characters. */
export function formatTable(rows, width = 60) {
    if (!rows.length)
        return '(no rows)\n';
    const cols = Object.keys(rows[0]);
    const text = rows.map((r) => cols.map((c) => clip(cell(r[c]).replace(/\s+/g, ' '), width)));
    const widths = cols.map((c, i) => Math.max(c.length, ...text.map((t) => t[i].length)));
    const line = (cells) => cells
        .map((x, i) => x.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n') + '\n';
}
/** Rows as RFC 4180 CSV. */
export function formatCsv(rows) {
    if (!rows.length)
        return '';
    const cols = Object.keys(rows[0]);
    return ([cols.join(','), ...rows.map((r) => cols.map((c) => csvField(cell(r[c]))).join(','))].join('\n') + '\n');
}
/** Rows as JSON Lines. */
export const formatJson = (rows) => rows.map((r) => JSON.stringify(r) + '\n').join('');
const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
