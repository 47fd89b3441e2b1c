/**
 * Beam decoding trial on EWT dev (gold tokens, predicted tags): the committed greedy model's transition
 * scores summed over a beam of K hypotheses. Prints UAS / LAS and parse-only tokens per CPU second for each K:
 * `npx tsx bench/parse-beam.ts [--beams 1,4,8] [--limit SENTENCES]` (K = 1 is the greedy parser itself).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { universalRel } from '../src/syntax/conllu.js';
import { loadSyntaxModel } from '../src/syntax/syntax-model.js';
import { loadEwt } from '../src/syntax/treebanks.js';
import { wordAtoms } from '../src/syntax/word-atoms.js';

const { values } = parseArgs({
  options: { beams: { type: 'string', default: '1,4,8' }, limit: { type: 'string' } },
});
const gold = loadEwt('dev')?.slice(0, values.limit ? Number(values.limit) : undefined);
if (!gold) {
  process.stderr.write('parse-beam: needs ../shared/data/ud (absent here)\n');
  process.exit(2);
}
const model = loadSyntaxModel();
const inputs = gold.map((s) => {
  const forms = s.words.map((w) => w.form);
  const atoms = wordAtoms(forms);
  const tags = model.tagger.tag(forms, atoms);
  return { lower: atoms.lower, suffix3: atoms.suffix3, xpos: tags.xpos, upos: tags.upos };
});
const words = gold.reduce((n, s) => n + s.words.length, 0);
for (const k of values.beams.split(',').map(Number)) {
  const parse = (i: (typeof inputs)[0]) => (k === 1 ? model.parser.parse(i) : model.parser.parseBeam(i, k));
  const c = process.cpuUsage();
  const trees = inputs.map(parse);
  const d = process.cpuUsage(c);
  let uas = 0;
  let las = 0;
  gold.forEach((s, si) => {
    s.words.forEach((w, i) => {
      if (trees[si].heads[i] !== w.head) return;
      uas++;
      const label = model.parser.labelNames[trees[si].labels[i]] ?? 'dep';
      if (universalRel(label) === universalRel(w.deprel)) las++;
    });
  });
  const pct = (x: number) => ((100 * x) / words).toFixed(2);
  console.log(
    `beam ${k}: EWT dev UAS ${pct(uas)} LAS ${pct(las)} (${words} words), parse only ${Math.round(words / ((d.user + d.system) / 1e6))} tokens per CPU second, load average ${loadavg()[0].toFixed(1)}`,
  );
}
