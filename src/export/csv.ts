import type { Cell } from './records.js';

/** One CSV field per RFC 4180: quoted (quotes doubled) when it holds a comma, a quote, CR or LF. */
export function csvField(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, ended by CRLF as RFC 4180 has it. */
export const csvLine = (cells: readonly Cell[]): string => `${cells.map(csvField).join(',')}\r\n`;
