import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatelineError, type ErrorCode } from '../model/errors.js';
import type { Span } from '../model/schema.js';
import { validateDoc } from '../model/validate.js';
import { docFromHtml, looksLikeHtml } from './html.js';

const fails = (code: ErrorCode, docId: string) => (e: unknown) =>
  e instanceof DatelineError && e.code === code && e.docId === docId;

const BODY = `
<p>MONTREUX, Switzerland — Delegations from Syria's government and opposition sat in the same room on
Wednesday for the first time since the war began, the United Nations said.</p>
<p>“This is a start,” said the envoy, Lakhdar Brahimi, who has spent months trying to bring the two sides
together.<br>He added that the talks would move to Geneva on Friday.</p>
<p>More than 130,000 people have been killed in the conflict, according to monitors, and millions have fled.</p>`;

const page = (head: string, body = BODY) =>
  `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav>` +
  `<article>${body}</article><footer>© Example News</footer><script>var x = "<p>no</p>";</script></body></html>`;

test('article body as paragraphs, title and date from meta tags, canonical URL', () => {
  const html = page(
    `<title>Talks open - Example News</title><meta property="og:title" content="Talks open in Montreux">
     <meta property="article:published_time" content="2014-01-22T08:30:00Z">
     <link rel="canonical" href="https://news.example/world/talks">`,
  );
  const doc = docFromHtml(html, { source: 'talks.html' });
  validateDoc(doc);
  const paras = doc.text.split('\n\n');
  assert.equal(paras.length, 3);
  assert.ok(paras[0].startsWith('MONTREUX, Switzerland — Delegations'));
  assert.ok(paras[1].includes('together.\nHe added'), 'a <br> is a line break');
  assert.ok(!doc.text.includes('Home') && !doc.text.includes('var x') && !doc.text.includes('©'));
  assert.deepEqual(doc.meta.published, { value: '2014-01-22T08:30:00Z', from: 'html-meta' });
  assert.equal(doc.meta.title, 'Talks open in Montreux');
  assert.equal(doc.meta.url, 'https://news.example/world/talks');
  assert.equal(doc.meta.source, 'talks.html');
});

test('JSON-LD datePublished (inside @graph), when no meta tag says it', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage' },
      { '@type': 'NewsArticle', headline: 'Talks open', datePublished: '2014-01-21T19:00:00-05:00' },
    ],
  };
  const doc = docFromHtml(
    page(`<title>Talks open</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`),
  );
  assert.deepEqual(doc.meta.published, { value: '2014-01-21T19:00:00-05:00', from: 'json-ld' });
});

test('<time datetime>: the date, with the span of its visible text when the article shows it', () => {
  const body = `<p>By Jane Doe, <time datetime="2014-01-22">Jan. 22, 2014</time></p>${BODY}`;
  const doc = docFromHtml(page('<title>Talks open</title>', body));
  const p = doc.meta.published;
  assert.equal(p.value, '2014-01-22');
  assert.equal(p.from, 'html-meta');
  assert.equal(doc.text.slice(p.start, p.end), 'Jan. 22, 2014');
});

test('no date in the markup: the text and then the URL decide', () => {
  const dated = docFromHtml(page('<title>Talks</title>', `<p>Jan. 22, 2014</p>${BODY}`));
  assert.equal(dated.meta.published.from, 'header');
  assert.equal(dated.text.slice(dated.meta.published.start, dated.meta.published.end), 'Jan. 22, 2014');
  const byUrl = docFromHtml(
    page('<title>Talks</title><link rel="canonical" href="https://x.example/2014/01/23/talks">'),
  );
  assert.deepEqual(byUrl.meta.published, { value: '2014-01-23', from: 'url' });
  const none = docFromHtml(page('<title>Talks</title>'));
  assert.equal(none.meta.published.from, 'none');
});

test('title: og:title, Readability title or <h1>; a span when the article text shows it', () => {
  const shown = docFromHtml(
    '<html><head><title>Talks - Example News</title></head><body><article><h1>Brahimi opens talks in Montreux</h1>' +
      '<p>Lakhdar Brahimi opened the talks on Wednesday and said he was hopeful about the outcome.</p>' +
      '<p>He said more would follow.</p></article></body></html>',
  );
  const t = shown.meta.title as Span;
  assert.equal(typeof t, 'object');
  assert.equal(shown.text.slice(t.start, t.end), 'Brahimi opens talks in Montreux');
  const hidden = docFromHtml(
    '<html><head><meta property="og:title" content="Brahimi opens talks"><title>Talks</title></head><body><div>' +
      '<p>Lakhdar Brahimi opened the talks on Wednesday and said he was hopeful about the outcome.</p></div></body></html>',
  );
  assert.equal(hidden.meta.title, 'Brahimi opens talks');
});

test('when Readability finds no article, the whole body text is used', () => {
  const doc = docFromHtml('<html><body><h1>Lavrov says talks will go on</h1></body></html>', {
    source: 'h.html',
  });
  assert.equal(doc.text, 'Lavrov says talks will go on');
});

test('broken HTML with no text, and non-English pages, fail naming the document', () => {
  assert.throws(
    () =>
      docFromHtml('<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>', {
        source: 'b.html',
      }),
    fails('DL_INGEST_BAD_HTML', 'b.html'),
  );
  assert.throws(
    () => docFromHtml('<html><body><div>  </div></body>', { source: 'b.html' }),
    fails('DL_INGEST_BAD_HTML', 'b.html'),
  );
  assert.throws(() => docFromHtml('   ', { id: 'r7' }), fails('DL_INGEST_EMPTY', 'r7'));
  assert.throws(
    () => docFromHtml(page('<title>T</title>'), { id: 'r8' }, { maxBytes: 500 }),
    fails('DL_INGEST_TOO_LARGE', 'r8'),
  );
  const fr = page(
    '<title>Pourparlers</title>',
    '<p>Le ministre a déclaré mardi que le retrait de l’invitation était une erreur, mais pas une catastrophe pour les négociations de paix.</p>',
  );
  assert.throws(() => docFromHtml(fr, { source: 'fr.html' }), fails('DL_INGEST_NOT_ENGLISH', 'fr.html'));
});

test('looksLikeHtml', () => {
  assert.ok(looksLikeHtml('<!DOCTYPE html><html>'));
  assert.ok(looksLikeHtml('\n  <!-- saved page -->\n<html lang="en">'));
  assert.ok(looksLikeHtml('<p>One paragraph.</p>'));
  assert.ok(!looksLikeHtml('Lavrov said <b> is a tag.'));
  assert.ok(!looksLikeHtml('<Reuters> MOSCOW — text'));
});

test('5,000 nested <div>s: flattened below the depth cap, text and paragraph breaks kept', () => {
  const n = 5000;
  const inner =
    '<p>The mayor of Leeds said on <b>Monday</b> that the bridge would reopen.</p><p>Work starts in May.</p>';
  const html = `<html><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;
  const doc = docFromHtml(html, { id: 'deep' });
  validateDoc(doc);
  assert.equal(
    doc.text,
    'The mayor of Leeds said on Monday that the bridge would reopen.\n\nWork starts in May.',
  );
});

test('the depth cap leaves markup at or under the limit as it was', async () => {
  const { parseHTML } = await import('linkedom');
  const { elementDepth, flattenBelow } = await import('./html-text.js');
  const html = `<html><body>${'<section>'.repeat(10)}<p>One <i>two</i></p><p>Three</p>${'</section>'.repeat(10)}</body></html>`;
  const { document } = parseHTML(html);
  const before = document.toString();
  const depth = elementDepth(document as never);
  assert.equal(depth, 14, 'html > body > 10 sections > p > i');
  flattenBelow(document as never, depth);
  assert.equal(document.toString(), before);
  flattenBelow(document as never, 5);
  assert.equal(elementDepth(document as never), 6);
  assert.ok(document.toString().includes('<p>One two</p><p>Three</p>'), document.toString());
});
