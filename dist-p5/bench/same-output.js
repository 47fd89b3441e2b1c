/**
 * Same-output check for speed work: `npx tsx bench/same-output.ts OUT.jsonl` runs the full pipeline on
 * `samples/` and the GUM news articles and writes one Doc JSON per line; run it before and after a change
 * and compare the two files (`cmp a.jsonl b.jsonl`). Not a test: it must not freeze today's output.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { gumNews } from './corpus.js';
const out = process.argv[2];
if (!out)
    throw new Error('usage: npx tsx bench/same-output.ts OUT.jsonl');
const dir = join(PACKAGE_ROOT, 'samples');
const lines = [];
for (const f of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    lines.push(JSON.stringify(await extract(text, { id: f, html: f.endsWith('.html') })));
}
for (const t of gumNews()) {
    const published = t.published ?? undefined;
    lines.push(JSON.stringify(await extract(t.text, { id: t.id, html: false, published, allowNonEnglish: true })));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} docs written to ${out}`);
