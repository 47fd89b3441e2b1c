/**
 * Tag + lemmatise + parse speed on EWT dev (gold tokens), per CPU second of this thread, best of N rounds:
 * `npx tsx bench/parse-speed.ts [--rounds 5] [--limit SENTENCES] [--out FILE.conllu] [--model PATH]`. `--out` writes the
 * predicted CoNLL-U so two versions of the code can be compared byte for byte (`cmp`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { annotateConllu } from '../src/syntax/annotate-conllu.js';
import { writeConllu } from '../src/syntax/conllu.js';
import { DEFAULT_MODEL, SyntaxModel } from '../src/syntax/syntax-model.js';
import { loadEwt } from '../src/syntax/treebanks.js';
const { values } = parseArgs({
    options: {
        rounds: { type: 'string', default: '5' },
        out: { type: 'string' },
        model: { type: 'string', default: DEFAULT_MODEL },
        limit: { type: 'string' },
    },
});
const gold = loadEwt('dev')?.slice(0, values.limit ? Number(values.limit) : undefined);
if (!gold) {
    process.stderr.write('parse-speed: needs ../shared/data/ud (absent here)\n');
    process.exit(2);
}
const c0 = process.cpuUsage();
const model = SyntaxModel.fromBuffer(readFileSync(values.model));
const load = process.cpuUsage(c0);
const words = gold.reduce((n, s) => n + s.words.length, 0);
let pred = annotateConllu(model, gold); // warm-up
let best = Number.POSITIVE_INFINITY;
for (let r = 0; r < Number(values.rounds); r++) {
    const c = process.cpuUsage();
    pred = annotateConllu(model, gold);
    const d = process.cpuUsage(c);
    best = Math.min(best, (d.user + d.system) / 1e6);
}
// bytes of weights held at run time (a slot array shared by two tables is counted once)
const arrays = new Set();
for (const p of [
    model.tagger.xposModel,
    model.tagger.uposModel,
    model.parser.transitions,
    model.parser.labeler,
]) {
    const q = p.quantized;
    for (const a of [q?.dense, q?.slots, q?.heavy])
        if (a)
            arrays.add(a);
}
const tableMB = [...arrays].reduce((n, a) => n + a.byteLength, 0) / 1e6;
if (values.out)
    writeFileSync(values.out, writeConllu(pred));
console.log(`EWT dev ${words} words: ${Math.round(words / best)} tokens per CPU second (best of ${values.rounds}), model load ${Math.round((load.user + load.system) / 1000)} ms CPU, weight tables ${tableMB.toFixed(1)} MB, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, load average ${loadavg()[0].toFixed(1)}`);
