/**
 * Same-process A/B of tag + lemmatise + parse speed: `npx tsx bench/parse-ab.ts OTHER_CHECKOUT [ROUNDS]`
 * loads the committed model with this checkout's code and with OTHER_CHECKOUT's (e.g. a `git archive` of
 * an older commit, with node_modules linked in) and alternates 250-sentence chunks of EWT dev between them, so
 * both see the same machine load. Prints tokens per CPU second of each and the ratio. `--fresh`: warm up on EWT
 * dev, then time one pass over EWT test, text neither model has seen (memos of forms and lemmas start cold, as
 * on new articles; repeated rounds over the same text flatter them). Each model reads its own copy of the test
 * strings and the order alternates per chunk (session 9). Check the bias with an A/A run (OTHER_CHECKOUT a copy
 * of this one): in session 9 an A/A gave 1.01–1.035 repeated but 1.14–1.17 with `--fresh`, so `--fresh` ratios
 * are not to be quoted.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MODEL, SyntaxModel } from '../src/syntax/syntax-model.js';
import { loadEwt } from '../src/syntax/treebanks.js';

const argv = process.argv.slice(2);
const fresh = argv.includes('--fresh');
const [other, roundsArg = '4'] = argv.filter((a) => a !== '--fresh');
if (!other) throw new Error('usage: npx tsx bench/parse-ab.ts OTHER_CHECKOUT [ROUNDS] [--fresh]');
const dev = loadEwt('dev');
const gold = fresh ? loadEwt('test') : dev;
if (!gold || !dev) {
  process.stderr.write('parse-ab: needs ../shared/data/ud (absent here)\n');
  process.exit(2);
}
const url = pathToFileURL(join(resolve(other), 'src', 'syntax', 'syntax-model.ts')).href;
const Other = (await import(url)) as { SyntaxModel: typeof SyntaxModel };
const bytes = readFileSync(DEFAULT_MODEL);
const models = [Other.SyntaxModel.fromBuffer(bytes), SyntaxModel.fromBuffer(bytes)];
const forms = gold.map((s) => s.words.map((w) => w.form));
const words = forms.reduce((n, f) => n + f.length, 0);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const warm = fresh ? dev.map((s) => s.words.map((w) => w.form)) : forms;
for (const m of models) for (const f of warm) m.analyze(f); // warm-up
const spent = [0, 0];
const rounds = fresh ? 1 : Number(roundsArg);
// Fresh: each model reads its own copy of the strings (a Map look-up caches a string's hash in it, which would
// spare the model that reads it second), and the order alternates per chunk.
const copy = () => forms.map((f) => f.map((w) => Buffer.from(w, 'utf8').toString('utf8')));
const own = fresh ? [copy(), copy()] : [forms, forms];
for (let r = 0; r < rounds; r++)
  for (let c = 0; c < forms.length; c += 250)
    for (const k of (fresh ? (c / 250) % 2 : r % 2) ? [1, 0] : [0, 1]) {
      const t = cpuMs();
      for (let i = c; i < Math.min(forms.length, c + 250); i++) models[k].analyze(own[k][i]);
      spent[k] += cpuMs() - t;
    }
const rate = (ms: number) => Math.round((words * rounds) / (ms / 1000));
console.log(
  `EWT ${fresh ? 'test (fresh)' : 'dev'} ${words} words × ${rounds}: other ${rate(spent[0])}, this ${rate(spent[1])} tokens per CPU second; this/other ${(spent[0] / spent[1]).toFixed(3)}`,
);
