import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../paths.js';
import { readConllu } from './conllu.js';
/** GUM genres whose texts are CC BY / BY-SA (LICENSE-texts.txt): the only ones a shipped model may learn from. */
export const GUM_OPEN_GENRES = ['academic', 'bio', 'court', 'interview', 'news', 'voyage'];
/** UD English EWT sentences of one split, or null when ../shared/data/ud is absent. */
export function loadEwt(split) {
    const path = sharedData('ud', `en_ewt-ud-${split}.conllu`);
    return path ? readConllu(readFileSync(path, 'utf8')) : null;
}
/** GUM document names per split, read from splits.md. */
export function gumSplits() {
    const path = sharedData('gum', 'splits.md');
    if (!path)
        return null;
    const out = {};
    let cur = '';
    for (const line of readFileSync(path, 'utf8').split('\n')) {
        const h = /^##\s+(\S+)/.exec(line);
        if (h)
            cur = h[1];
        const d = /^\s*\*\s+(\S+)/.exec(line);
        if (d && cur)
            out[cur] = [...(out[cur] ?? []), d[1]];
    }
    return out;
}
/** GUM sentences of one split restricted to the given genres, or null when the data is absent. */
export function loadGum(split, genres) {
    const dir = sharedData('gum', 'dep');
    const splits = gumSplits();
    if (!dir || !splits)
        return null;
    const wanted = new Set(splits[split] ?? []);
    const out = [];
    for (const file of readdirSync(dir).sort()) {
        const name = file.replace(/\.conllu$/, '');
        const genre = name.split('_')[1];
        if (!wanted.has(name) || !genres.includes(genre))
            continue;
        out.push(...readConllu(readFileSync(join(dir, file), 'utf8')));
    }
    return out;
}
