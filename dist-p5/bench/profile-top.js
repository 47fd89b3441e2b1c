/**
 * Top self-time functions of a V8 .cpuprofile: `npx tsx bench/profile-top.ts FILE.cpuprofile [N]`.
 * Make one with `node --cpu-prof bin/dateline.js bench --rounds 1` (after `npm run build`).
 */
import { readFileSync } from 'node:fs';
const [file, n = '40'] = process.argv.slice(2);
if (!file)
    throw new Error('usage: npx tsx bench/profile-top.ts FILE.cpuprofile [N]');
const p = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((x) => [x.id, x]));
const self = new Map();
p.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
});
const total = p.timeDeltas.reduce((a, b) => a + b, 0);
const where = (x) => {
    const f = x.callFrame;
    const url = f.url.replace(/^file:\/\/.*?\/(node_modules|dist|src)\//, '$1/');
    return `${f.functionName || '(anon)'} ${url}:${f.lineNumber + 1}`;
};
const sums = new Map();
for (const [id, us] of self) {
    const k = where(byId.get(id));
    sums.set(k, (sums.get(k) ?? 0) + us);
}
// Self time per file too: shows which module is hot when the time is spread over small functions.
const files = new Map();
for (const [k, us] of sums) {
    const f = k.split(' ')[1]?.replace(/:\d+$/, '') ?? '';
    files.set(f, (files.get(f) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`total ${(total / 1000).toFixed(0)} ms`);
for (const [k, us] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, Number(n)))
    console.log(pct(us), k);
console.log('\nby file:');
for (const [k, us] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(pct(us), k);
