// Times the time stage's rules against chrono-node alone on the same texts and prints the ratio.
// Usage: npx tsx bench/time-speed.ts [train|test|gum]   (needs ../shared/data/timex or ../shared/data/gum)
import { loadTe3 } from '../eval/time-te3.js';
import { timeTexts } from '../src/stages/time/speed.js';
import { gumNews } from './corpus.js';

const which = process.argv[2] ?? 'train';
let texts: string[] = [];
let anchors: (string | null)[] = [];
if (which === 'gum') {
  const docs = gumNews();
  texts = docs.map((d) => d.text);
  anchors = docs.map((d) => d.published);
} else {
  const docs = loadTe3(which) ?? [];
  texts = docs.map((d) => d.text);
  anchors = docs.map((d) => d.dct);
}
if (!texts.length) {
  process.stderr.write(
    `time-speed: needs ../shared/data/${which === 'gum' ? 'gum' : 'timex'}/ (absent here)\n`,
  );
  process.exit(2);
}
const r = timeTexts(texts, anchors);
process.stdout.write(
  `${which}: ${r.texts} texts, ${r.chars} chars: time stage ${r.oursMs.toFixed(1)} ms CPU, chrono-node ${r.chronoMs.toFixed(1)} ms CPU, ratio ${r.ratio.toFixed(2)} (>1: time stage faster)\n`,
);
