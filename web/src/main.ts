import { api, type DocRow } from './api.js';
import { articleView } from './article.js';
import { h, mount } from './dom.js';
import { findingsView } from './findings.js';
import { networkView } from './network.js';
import { quotesView } from './quotes.js';
import { searchView } from './search.js';
import { timelineView } from './timeline.js';

const view = document.getElementById('view')!;
const aside = document.getElementById('docs')!;
const tip = document.getElementById('tip')!;
const searchForm = document.getElementById('search') as HTMLFormElement;
const searchBox = document.getElementById('q') as HTMLInputElement;

const state = {
  docId: undefined as string | undefined,
  titles: new Map<string, string>(),
  docs: [] as DocRow[],
};

async function loadDocs() {
  state.docs = (await api.docs()).items;
  state.titles = new Map(state.docs.map((d) => [d.id, d.title ?? d.id]));
}

function drawDocList() {
  mount(
    aside,
    h('h2', {}, `Articles (${state.docs.length})`),
    h(
      'ul',
      {},
      ...state.docs.map((d) =>
        h(
          'li',
          { class: d.id === state.docId ? 'active' : undefined },
          h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.id),
          h(
            'div',
            { class: 'muted' },
            `${d.published ?? 'undated'} · ${d.quotes}q ${d.events}e ${d.findings ? `· ${d.findings}!` : ''}`,
          ),
        ),
      ),
    ),
  );
}

function markTab(tab: string) {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#tabs a')) {
    a.classList.toggle('current', a.dataset.tab === tab);
    if (a.dataset.tab === 'article') a.href = state.docId ? `#/doc/${encodeURIComponent(state.docId)}` : '#/';
  }
}

/** Reads the hash and draws the view it names. */
async function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  const [head, ...rest] = hash.split('/');
  tip.hidden = true;
  try {
    if (head === 'search') {
      const q = rest.join('/');
      searchBox.value = q;
      markTab('search');
      await searchView(view, q, state.titles);
    } else if (head === 'quotes') {
      markTab('quotes');
      await quotesView(view, state.docId, state.titles);
    } else if (head === 'timeline') {
      markTab('timeline');
      await timelineView(view, state.docId, state.titles);
    } else if (head === 'network') {
      markTab('network');
      await networkView(view, state.docId);
    } else if (head === 'findings') {
      markTab('findings');
      await findingsView(view, state.titles);
    } else {
      const id = head === 'doc' ? rest[0] : (state.docId ?? state.docs[0]?.id);
      if (!id) {
        mount(
          view,
          h(
            'p',
            {},
            'No articles stored yet. Add some with ',
            h('code', {}, 'dateline ingest'),
            ' or POST /documents.',
          ),
        );
        return;
      }
      state.docId = id;
      markTab('article');
      const focus = /^q(\d+)$/.exec(rest[1] ?? '');
      articleView(await api.doc(id), view, tip, focus ? Number(focus[1]) : undefined);
    }
  } catch (err) {
    mount(view, h('p', { class: 'error' }, `Could not load: ${(err as Error).message}`));
  }
  drawDocList();
}

searchForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = searchBox.value.trim();
  if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', route);
await loadDocs();
await route();
document.body.dataset.ready = 'true';
