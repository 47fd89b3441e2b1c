/**
 * Tunes the hybrid trial (src/syntax/neural/hybrid.ts) on EWT dev: UAS / LAS for a grid of interpolation
 * weights between a neural parser model and the committed perceptron (gold tokens, the committed tagger).
 * `npx tsx train/tune-neural-hybrid.ts --model FILE[,FILE…] [--alpha 0,0.3,0.5,0.7,1] [--tau 1,4,16] [--split dev]`
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { universalRel } from '../src/syntax/conllu.js';
import { HybridParser } from '../src/syntax/neural/hybrid.js';
import { NeuralParser } from '../src/syntax/neural/neural-parser.js';
import { loadSyntaxModel } from '../src/syntax/syntax-model.js';
import { loadEwt, type Split } from '../src/syntax/treebanks.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    alpha: { type: 'string', default: '0,0.3,0.5,0.7,1' },
    tau: { type: 'string', default: '1,4,16' },
    split: { type: 'string', default: 'dev' },
    limit: { type: 'string' },
  },
});
if (!values.model) throw new Error('--model FILE is required');
let gold = loadEwt(values.split as Split);
if (!gold) throw new Error('needs ../shared/data/ud');
if (values.limit) gold = gold.slice(0, Number(values.limit));
const model = loadSyntaxModel();
// several models (comma-separated) are averaged before the interpolation
const nets = values.model.split(',').map((m) => NeuralParser.fromBuffer(readFileSync(m)));
const hybrid = new HybridParser(model, nets, { alpha: 0, tau: 1 });
const labels = model.parser.labelNames;
for (const tau of values.tau.split(',').map(Number))
  for (const alpha of values.alpha.split(',').map(Number)) {
    hybrid.weights = { alpha, tau };
    let n = 0;
    let uas = 0;
    let las = 0;
    const cpu = process.cpuUsage();
    for (const s of gold) {
      const p = hybrid.analyze(s.words.map((w) => w.form));
      s.words.forEach((w, k) => {
        n++;
        if (p.heads[k] !== w.head) return;
        uas++;
        if (universalRel(labels[p.labels[k]] ?? 'dep') === universalRel(w.deprel)) las++;
      });
    }
    const used = process.cpuUsage(cpu);
    const pct = (x: number) => ((100 * x) / n).toFixed(2);
    const speed = Math.round(n / ((used.user + used.system) / 1e6));
    console.log(
      `alpha ${alpha} tau ${tau}: EWT ${values.split} UAS ${pct(uas)} LAS ${pct(las)} (${n} words, ${speed} per CPU s)`,
    );
  }
