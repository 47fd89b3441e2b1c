import { api, type EventRow } from './api.js';
import { h, mount, QUADS, svg } from './dom.js';

/** Who acts on whom: actors on a circle, one arrow per source→target pair, coloured by its commonest quad class. */
export async function networkView(view: HTMLElement, docId: string | undefined) {
  const scope = h(
    'label',
    {},
    h('input', { type: 'checkbox', checked: Boolean(docId), disabled: !docId }),
    ' this document only',
  );
  const box = h('div', { id: 'network' });
  const draw = async () => {
    const only = (scope.querySelector('input') as HTMLInputElement).checked;
    const rows = (await api.events({ doc: only ? docId : undefined })).items.filter(
      (e) => e.source && e.target,
    );
    const edges = new Map<string, { from: string; to: string; rows: EventRow[] }>();
    const weight = new Map<string, number>();
    for (const e of rows) {
      const key = `${e.source}\u0000${e.target}`;
      const edge = edges.get(key) ?? { from: e.source!, to: e.target!, rows: [] };
      edge.rows.push(e);
      edges.set(key, edge);
      for (const n of [e.source!, e.target!]) weight.set(n, (weight.get(n) ?? 0) + 1);
    }
    const nodes = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)!).slice(0, 40);
    if (!nodes.length) {
      mount(box, h('p', { class: 'muted' }, 'No events with both a source and a target.'));
      return;
    }
    const W = 720;
    const R = nodes.length === 1 ? 0 : 260;
    const pos = new Map(
      nodes.map((n, i) => {
        const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
        return [n, { x: W / 2 + R * Math.cos(a), y: W / 2 + R * Math.sin(a) }];
      }),
    );
    const defs = svg(
      'defs',
      {},
      ...Object.entries(QUADS).map(([q, v]) =>
        svg(
          'marker',
          {
            id: `arrow-${q}`,
            viewBox: '0 0 10 10',
            refX: 24,
            refY: 5,
            markerWidth: 7,
            markerHeight: 7,
            orient: 'auto-start-reverse',
          },
          svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: v.colour }),
        ),
      ),
    );
    const lines = [...edges.values()]
      .filter((e) => pos.has(e.from) && pos.has(e.to))
      .map((e) => {
        const counts = new Map<number, number>();
        for (const r of e.rows) counts.set(r.quad, (counts.get(r.quad) ?? 0) + 1);
        const quad = [...counts].sort((a, b) => b[1] - a[1])[0][0];
        const a = pos.get(e.from)!;
        const b = pos.get(e.to)!;
        // A slight curve keeps A→B and B→A apart.
        const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.12;
        const my = (a.y + b.y) / 2 - (b.x - a.x) * 0.12;
        return svg(
          'path',
          {
            class: `edge quad-${quad}`,
            d:
              e.from === e.to
                ? `M${a.x},${a.y} c40,-60 80,0 0,0`
                : `M${a.x},${a.y} Q${mx},${my} ${b.x},${b.y}`,
            stroke: QUADS[quad]?.colour ?? '#888',
            'stroke-width': Math.min(1.5 + e.rows.length, 8),
            fill: 'none',
            'marker-end': `url(#arrow-${quad})`,
          },
          svg(
            'title',
            {},
            `${e.from} → ${e.to}: ${e.rows.map((r) => `${r.trigger} (${r.cameo})`).join(', ')}`,
          ),
        );
      });
    const circles = nodes.map((n) => {
      const p = pos.get(n)!;
      return svg(
        'g',
        { class: 'node' },
        svg('circle', { cx: p.x, cy: p.y, r: 8 + Math.min(weight.get(n)!, 10) }),
        svg('text', { x: p.x, y: p.y - 16, 'text-anchor': 'middle' }, n),
      );
    });
    mount(
      box,
      svg(
        'svg',
        { viewBox: `0 0 ${W} ${W}`, width: '100%', role: 'img', 'aria-label': 'actor network' },
        defs,
        ...lines,
        ...circles,
      ),
      h(
        'div',
        { class: 'legend' },
        ...Object.values(QUADS).map((q) =>
          h('span', { class: 'swatch', style: `background:${q.colour}` }, q.name),
        ),
      ),
    );
  };
  scope.addEventListener('change', draw);
  mount(view, h('h2', {}, 'Actor network'), h('div', { class: 'filters' }, scope), box);
  await draw();
}
