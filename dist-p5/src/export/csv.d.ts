import type { Cell } from './records.js';
/** One CSV field per RFC 4180: quoted (quotes doubled) when it holds a comma, a quote, CR or LF. */
export declare function csvField(v: Cell): string;
/** One CSV record, ended by CRLF as RFC 4180 has it. */
export declare const csvLine: (cells: readonly Cell[]) => string;
