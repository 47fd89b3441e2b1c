// Times the time stage's rules against chrono-node alone on the same texts and prints the ratio.
// Usage: npx tsx bench/time-speed.ts [train|test]   (needs ../shared/data/timex)
import { loadTe3 } from '../eval/time-te3.js';
import { timeTexts } from '../src/stages/time/speed.js';

const docs = loadTe3(process.argv[2] ?? 'train');
if (!docs) {
  process.stderr.write('time-speed: needs ../shared/data/timex/ (absent here)\n');
  process.exit(2);
}
const r = timeTexts(
  docs.map((d) => d.text),
  docs.map((d) => d.dct),
);
process.stdout.write(
  `${r.texts} texts, ${r.chars} chars: time stage ${r.oursMs.toFixed(1)} ms CPU, chrono-node ${r.chronoMs.toFixed(1)} ms CPU, ratio ${r.ratio.toFixed(2)} (>1: time stage faster)\n`,
);
