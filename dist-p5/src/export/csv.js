/** One CSV field per RFC 4180: quoted (quotes doubled) when it holds a comma, a quote, CR or LF. */
export function csvField(v) {
    if (v === null)
        return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** One CSV record, ended by CRLF as RFC 4180 has it. */
export const csvLine = (cells) => `${cells.map(csvField).join(',')}\r\n`;
