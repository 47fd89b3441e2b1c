/**
 * Same-output check for speed work: `npx tsx bench/same-output.ts OUT.jsonl` runs the full pipeline on
 * `samples/` and the GUM news articles and writes one Doc JSON per line; run it before and after a change
 * and compare the two files (`cmp a.jsonl b.jsonl`). Not a test: it must not freeze today's output.
 * `--segment` instead writes the segment stage's sentences and tokens alone, with and without wink-nlp's
 * tags (both variants), on every GUM text and the CoNLL-2003 and WikiGold documents.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract.js';
import { createDoc } from '../src/model/doc.js';
import { PACKAGE_ROOT, sharedData } from '../src/paths.js';
import { pipelineStages } from '../src/pipeline/pipeline.js';
import { segment } from '../src/stages/segment/index.js';
import { gumAll, gumNews } from './corpus.js';

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx bench/same-output.ts OUT.jsonl [--segment]');
if (process.argv.includes('--segment')) {
  segmentOnly(out);
  process.exit(0);
}
const dir = join(PACKAGE_ROOT, 'samples');
const lines: string[] = [];
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(join(dir, f), 'utf8');
  lines.push(JSON.stringify(await extract(text, { id: f, html: f.endsWith('.html') })));
}
for (const t of gumNews()) {
  const published = t.published ?? undefined;
  lines.push(
    JSON.stringify(await extract(t.text, { id: t.id, html: false, published, allowNonEnglish: true })),
  );
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} docs written to ${out}`);

/** Segment's output alone, both variants, on a wider corpus than the full pipeline's. */
function segmentOnly(file: string): void {
  const texts = gumAll().map((t) => t.text);
  for (const name of ['conll2003_train.docs.jsonl', 'conll2003_dev.docs.jsonl', 'wikigold_all.docs.jsonl']) {
    const path = sharedData('ner', name);
    if (!path) continue;
    for (const l of readFileSync(path, 'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text);
  }
  const [untagged] = pipelineStages([segment, { name: 'parse', needs: ['tokens'], makes: [], run() {} }]);
  const rows: string[] = [];
  for (const stage of [segment, untagged]) {
    for (const text of texts) {
      const doc = createDoc(text);
      stage.run(doc);
      rows.push(JSON.stringify([doc.sentences, doc.tokens]));
    }
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
  console.log(`${texts.length} texts × 2 segment variants written to ${file}`);
}
