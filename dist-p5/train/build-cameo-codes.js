/**
 * Writes lexicons/cameo-codes.json from ../shared/data/events/schema/cameo_event_codes.tsv:
 * `npx tsx train/build-cameo-codes.ts`. Users' clones have no ../shared, so the compact table is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, sharedData } from '../src/paths.js';
/** Parses the shared TSV into our compact rows, keyed by code. */
export function readCameoTable(tsv) {
    const [header, ...lines] = tsv.trim().split('\n');
    const col = Object.fromEntries(header.split('\t').map((h, i) => [h.trim(), i]));
    const out = {};
    for (const line of lines) {
        const f = line.split('\t').map((x) => x.trim());
        const g = f[col.goldstein];
        out[f[col.cameo_code]] = {
            name: f[col.name],
            root: f[col.root_code],
            quad: Number(f[col.quad_class_gdelt_convention]),
            goldstein: g === '' ? null : Number(g),
            plover: f[col.plover_event] || null,
            mode: f[col.plover_mode] || null,
            context: f[col.plover_context] || null,
        };
    }
    return out;
}
const isMain = process.argv[1]?.endsWith('build-cameo-codes.ts');
if (isMain) {
    const tsv = sharedData('events', 'schema', 'cameo_event_codes.tsv');
    if (!tsv) {
        console.error('needs ../shared/data/events/schema/cameo_event_codes.tsv');
        process.exit(2);
    }
    const codes = readCameoTable(readFileSync(tsv, 'utf8'));
    const lines = Object.entries(codes).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    const json = `{\n  "about": "CAMEO codes: name, root, quad class (GDELT convention), Goldstein score, PLOVER mapping. See lexicons/README.md.",\n  "codes": {\n${lines.join(',\n')}\n  }\n}\n`;
    writeFileSync(join(PACKAGE_ROOT, 'lexicons', 'cameo-codes.json'), json);
    console.log(`wrote ${lines.length} codes`);
}
