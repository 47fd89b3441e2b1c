/**
 * CPU time of the parse stage alone on the GUM news articles (segmented once, then parsed N times), per
 * round of the 24 articles: `npm run build && node dist/bench/parse-stage.js [--rounds N]` (add `--cpu-prof`
 * before the script for a profile of just this). The same texts and stage as `dateline bench`'s parse row.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createDoc } from '../src/model/doc.js';
import { parse } from '../src/stages/parse/index.js';
import { segment } from '../src/stages/segment/index.js';
import { gumNews } from './corpus.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
const texts = gumNews();
if (!texts.length) {
  process.stderr.write('parse-stage: needs ../shared/data/gum (absent here)\n');
  process.exit(2);
}
await segment.init?.();
await parse.init?.();
const docs = texts.map((t) => {
  const d = createDoc(t.text, { published: { value: t.published, from: t.published ? 'given' : 'none' } });
  segment.run(d);
  return d;
});
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
for (let w = 0; w < 5; w++) for (const d of docs) parse.run(d);
const times: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const t = cpuMs();
  for (const d of docs) parse.run(d);
  times.push(cpuMs() - t);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1];
console.log(
  `parse stage, ${docs.length} GUM news articles (${tokens} tokens): best ${times[0].toFixed(1)} ms, median ${median.toFixed(1)} ms CPU per round (${Math.round(tokens / (median / 1000))} tokens per CPU second), load average ${loadavg()[0].toFixed(1)}`,
);
