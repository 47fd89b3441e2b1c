import { api } from './api.js';
import { h, mount } from './dom.js';

/** Every finding in the store, each linked to its article. */
export async function findingsView(view: HTMLElement, titles: Map<string, string>) {
  const rows = (await api.findings()).items;
  mount(
    view,
    h('h2', {}, 'Findings'),
    rows.length ? null : h('p', { class: 'muted' }, 'The checks found nothing.'),
    ...rows.map((f) =>
      h(
        'div',
        { class: 'finding panel' },
        h('strong', {}, f.kind),
        ' ',
        f.message,
        f.text ? h('div', {}, 'evidence: ', h('mark', {}, f.text)) : null,
        f.suggestedFrom
          ? h('div', { class: 'muted' }, `suggested: ${f.suggestedFrom} → ${f.suggestedTo}`)
          : null,
        h(
          'div',
          {},
          h('a', { href: `#/doc/${encodeURIComponent(f.docId)}` }, titles.get(f.docId) ?? f.docId),
        ),
      ),
    ),
  );
}
