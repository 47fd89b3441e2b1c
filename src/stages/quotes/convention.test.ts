import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../../cli/run-cli.js';
import { extract } from '../../extract.js';
import { isDatelineError } from '../../model/errors.js';
import { quoteConvention } from './index.js';

// a sourceless attribution (`is expected to`: speaker null) beside a quotation with a named speaker
const TEXT =
  'The bill is expected to pass the Senate next week. "We will fight it," Senator Jane Smith said.\n';
const ONLY = ['segment', 'parse', 'quotes'];

const summary = (text: string, quotes: { parts: { start: number; end: number }[]; speaker: unknown }[]) =>
  quotes.map((q) => `${text.slice(q.parts[0].start, q.parts[0].end)}|${q.speaker ? 'speaker' : 'none'}`);

test('extract(text, {quoteConvention}) keeps sourceless attributions only under `attribution`', async () => {
  const plain = await extract(TEXT, { only: ONLY });
  const attribution = await extract(TEXT, { only: ONLY, quoteConvention: 'attribution' });
  const speaker = await extract(TEXT, { only: ONLY, quoteConvention: 'speaker' });
  assert.deepEqual(summary(TEXT, plain.quotes), ['The bill|none', '"We will fight it,"|speaker']);
  assert.deepEqual(summary(TEXT, attribution.quotes), summary(TEXT, plain.quotes));
  assert.deepEqual(summary(TEXT, speaker.quotes), ['"We will fight it,"|speaker']);
});

test('a convention name other than attribution or speaker is a usage error', () => {
  assert.equal(quoteConvention('speaker'), 'speaker');
  assert.equal(quoteConvention(undefined), undefined);
  assert.throws(
    () => quoteConvention('tracker'),
    (e) => isDatelineError(e) && e.code === 'DL_USAGE',
  );
});

async function cliQuotes(args: string[]) {
  const r = await runCli(['extract', '--only', ONLY.join(','), ...args], {
    input: TEXT,
    env: { DATELINE_QUOTES_CONVENTION: '' },
  }).done;
  return { code: r.code, stderr: r.stderr, quotes: r.code === 0 ? JSON.parse(r.stdout).quotes : [] };
}

test('dateline extract --quote-convention speaker reaches the pool workers', async () => {
  // the default keeps `The bill|none` (the test above); the flag drops it in every worker
  const speaker = await cliQuotes(['--workers', '2', '--quote-convention', 'speaker']);
  assert.equal(speaker.code, 0, speaker.stderr);
  assert.deepEqual(summary(TEXT, speaker.quotes), ['"We will fight it,"|speaker']);
  const bad = await cliQuotes(['--quote-convention', 'tracker']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /attribution or speaker/);
});
