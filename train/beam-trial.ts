/**
 * Bounded trial of a global learner for the parser: the same transition features trained (a) greedily with
 * the dynamic oracle, as `train-parser.ts` does, and (b) with a beam of K and early update, on the first N
 * sentences of EWT train with gold tags; both scored on the first M sentences of EWT dev with gold tags.
 * `npx tsx train/beam-trial.ts [--train 2000] [--dev 500] [--epochs 3] [--beam 4] [--seed 1]`
 */
import { parseArgs } from 'node:util';
import { universalRel } from '../src/syntax/conllu.js';
import { Parser } from '../src/syntax/parser.js';
import { seededRandom, shuffle } from '../src/syntax/random.js';
import { loadEwt } from '../src/syntax/treebanks.js';
import { wordAtoms } from '../src/syntax/word-atoms.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: '2000' },
    dev: { type: 'string', default: '500' },
    epochs: { type: 'string', default: '3' },
    beam: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
  },
});
const trainSet = loadEwt('train')?.slice(0, Number(values.train));
const devSet = loadEwt('dev')?.slice(0, Number(values.dev));
if (!trainSet || !devSet) {
  console.error('needs ../shared/data/ud');
  process.exit(2);
}
const labels = [...new Set(trainSet.flatMap((s) => s.words.map((w) => w.deprel))).add('root')].sort();
const xposTags = [...new Set([...trainSet, ...devSet].flatMap((s) => s.words.map((w) => w.xpos)))].sort();
const uposTags = [...new Set([...trainSet, ...devSet].flatMap((s) => s.words.map((w) => w.upos)))].sort();
const prep = (s: (typeof trainSet)[0]) => {
  const a = wordAtoms(s.words.map((w) => w.form));
  return {
    input: {
      lower: a.lower,
      suffix3: a.suffix3,
      xpos: Int32Array.from(s.words, (w) => xposTags.indexOf(w.xpos)),
      upos: Int32Array.from(s.words, (w) => uposTags.indexOf(w.upos)),
    },
    gold: {
      heads: Int32Array.from(s.words, (w) => Math.max(0, w.head)),
      labels: Int32Array.from(s.words, (w) => Math.max(0, labels.indexOf(w.deprel))),
    },
  };
};
const train = trainSet.filter((s) => s.words.length > 0).map(prep);
const dev = devSet.map(prep);
const epochs = Number(values.epochs);
const k = Number(values.beam);

function score(parse: (i: (typeof dev)[0]['input']) => { heads: Int32Array; labels: Int32Array }) {
  let n = 0;
  let uas = 0;
  let las = 0;
  const c = process.cpuUsage();
  for (const d of dev) {
    const out = parse(d.input);
    d.gold.heads.forEach((h, i) => {
      n++;
      if (out.heads[i] !== h) return;
      uas++;
      if (universalRel(labels[out.labels[i]]) === universalRel(labels[d.gold.labels[i]])) las++;
    });
  }
  const cpu = process.cpuUsage(c);
  return `UAS ${((100 * uas) / n).toFixed(2)} LAS ${((100 * las) / n).toFixed(2)} (${n} words, ${Math.round(n / ((cpu.user + cpu.system) / 1e6))} tokens per CPU second)`;
}

for (const mode of ['greedy', 'beam']) {
  const parser = Parser.create(labels, 20, 16);
  const random = seededRandom(Number(values.seed));
  const order = train.map((_, i) => i);
  const c = process.cpuUsage();
  for (let e = 0; e < epochs; e++) {
    shuffle(order, random);
    for (const i of order) {
      if (mode === 'greedy') parser.learn(train[i].input, train[i].gold, e === 0 ? 0 : 0.9, random);
      else parser.learnBeam(train[i].input, train[i].gold, k);
    }
  }
  parser.finish();
  const cpu = process.cpuUsage(c);
  const secs = ((cpu.user + cpu.system) / 1e6).toFixed(0);
  console.log(`${mode} training, ${train.length} sentences × ${epochs} epochs: ${secs} s CPU`);
  console.log(`  ${mode} model, greedy decoding: ${score((i) => parser.parse(i))}`);
  console.log(`  ${mode} model, beam ${k} decoding: ${score((i) => parser.parseBeam(i, k))}`);
}
