import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedData } from '../src/paths.js';
import { loadGold } from './quotes-predict.js';
import { nameMatch, quoteType, type ScorerDoc, type ScorerQuote, scoreQuotes } from './quotes-scorer.js';

const scorer = sharedData('quotes', 'scorer', 'score_quotes.py');
const hasPython = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
const skip = !scorer ? 'needs ../shared/data/quotes/scorer' : !hasPython ? 'needs python3' : false;

/** Deterministic damage to gold quotes: dropped, shifted, cut, speakers swapped or named, spurious quotes. */
function perturb(doc: ScorerDoc): ScorerDoc {
  const quotes: ScorerQuote[] = [];
  doc.quotes.forEach((q, i) => {
    if (i % 5 === 1) return;
    const parts = (q.content_parts ?? []).map((p, j) => {
      const shift = (i + j) % 4 === 2 ? 12 : (i + j) % 4 === 3 ? -7 : 0;
      const cut = i % 6 === 4 ? Math.floor((p.end - p.start) * 0.6) : 0;
      return { start: Math.max(0, p.start + shift), end: p.end + shift - cut };
    });
    const other = doc.quotes[(i * 7 + 3) % doc.quotes.length];
    const speaker = i % 3 === 0 ? other.source_speaker : i % 7 === 5 ? null : q.source_speaker;
    const out: ScorerQuote = {
      content: { start: parts[0].start, end: parts[parts.length - 1].end },
      content_parts: i % 8 === 6 ? [] : parts,
      source_speaker: speaker ? { start: speaker.start, end: speaker.end } : null,
      cue: i % 4 === 1 ? null : q.cue ? { start: q.cue.start, end: q.cue.end + 2 } : null,
    };
    if (i % 9 === 2 && q.speaker_name) out.speaker_name = q.speaker_name;
    if (i % 11 === 3) out.speaker_name = 'Mr. Someone Else';
    quotes.push(out);
  });
  const text = doc.text ?? '';
  for (let k = 0; k < 3; k++) {
    const s = Math.floor((text.length * (k + 1)) / 5);
    quotes.push({
      content: { start: s, end: s + 40 },
      source_speaker: { start: s - 20, end: s - 10 },
      cue: null,
    });
  }
  return { id: doc.id, quotes };
}

for (const [name, parts] of [
  ['polnear dev', ['quotes', 'polnear', 'polnear_dev.jsonl']],
  ['ggt', ['quotes', 'ggt', 'ggt_eval98.jsonl']],
] as const) {
  test(`TS scorer gives the reference scorer's figures (${name})`, { skip }, () => {
    const file = sharedData(...parts) as string;
    const gold = loadGold(file, 6);
    const pred = gold.map(perturb);
    const dir = mkdtempSync(join(tmpdir(), 'dateline-quotes-'));
    writeFileSync(join(dir, 'gold.jsonl'), gold.map((d) => JSON.stringify(d)).join('\n') + '\n');
    writeFileSync(join(dir, 'pred.jsonl'), pred.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const goldMap = new Map(gold.map((d) => [d.id, d]));
    const predMap = new Map(pred.map((d) => [d.id, d]));
    for (const subset of ['all', 'direct', 'direct+mixed'] as const) {
      for (const unit of ['segment', 'attribution'] as const) {
        const py = JSON.parse(
          execFileSync('python3', [
            scorer as string,
            join(dir, 'gold.jsonl'),
            join(dir, 'pred.jsonl'),
            '--subset',
            subset,
            '--unit',
            unit,
          ]).toString(),
        );
        const ts = scoreQuotes(goldMap, predMap, { subset, unit }).result;
        assert.deepEqual(ts, py, `${subset}/${unit}`);
      }
    }
  });
}

test('quote types follow the reference rule', () => {
  assert.equal(quoteType(['"We owe nobody an apology,"']), 'direct');
  assert.equal(quoteType(['that she doesn\u2019t \u201cenjoy\u201d olives']), 'mixed');
  assert.equal(quoteType(["she doesn't like olives"]), 'indirect');
  assert.equal(quoteType(['\u201cWe walk to the market and']), 'direct');
  assert.equal(quoteType(["the growers' offer is fair"]), 'indirect');
});

test('speaker names match on surname, not on a different person', () => {
  assert.ok(nameMatch('Trudeau', 'Justin Trudeau'));
  assert.ok(nameMatch('Prime Minister Justin Trudeau', 'Justin Trudeau'));
  assert.ok(!nameMatch('Pierre Trudeau', 'Justin Trudeau'));
  assert.ok(!nameMatch('Harper', 'Justin Trudeau'));
});
