import { api } from './api.js';
import { h, mount } from './dom.js';

/** Full-text search over articles and quotes. */
export async function searchView(view: HTMLElement, q: string, titles: Map<string, string>) {
  const [docs, quotes] = await Promise.all([api.docs(q, 100), api.quotes({ q })]);
  mount(
    view,
    h('h2', {}, 'Search: ', h('q', {}, q)),
    h('h3', {}, `Articles (${docs.items.length})`),
    h(
      'ul',
      { class: 'results', id: 'doc-results' },
      ...docs.items.map((d) =>
        h(
          'li',
          {},
          h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.id),
          h('span', { class: 'muted' }, ` ${d.published ?? ''} · ${d.quotes} quotes · ${d.events} events`),
        ),
      ),
    ),
    h('h3', {}, `Quotes (${quotes.items.length})`),
    h(
      'ul',
      { class: 'results', id: 'quote-results' },
      ...quotes.items.map((r) =>
        h(
          'li',
          {},
          h('a', { href: `#/doc/${encodeURIComponent(r.docId)}/q${r.index}` }, `“${r.text}”`),
          h('span', { class: 'muted' }, ` — ${r.speaker ?? 'unknown'}, ${titles.get(r.docId) ?? r.docId}`),
        ),
      ),
    ),
  );
}
