// Lists the time stage's misses on a TempEval-3 split, for error analysis (tune on train only).
// Usage: npx tsx eval/time-misses.ts [train|train-timebank|train-aquaint] [--families] > misses.txt
// (needs ../shared/data/timex). --families prints only a count of value errors per expression family.

import { valueFamily } from './time-families.js';
import { loadTe3, systemTimexes } from './time-te3.js';

const args = process.argv.slice(2);
const families = args.includes('--families');
const split = args.find((a) => !a.startsWith('--')) ?? 'train';
if (!split.startsWith('train')) {
  process.stderr.write('time-misses: error lists are for the training split only\n');
  process.exit(2);
}
const docs = loadTe3(split);
if (!docs) {
  process.stderr.write('time-misses: needs ../shared/data/timex/ (absent here)\n');
  process.exit(2);
}
const sys = await systemTimexes(docs);
const lines: string[] = [];
const counts = new Map<string, number>();
docs.forEach((d, i) => {
  const half = d.split === 'train-aquaint' ? 'AQ' : 'TB';
  const used = new Set<number>();
  const ctx = (s: number, e: number) =>
    `${d.text.slice(Math.max(0, s - 40), s)}[${d.text.slice(s, e)}]${d.text.slice(e, e + 40)}`.replace(
      /\s+/g,
      ' ',
    );
  for (const g of d.timexes) {
    const j = sys[i].findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
    if (j < 0) {
      lines.push(`FN\t${half}\t${d.id}\t${d.dct}\t${g.type}\t${g.value}\t${ctx(g.start, g.end)}`);
      continue;
    }
    used.add(j);
    const s = sys[i][j];
    const strict = s.start === g.start && s.end === g.end;
    if (!strict)
      lines.push(`EXT\t${half}\t${d.id}\t${g.type}\tgold=[${g.text}]\tsys=[${d.text.slice(s.start, s.end)}]`);
    if (s.type !== g.type) lines.push(`TYPE\t${half}\t${d.id}\tgold=${g.type}\tsys=${s.type}\t${g.text}`);
    if (s.value !== g.value && families) {
      const f = valueFamily(g.text, g.value ?? '', s.value ?? '');
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    if (s.value !== g.value)
      lines.push(`VAL\t${half}\t${d.id}\t${d.dct}\tgold=${g.value}\tsys=${s.value}\t${ctx(g.start, g.end)}`);
  }
  sys[i].forEach((s, k) => {
    if (!used.has(k))
      lines.push(`FP\t${half}\t${d.id}\t${d.dct}\t${s.type}\t${s.value}\t${ctx(s.start, s.end)}`);
  });
});
if (families) {
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((n, [, c]) => n + c, 0);
  for (const [f, c] of rows) process.stdout.write(`${String(c).padStart(4)}  ${f}\n`);
  process.stdout.write(`${String(total).padStart(4)}  value errors on relaxed matches (${split})\n`);
} else process.stdout.write(lines.join('\n') + '\n');
