import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { docFromText } from '../ingest/index.js';
import type { Doc } from '../model/index.js';
import { PACKAGE_ROOT, sharedDir } from '../paths.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import { ALL_STAGES, STAGE_NAMES } from '../stages/index.js';
import { ARTICLES, articleDoc } from '../store/fixtures.js';
import { openStore, type Store } from '../store/index.js';
import { buildApp } from './app.js';
import { WEB_ROOT } from './static.js';
import { fakeExtract } from './test-app.js';

const CHROMIUM = process.env.DATELINE_CHROMIUM ?? '/usr/bin/chromium';
const skip = existsSync(CHROMIUM)
  ? false
  : `needs Debian's chromium at ${CHROMIUM} (apt-get install -y chromium)`;
const ARTIFACTS = join(PACKAGE_ROOT, 'artifacts');
const SEED = join(sharedDir(), 'seed', 'article.txt');
const seedSkip = existsSync(SEED) ? false : `needs ${SEED}`;
const lavrovSkip =
  seedSkip || (STAGE_NAMES.includes('quotes') ? false : 'needs the quotes stage on this branch');

/** The seed article through ingest and every stage this branch has. */
async function seedDoc(): Promise<Doc> {
  const doc = docFromText(readFileSync(SEED, 'utf8'), { source: 'seed/article.txt' });
  return (await buildPipeline(ALL_STAGES)).run(doc);
}

describe('explorer in Chromium', { skip }, () => {
  let app: FastifyInstance;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let profile: string;
  let seed: Doc | null = null;
  let store: Store;
  const foreign: string[] = [];

  before(async () => {
    // Test the explorer as built from the current source.
    execFileSync(process.execPath, [join(PACKAGE_ROOT, 'web', 'build.mjs')], { stdio: 'ignore' });
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await openStore(':memory:');
    for (const spec of ARTICLES) await store.putDoc(articleDoc(spec));
    app = await buildApp({ store, webRoot: WEB_ROOT, extract: fakeExtract });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'dateline-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Offline: everything the explorer loads must come from the server itself.
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
  });

  after(async () => {
    await context?.close();
    await app?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('an article shows its quotes highlighted, with the speaker on hover', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Norway talks on fishing quotas to resume' }).click();
    await page.waitForSelector('#doc-title:text("Norway talks")');
    const direct = page.locator('#text .q-direct');
    assert.equal(await direct.count(), 1);
    assert.equal(await direct.first().textContent(), 'We are ready to meet them halfway,');
    await direct.first().hover();
    const tip = page.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    assert.match((await tip.textContent()) ?? '', /speaker: Anna Berg \(told\)/);
    // The speaker's own words light up with the quote.
    const hotSpeaker = page.locator('#text .spk.hot');
    assert.equal(await hotSpeaker.textContent(), 'Berg');
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-article.png') });
  });

  test('clicking an entity marks all its mentions; layers switch off', async () => {
    await page.locator('#text .m-PERSON').first().click();
    assert.equal(await page.locator('#text .sel').count(), 2);
    assert.match((await page.locator('#entity-panel').textContent()) ?? '', /Anna Berg.*2 mentions/s);
    await page.locator('fieldset.layers input[name="quotes"]').uncheck();
    assert.ok(await page.locator('#text.off-quotes').count());
    await page.locator('fieldset.layers input[name="quotes"]').check();
    assert.equal(await page.locator('#text.off-quotes').count(), 0);
  });

  test('the timeline shows events and time expressions by date', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.waitForSelector('ol.axis time');
    const dates = await page.locator('ol.axis time').allTextContents();
    assert.deepEqual(dates, ['2020-03-03']);
    assert.match((await page.locator('#timeline').textContent()) ?? '', /Anna Berg talks Norway/);
    await page.locator('#timeline input[type=checkbox], .filters input[type=checkbox]').first().uncheck();
    await page.waitForFunction(`document.querySelectorAll('ol.axis time').length >= 3`);
    const all = await page.locator('ol.axis time').allTextContents();
    for (const d of ['2019-11-20', '2020-03-03', '2021-07-14']) assert.ok(all.includes(d), d);
    assert.deepEqual(all, [...all].sort());
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-timeline.png') });
  });

  test('the network draws who acts on whom, coloured by quad class', async () => {
    await page.getByRole('link', { name: 'Network' }).click();
    await page.waitForSelector('#network svg path.edge');
    assert.equal(await page.locator('#network path.edge.quad-1').count(), 1);
    assert.ok((await page.locator('#network text').allTextContents()).includes('Anna Berg'));
    await page.locator('.filters input[type=checkbox]').uncheck();
    await page.waitForFunction(`document.querySelectorAll('#network path.edge').length >= 3`);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-network.png') });
  });

  test('quotes are grouped by speaker', async () => {
    await page.getByRole('link', { name: 'Quotes' }).click();
    await page.waitForSelector('.speaker-group h3');
    await page.locator('.filters input[type=checkbox]').uncheck();
    await page.locator('#speaker').fill('otieno');
    await page.waitForFunction(`document.querySelectorAll('.speaker-group').length === 1`);
    assert.match((await page.locator('.speaker-group h3').textContent()) ?? '', /Samuel Otieno\s*2/);
  });

  test('search finds articles and quotes', async () => {
    await page.locator('#q').fill('copper');
    await page.locator('#q').press('Enter');
    await page.waitForSelector('#doc-results li');
    assert.deepEqual(await page.locator('#doc-results a').allTextContents(), [
      'Chile talks on copper exports to resume',
    ]);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-search.png') });
    await page.locator('#q').fill('halfway');
    await page.locator('#q').press('Enter');
    await page.waitForFunction(`document.querySelectorAll('#quote-results li').length === 3`);
    await page.locator('#quote-results a').first().click();
    await page.waitForSelector('#text .q.hot');
  });

  // The seed goes in last, so the screenshots above show only articles written for the tests.
  test('the seed article renders with its layers', { skip: seedSkip }, async () => {
    seed = await seedDoc();
    await store.putDoc(seed);
    await page.goto(`${base}/#/doc/${seed!.id}`);
    await page.waitForSelector('#text');
    assert.equal(await page.locator('#text').textContent(), seed!.text);
    assert.equal((await page.locator('#text .m').count()) > 0, seed!.mentions.length > 0);
    assert.equal((await page.locator('#text .tx').count()) > 0, seed!.timexes.length > 0);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-seed.png'), fullPage: true });
  });

  test("the seed article shows Lavrov's quotes highlighted with him as speaker", {
    skip: lavrovSkip,
  }, async () => {
    await page.goto(`${base}/#/doc/${seed!.id}`);
    await page.waitForSelector('#text');
    const i = seed!.quotes.findIndex(
      (q) =>
        q.speaker &&
        /Lavrov/.test(
          q.speaker.entity !== undefined
            ? seed!.entities[q.speaker.entity].name
            : seed!.text.slice(q.speaker.start, q.speaker.end),
        ),
    );
    assert.ok(i >= 0, 'a quote attributed to Lavrov');
    const piece = page.locator(`#text [data-q~="${i}"]`).first();
    await piece.hover();
    assert.match((await page.locator('#tip').textContent()) ?? '', /speaker: [^\n]*Lavrov/);
    assert.ok((await page.locator('#text .spk.hot').count()) > 0);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-lavrov.png') });
  });

  test('nothing was fetched from outside the server', () => {
    assert.deepEqual(foreign, []);
  });
});
