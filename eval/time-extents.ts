// Extent conventions on a TempEval-3 training split, for tuning boundaries (train only).
// Usage: npx tsx eval/time-extents.ts [train|train-timebank|train-aquaint] [--gold]
// Default: the time stage's boundary misses (relaxed match, other extent) by family — which side, extra or
// missing, and the words — counted per half (TB = TimeBank, AQ = AQUAINT).
// --gold: for each word seen at a gold edge, how often the gold puts it inside vs just outside, per half.

import { loadTe3, systemTimexes } from './time-te3.js';

const args = process.argv.slice(2);
const goldOnly = args.includes('--gold');
const split = args.find((a) => !a.startsWith('--')) ?? 'train';
if (!split.startsWith('train')) {
  process.stderr.write('time-extents: for the training split only\n');
  process.exit(2);
}
const docs = loadTe3(split);
if (!docs) {
  process.stderr.write('time-extents: needs ../shared/data/timex/ (absent here)\n');
  process.exit(2);
}

/** Words of `s`, lower-cased, punctuation kept as its own word. */
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+(?:['.-][a-z0-9]+)*|'s|\S/g) ?? [];

const counts = new Map<string, { TB: number; AQ: number; eg: string }>();
const bump = (key: string, half: 'TB' | 'AQ', eg: string) => {
  const c = counts.get(key) ?? { TB: 0, AQ: 0, eg };
  c[half]++;
  counts.set(key, c);
};

if (goldOnly) {
  for (const d of docs) {
    const half = d.split === 'train-aquaint' ? 'AQ' : 'TB';
    for (const g of d.timexes) {
      const inner = words(g.text);
      const before = words(d.text.slice(Math.max(0, g.start - 30), g.start)).pop();
      const after = words(d.text.slice(g.end, g.end + 30))[0];
      if (inner.length > 1) bump(`L ${inner[0]}\tinside`, half, g.text);
      if (before) bump(`L ${before}\toutside`, half, `${before} [${g.text}]`);
      if (inner.length > 1) bump(`R ${inner[inner.length - 1]}\tinside`, half, g.text);
      if (after) bump(`R ${after}\toutside`, half, `[${g.text}] ${after}`);
    }
  }
} else {
  const sys = await systemTimexes(docs);
  docs.forEach((d, i) => {
    const half = d.split === 'train-aquaint' ? 'AQ' : 'TB';
    const used = new Set<number>();
    for (const g of d.timexes) {
      const j = sys[i].findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
      if (j < 0) continue;
      used.add(j);
      const s = sys[i][j];
      const eg = `gold=[${g.text}] sys=[${d.text.slice(s.start, s.end)}]`;
      if (s.start < g.start) bump(`extra-left\t${words(d.text.slice(s.start, g.start)).join(' ')}`, half, eg);
      if (g.start < s.start)
        bump(`missing-left\t${words(d.text.slice(g.start, s.start)).join(' ')}`, half, eg);
      if (s.end > g.end) bump(`extra-right\t${words(d.text.slice(g.end, s.end)).join(' ')}`, half, eg);
      if (g.end > s.end) bump(`missing-right\t${words(d.text.slice(s.end, g.end)).join(' ')}`, half, eg);
    }
  });
}

const rows = [...counts].sort((a, b) => b[1].TB + b[1].AQ - (a[1].TB + a[1].AQ) || a[0].localeCompare(b[0]));
let total = 0;
for (const [key, c] of rows) {
  if (goldOnly && c.TB + c.AQ < 3) continue;
  total += c.TB + c.AQ;
  process.stdout.write(`${String(c.TB).padStart(4)} TB ${String(c.AQ).padStart(4)} AQ  ${key}\t${c.eg}\n`);
}
if (!goldOnly) process.stdout.write(`${total} boundary differences (${split})\n`);
