import type { DocJson } from '../../src/model/schema.js';
import type { DocRow, EventRow, FindingRow, QuoteRow, TimexRow } from '../../src/store/rows.js';

export type Doc = DocJson;
export type { DocRow, EventRow, FindingRow, QuoteRow, TimexRow };

export interface Page<R> {
  items: R[];
  limit: number;
  offset: number;
  next: string | null;
}

async function get<T>(path: string): Promise<T> {
  const r = await fetch(path, { headers: { accept: 'application/json' } });
  if (!r.ok) {
    const p = await r.json().catch(() => ({ detail: r.statusText }));
    throw new Error(p.detail ?? `${r.status}`);
  }
  return r.json();
}

const qs = (params: Record<string, string | number | undefined>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};

/** The API calls the explorer makes. */
export const api = {
  docs: (q?: string, limit = 200) => get<Page<DocRow>>(`/documents${qs({ q, limit })}`),
  doc: (id: string) => get<Doc>(`/documents/${encodeURIComponent(id)}`),
  quotes: (p: { speaker?: string; q?: string; doc?: string }) =>
    get<Page<QuoteRow>>(`/quotes${qs({ ...p, limit: 1000 })}`),
  events: (p: { doc?: string }) => get<Page<EventRow>>(`/events${qs({ ...p, limit: 1000 })}`),
  timexes: (p: { doc?: string }) => get<Page<TimexRow>>(`/timexes${qs({ ...p, limit: 1000 })}`),
  findings: () => get<Page<FindingRow>>('/findings?limit=1000'),
};
