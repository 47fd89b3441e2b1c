/**
 * Tag + parse speed on EWT dev (gold tokens) of the perceptron parser and the neural parser trial, in the
 * same process, rounds alternated, per CPU second (no lemmas in either):
 * `npx tsx bench/parse-nn-speed.ts [--rounds 3] [--model PATH] [--limit SENTENCES]`.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { NeuralParser } from '../src/syntax/neural/neural-parser.js';
import { NEURAL_MODEL, tagAndParse } from '../src/syntax/neural/tag-and-parse.js';
import { loadSyntaxModel } from '../src/syntax/syntax-model.js';
import { loadEwt } from '../src/syntax/treebanks.js';
import { wordAtoms } from '../src/syntax/word-atoms.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    model: { type: 'string', default: NEURAL_MODEL },
    limit: { type: 'string' },
  },
});
const gold = loadEwt('dev')?.slice(0, values.limit ? Number(values.limit) : undefined);
if (!gold) {
  process.stderr.write('parse-nn-speed: needs ../shared/data/ud (absent here)\n');
  process.exit(2);
}
const sentences = gold.map((s) => s.words.map((w) => w.form));
const words = sentences.reduce((n, s) => n + s.length, 0);
const model = loadSyntaxModel();
const c0 = process.cpuUsage();
const nn = NeuralParser.fromBuffer(readFileSync(values.model));
const load = process.cpuUsage(c0);
const perceptron = () => {
  for (const forms of sentences) {
    const atoms = wordAtoms(forms);
    const t = model.tagger.tag(forms, atoms);
    model.parser.parse({ lower: atoms.lower, suffix3: atoms.suffix3, xpos: t.xpos, upos: t.upos });
  }
};
const neural = () => {
  for (const forms of sentences) tagAndParse(model.tagger, nn, forms);
};
const cpu = (f: () => void) => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1e6;
};
perceptron();
neural();
const best = { perceptron: Infinity, neural: Infinity };
for (let r = 0; r < Number(values.rounds); r++) {
  best.perceptron = Math.min(best.perceptron, cpu(perceptron));
  best.neural = Math.min(best.neural, cpu(neural));
}
const rate = (s: number) => Math.round(words / s);
console.log(
  `EWT dev ${words} words, tag + parse per CPU second (best of ${values.rounds}): perceptron ${rate(best.perceptron)}, neural ${rate(best.neural)} (${(best.perceptron / best.neural).toFixed(2)}×); neural model load ${Math.round((load.user + load.system) / 1000)} ms CPU; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load average ${loadavg()[0].toFixed(1)}`,
);
