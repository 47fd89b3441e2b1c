// Times the time stage's rules against chrono-node alone on the same texts and prints the ratio; with
// `checks`, the checks stage's CPU time per round over GUM news (its inputs made once beforehand).
// Usage: npx tsx bench/time-speed.ts [train|test|gum|checks]   (needs ../shared/data/timex or ../shared/data/gum)
import { loadTe3 } from '../eval/time-te3.js';
import { createDoc } from '../src/model/doc.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { timeTexts } from '../src/stages/time/speed.js';
import { gumNews } from './corpus.js';
const which = process.argv[2] ?? 'train';
if (which === 'checks')
    await timeChecks();
let texts = [];
let anchors = [];
if (which === 'gum') {
    const docs = gumNews();
    texts = docs.map((d) => d.text);
    anchors = docs.map((d) => d.published);
}
else {
    const docs = loadTe3(which) ?? [];
    texts = docs.map((d) => d.text);
    anchors = docs.map((d) => d.dct);
}
if (!texts.length) {
    process.stderr.write(`time-speed: needs ../shared/data/${which === 'gum' ? 'gum' : 'timex'}/ (absent here)\n`);
    process.exit(2);
}
const r = timeTexts(texts, anchors);
process.stdout.write(`${which}: ${r.texts} texts, ${r.chars} chars: time stage ${r.oursMs.toFixed(1)} ms CPU, chrono-node ${r.chronoMs.toFixed(1)} ms CPU, ratio ${r.ratio.toFixed(2)} (>1: time stage faster)\n`);
/** CPU ms per round of the checks stage alone over GUM news: best of 5 rounds after a warm-up. */
async function timeChecks() {
    const news = gumNews();
    if (!news.length) {
        process.stderr.write('time-speed: needs ../shared/data/gum/ (absent here)\n');
        process.exit(2);
    }
    const before = await buildPipeline(ALL_STAGES, { only: ['segment', 'time', 'claims'] });
    const checks = ALL_STAGES.find((s) => s.name === 'checks');
    if (!checks)
        throw new Error('time-speed: no checks stage');
    await checks.init?.();
    const docs = news.map((t) => before.run(createDoc(t.text, { published: { value: t.published, from: t.published ? 'given' : 'none' } })));
    const round = () => {
        for (const d of docs) {
            d.findings = [];
            checks.run(d);
        }
    };
    round();
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 5; k++) {
        const t0 = process.cpuUsage();
        round();
        const t = process.cpuUsage(t0);
        best = Math.min(best, (t.user + t.system) / 1000);
    }
    process.stdout.write(`checks: ${docs.length} GUM news docs: checks stage ${best.toFixed(1)} ms CPU per round\n`);
    process.exit(0);
}
