import type { Doc } from './api.js';
import { h, mount, QUADS } from './dom.js';

/** The layers a reader can switch on and off. */
export const LAYERS = ['mentions', 'quotes', 'timexes', 'events', 'claims', 'findings'] as const;
type Layer = (typeof LAYERS)[number];

interface Mark {
  start: number;
  end: number;
  layer: Layer;
  cls: string;
  data: Record<string, string>;
}

const slice = (doc: Doc, s: { start: number; end: number }) => doc.text.slice(s.start, s.end);

/** Who said quote `i`: the speaker's entity name, else the speaker span's text. */
export function speakerOf(doc: Doc, i: number): string | null {
  const sp = doc.quotes[i]?.speaker;
  if (!sp) return null;
  return (sp.entity !== undefined && doc.entities[sp.entity]?.name) || slice(doc, sp);
}

/** An entity's name, or its first mention's words when it has none (every mention a pronoun). */
function entityName(doc: Doc, i: number): string {
  const e = doc.entities[i];
  const first = e && doc.mentions[e.mentions[0]];
  return e?.name || (first ? slice(doc, first) : '');
}

/** Every span of every layer, as marks to paint. */
function marksOf(doc: Doc): Mark[] {
  const m: Mark[] = [];
  doc.mentions.forEach((x, i) => {
    const data: Record<string, string> = { m: String(i) };
    if (x.entity !== undefined) data.ent = String(x.entity);
    m.push({ ...x, layer: 'mentions', cls: `m m-${x.type}`, data });
  });
  doc.quotes.forEach((q, i) => {
    for (const p of q.parts) m.push({ ...p, layer: 'quotes', cls: `q q-${q.kind}`, data: { q: String(i) } });
    if (q.speaker) m.push({ ...q.speaker, layer: 'quotes', cls: 'spk', data: { spk: String(i) } });
    if (q.cue) m.push({ ...q.cue, layer: 'quotes', cls: 'cue', data: { cue: String(i) } });
  });
  doc.timexes.forEach((t, i) => {
    m.push({ ...t, layer: 'timexes', cls: 'tx', data: { tx: String(i) } });
  });
  doc.events.forEach((e, i) => {
    m.push({ ...e.trigger, layer: 'events', cls: `ev quad-${e.cameo.quad}`, data: { ev: String(i) } });
  });
  doc.claims.forEach((c, i) => {
    m.push({ ...c, layer: 'claims', cls: 'cl', data: { cl: String(i) } });
  });
  doc.findings.forEach((f, i) => {
    for (const e of f.evidence) m.push({ ...e, layer: 'findings', cls: 'fd', data: { fd: String(i) } });
  });
  return m.filter((x) => x.end > x.start && x.start >= 0 && x.end <= doc.text.length);
}

/** The text cut at every mark boundary; each piece carries the classes and ids of the marks covering it. */
export function paintText(doc: Doc): HTMLElement {
  const marks = marksOf(doc);
  const cuts = new Set<number>([0, doc.text.length]);
  for (const x of marks) cuts.add(x.start).add(x.end);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const box = h('div', { class: 'text', id: 'text' });
  let active: Mark[] = [];
  let next = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    active = active.filter((x) => x.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) active.push(byStart[next]);
      next++;
    }
    const piece = doc.text.slice(a, b);
    if (!active.length) {
      box.append(piece);
      continue;
    }
    const el = h('span', { class: active.map((x) => x.cls).join(' '), 'data-at': a });
    const data: Record<string, string[]> = {};
    for (const x of active) {
      for (const [key, v] of Object.entries(x.data)) {
        if (!data[key]) data[key] = [];
        data[key].push(v);
      }
    }
    for (const [key, vs] of Object.entries(data)) el.dataset[key] = vs.join(' ');
    el.append(piece);
    box.append(el);
  }
  return box;
}

/** The tooltip text for a painted piece: speakers of its quotes, values of its times, its events. */
function tipFor(doc: Doc, el: HTMLElement): string {
  const lines: string[] = [];
  for (const i of (el.dataset.q ?? '').split(' ').filter(Boolean).map(Number)) {
    const q = doc.quotes[i];
    const cue = q.cue ? ` (${slice(doc, q.cue)})` : '';
    lines.push(`${q.kind} quote — speaker: ${speakerOf(doc, i) ?? 'unknown'}${cue}`);
  }
  for (const i of (el.dataset.spk ?? '').split(' ').filter(Boolean).map(Number)) {
    lines.push(`speaker of quote ${i + 1}`);
  }
  for (const i of (el.dataset.tx ?? '').split(' ').filter(Boolean).map(Number)) {
    const t = doc.timexes[i];
    lines.push(`${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ''}`);
  }
  for (const i of (el.dataset.ev ?? '').split(' ').filter(Boolean).map(Number)) {
    const e = doc.events[i];
    const who = (a: typeof e.source) =>
      a ? (a.entity !== undefined && entityName(doc, a.entity)) || slice(doc, a) : '—';
    lines.push(
      `${who(e.source)} → ${slice(doc, e.trigger)} → ${who(e.target)}  ` +
        `(${e.plover.type}, CAMEO ${e.cameo.code}, ${QUADS[e.cameo.quad]?.name ?? 'quad ' + e.cameo.quad})` +
        (e.negated ? ' [negated]' : ''),
    );
  }
  for (const i of (el.dataset.ent ?? '').split(' ').filter(Boolean).map(Number)) {
    const e = doc.entities[i];
    if (e)
      lines.push(`${e.type} ${entityName(doc, i)}${e.code ? ` [${e.code}]` : ''} — click for all mentions`);
  }
  for (const i of (el.dataset.cl ?? '').split(' ').filter(Boolean).map(Number)) {
    const c = doc.claims[i];
    lines.push(`claim: ${c.value}${c.counts ? ` ${c.counts}` : ''}${c.approx ? ` (${c.approx})` : ''}`);
  }
  for (const i of (el.dataset.fd ?? '').split(' ').filter(Boolean).map(Number)) {
    lines.push(`finding: ${doc.findings[i].message}`);
  }
  return lines.join('\n');
}

const ids = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);

/** Lights every piece of quote `i` and its speaker. */
function lightQuote(box: HTMLElement, i: string, on: boolean) {
  for (const el of box.querySelectorAll(`[data-q~="${i}"], [data-spk~="${i}"]`))
    el.classList.toggle('hot', on);
}

/** The article view: painted text, layer switches, entity panel, this document's findings. */
export function articleView(doc: Doc, view: HTMLElement, tip: HTMLElement, focus?: number) {
  const text = paintText(doc);
  const entityPanel = h(
    'section',
    { class: 'panel', id: 'entity-panel' },
    h('p', { class: 'muted' }, 'Click a name to see all its mentions.'),
  );

  const selectEntity = (e: number) => {
    for (const el of text.querySelectorAll('.sel')) el.classList.remove('sel');
    const pieces = [...text.querySelectorAll<HTMLElement>(`[data-ent~="${e}"]`)];
    for (const el of pieces) el.classList.add('sel');
    const ent = doc.entities[e];
    const mentions = ent.mentions.map((mi) => doc.mentions[mi]).filter(Boolean);
    mount(
      entityPanel,
      h('h3', {}, entityName(doc, e), ' ', h('small', { class: `badge m-${ent.type}` }, ent.type)),
      ent.code ? h('p', {}, 'Actor code ', h('code', {}, ent.code)) : null,
      ent.aliases?.length ? h('p', { class: 'muted' }, 'Also: ', ent.aliases.join(', ')) : null,
      h('p', {}, `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`),
      h(
        'ol',
        { class: 'mentions' },
        ...mentions.map((m) => {
          const ctx = (a: number, b: number) =>
            doc.text.slice(Math.max(0, a), Math.max(0, b)).replace(/\s+/g, ' ');
          return h(
            'li',
            {
              onclick: () =>
                text
                  .querySelector<HTMLElement>(`[data-m~="${doc.mentions.indexOf(m)}"]`)
                  ?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
            },
            '…',
            ctx(m.start - 40, m.start),
            h('mark', {}, slice(doc, m)),
            ctx(m.end, m.end + 40),
            '…',
          );
        }),
      ),
    );
  };

  text.addEventListener('mouseover', (ev) => {
    const el = (ev.target as HTMLElement).closest<HTMLElement>('#text span');
    if (!el) return;
    for (const i of ids(el.dataset.q)) lightQuote(text, i, true);
    const t = tipFor(doc, el);
    if (!t) return;
    tip.textContent = t;
    tip.hidden = false;
    const r = el.getBoundingClientRect();
    tip.style.left = `${Math.min(r.left, window.innerWidth - 360)}px`;
    tip.style.top = `${r.bottom + 6}px`;
  });
  text.addEventListener('mouseout', (ev) => {
    const el = (ev.target as HTMLElement).closest<HTMLElement>('#text span');
    if (!el) return;
    for (const i of ids(el.dataset.q)) lightQuote(text, i, false);
    tip.hidden = true;
  });
  text.addEventListener('click', (ev) => {
    const el = (ev.target as HTMLElement).closest<HTMLElement>('[data-ent]');
    if (el) selectEntity(Number(ids(el.dataset.ent)[0]));
  });

  const counts: Record<Layer, number> = {
    mentions: doc.mentions.length,
    quotes: doc.quotes.length,
    timexes: doc.timexes.length,
    events: doc.events.length,
    claims: doc.claims.length,
    findings: doc.findings.length,
  };
  const toggles = h(
    'fieldset',
    { class: 'layers' },
    h('legend', {}, 'Layers'),
    ...LAYERS.map((l) =>
      h(
        'label',
        { class: `toggle t-${l}` },
        h('input', {
          type: 'checkbox',
          checked: true,
          name: l,
          onchange: (e) => text.classList.toggle(`off-${l}`, !(e.target as HTMLInputElement).checked),
        }),
        ` ${l} `,
        h('span', { class: 'count' }, counts[l]),
      ),
    ),
  );

  const title =
    typeof doc.meta.title === 'string'
      ? doc.meta.title
      : doc.meta.title
        ? slice(doc, doc.meta.title)
        : doc.id;
  const findings = doc.findings.length
    ? h(
        'section',
        { class: 'panel findings' },
        h('h3', {}, 'Findings'),
        ...doc.findings.map((f, i) =>
          h(
            'div',
            {
              class: 'finding',
              onclick: () =>
                text.querySelector<HTMLElement>(`[data-fd~="${i}"]`)?.scrollIntoView({ block: 'center' }),
            },
            h('strong', {}, f.kind),
            ' ',
            f.message,
            f.suggested
              ? h('div', { class: 'muted' }, `suggested: ${f.suggested.from} → ${f.suggested.to}`)
              : null,
          ),
        ),
      )
    : null;

  mount(
    view,
    h(
      'div',
      { class: 'article' },
      h(
        'article',
        {},
        h('h2', { id: 'doc-title' }, title),
        h(
          'p',
          { class: 'muted meta' },
          `published ${doc.meta.published.value ?? 'unknown'} (${doc.meta.published.from})`,
          doc.meta.source ? ` · ${doc.meta.source}` : '',
          ` · id ${doc.id}`,
        ),
        text,
      ),
      h('div', { class: 'side' }, toggles, legend(), findings, entityPanel),
    ),
  );
  if (focus !== undefined) {
    const el = text.querySelector<HTMLElement>(`[data-q~="${focus}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      lightQuote(text, String(focus), true);
    }
  }
}

function legend() {
  const types = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'TITLE'];
  return h(
    'section',
    { class: 'panel legend' },
    h('h3', {}, 'Legend'),
    h('div', {}, ...types.map((t) => h('span', { class: `badge m-${t}` }, t))),
    h(
      'div',
      {},
      h('span', { class: 'q sample' }, 'quote'),
      ' ',
      h('span', { class: 'spk sample' }, 'speaker'),
      ' ',
      h('span', { class: 'tx sample' }, 'time'),
      ' ',
      h('span', { class: 'cl sample' }, 'number'),
      ' ',
      h('span', { class: 'fd sample' }, 'finding'),
    ),
    h(
      'div',
      {},
      ...Object.entries(QUADS).map(([q, v]) => h('span', { class: `ev quad-${q} sample` }, v.name)),
    ),
  );
}
