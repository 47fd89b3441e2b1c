import { api, type QuoteRow } from './api.js';
import { h, mount } from './dom.js';

/** Quotes grouped by speaker, across the store or within one document, filtered by speaker name. */
export async function quotesView(view: HTMLElement, docId: string | undefined, titles: Map<string, string>) {
  const speakerBox = h('input', { type: 'search', placeholder: 'Filter by speaker…', id: 'speaker' });
  const scope = h(
    'label',
    {},
    h('input', { type: 'checkbox', id: 'this-doc', checked: Boolean(docId), disabled: !docId }),
    ' this document only',
  );
  const table = h('div', { id: 'quotes-table' });
  const draw = async () => {
    const only = (scope.querySelector('input') as HTMLInputElement).checked;
    const page = await api.quotes({ speaker: speakerBox.value.trim(), doc: only ? docId : undefined });
    const groups = new Map<string, QuoteRow[]>();
    for (const q of page.items) {
      const who = q.speaker ?? '(no speaker)';
      groups.set(who, [...(groups.get(who) ?? []), q]);
    }
    const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    mount(
      table,
      sorted.length ? null : h('p', { class: 'muted' }, 'No quotes.'),
      ...sorted.map(([who, rows]) =>
        h(
          'section',
          { class: 'speaker-group' },
          h('h3', {}, who, ' ', h('span', { class: 'count' }, rows.length)),
          h(
            'table',
            { class: 'rows' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, 'quote'),
                h('th', {}, 'kind'),
                h('th', {}, 'cue'),
                h('th', {}, 'article'),
              ),
            ),
            h(
              'tbody',
              {},
              ...rows.map((q) =>
                h(
                  'tr',
                  {},
                  h('td', { class: 'quote-text' }, q.kind === 'direct' ? `“${q.text}”` : q.text),
                  h('td', {}, q.kind),
                  h('td', {}, q.cue ?? ''),
                  h(
                    'td',
                    {},
                    h(
                      'a',
                      { href: `#/doc/${encodeURIComponent(q.docId)}/q${q.index}` },
                      titles.get(q.docId) ?? q.docId,
                    ),
                    q.published ? h('div', { class: 'muted' }, q.published) : null,
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };
  let timer = 0;
  speakerBox.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(draw, 200);
  });
  scope.addEventListener('change', draw);
  mount(view, h('h2', {}, 'Quotes by speaker'), h('div', { class: 'filters' }, speakerBox, scope), table);
  await draw();
}
