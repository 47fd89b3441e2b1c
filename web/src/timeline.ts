import { api, type EventRow, type TimexRow } from './api.js';
import { h, mount, QUADS } from './dom.js';

type Item = { kind: 'timex'; row: TimexRow } | { kind: 'event'; row: EventRow };

/** The calendar date an item sits on (YYYY, YYYY-MM or YYYY-MM-DD), or null for durations and vague times. */
const dateOf = (it: Item): string | null => {
  const v = it.kind === 'timex' ? it.row.value : it.row.date;
  const m = v ? /^\d{4}(-\d{2}(-\d{2})?)?/.exec(v) : null;
  return m ? m[0] : null;
};

/** Events and time expressions on one vertical time axis, grouped by date; undated ones listed after. */
export async function timelineView(
  view: HTMLElement,
  docId: string | undefined,
  titles: Map<string, string>,
) {
  const scope = h(
    'label',
    {},
    h('input', { type: 'checkbox', checked: Boolean(docId), disabled: !docId }),
    ' this document only',
  );
  const body = h('div', { id: 'timeline' });
  const draw = async () => {
    const only = (scope.querySelector('input') as HTMLInputElement).checked;
    const doc = only ? docId : undefined;
    const [tx, ev] = await Promise.all([api.timexes({ doc }), api.events({ doc })]);
    const items: Item[] = [
      ...tx.items.map((row) => ({ kind: 'timex' as const, row })),
      ...ev.items.map((row) => ({ kind: 'event' as const, row })),
    ];
    const dated = new Map<string, Item[]>();
    const undated: Item[] = [];
    for (const it of items) {
      const d = dateOf(it);
      if (d) dated.set(d, [...(dated.get(d) ?? []), it]);
      else undated.push(it);
    }
    const row = (it: Item) => {
      const link = (text: string) =>
        h(
          'a',
          { href: `#/doc/${encodeURIComponent(it.row.docId)}`, title: titles.get(it.row.docId) ?? '' },
          text,
        );
      if (it.kind === 'timex') {
        const t = it.row;
        return h(
          'li',
          { class: 'tl-timex' },
          h('span', { class: 'tx' }, t.text),
          ` ${t.type} ${t.value} `,
          link('↗'),
        );
      }
      const e = it.row;
      const q = QUADS[e.quad];
      return h(
        'li',
        { class: `tl-event quad-${e.quad}`, style: `border-color:${q?.colour ?? '#888'}` },
        h('strong', {}, e.source ?? '—'),
        ' ',
        h('span', { class: `ev quad-${e.quad}` }, e.trigger),
        ' ',
        h('strong', {}, e.target ?? '—'),
        h(
          'span',
          { class: 'muted' },
          ` ${e.plover} · CAMEO ${e.cameo} · ${q?.name ?? ''}${e.negated ? ' · negated' : ''} `,
        ),
        link('↗'),
      );
    };
    const dates = [...dated.keys()].sort();
    mount(
      body,
      items.length ? null : h('p', { class: 'muted' }, 'No events or time expressions.'),
      h(
        'ol',
        { class: 'axis' },
        ...dates.map((d) =>
          h('li', { class: 'tick' }, h('time', { datetime: d }, d), h('ul', {}, ...dated.get(d)!.map(row))),
        ),
      ),
      undated.length ? h('h3', {}, 'Durations, sets and vague times') : null,
      undated.length ? h('ul', { class: 'undated' }, ...undated.map(row)) : null,
    );
  };
  scope.addEventListener('change', draw);
  mount(view, h('h2', {}, 'Timeline'), h('div', { class: 'filters' }, scope), body);
  await draw();
}
