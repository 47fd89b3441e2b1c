import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../src/paths.js';
/** Document names of a GUM split from splits.md ("train", "dev", "test", "test2"). */
export function gumSplit(split) {
    const path = sharedData('gum', 'splits.md');
    const out = new Set();
    if (!path)
        return out;
    let current = '';
    for (const line of readFileSync(path, 'utf8').split('\n')) {
        const h = /^## (\S+)/.exec(line);
        if (h)
            current = h[1];
        const d = /^\s*\* (\S+)/.exec(line);
        if (d && current === split)
            out.add(d[1]);
    }
    return out;
}
/** GUM documents whose name matches `keep`, with text rebuilt from SpaceAfter and entity mentions. */
export function readGum(keep) {
    const dir = sharedData('gum', 'dep');
    if (!dir)
        return [];
    return readdirSync(dir)
        .filter((f) => f.endsWith('.conllu') && keep(f.replace(/\.conllu$/, '')))
        .sort()
        .map((f) => parseConllu(f.replace(/\.conllu$/, ''), readFileSync(join(dir, f), 'utf8')));
}
const ENTITY = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;
export function parseConllu(name, src) {
    const tokens = [];
    const sentences = [];
    const mentions = [];
    const open = new Map();
    let text = '';
    let sentStart = 0;
    for (const line of src.split('\n')) {
        if (!line.trim()) {
            if (tokens.length > sentStart)
                sentences.push([sentStart, tokens.length]);
            sentStart = tokens.length;
            if (text && !text.endsWith('\n'))
                text += '\n';
            continue;
        }
        if (line.startsWith('#'))
            continue;
        const cols = line.split('\t');
        if (!/^\d+$/.test(cols[0]))
            continue; // multiword and empty nodes
        const misc = cols[9] ?? '_';
        const start = text.length;
        text += cols[1];
        const i = tokens.length;
        tokens.push({ form: cols[1], upos: cols[3], start, end: text.length });
        if (!/SpaceAfter=No/.test(misc))
            text += ' ';
        const ent = /Entity=([^|]+)/.exec(misc)?.[1];
        if (!ent)
            continue;
        ENTITY.lastIndex = 0;
        for (let m = ENTITY.exec(ent); m; m = ENTITY.exec(ent)) {
            if (m[1]) {
                if (m[3])
                    mentions.push({ from: i, to: i + 1, type: m[2], chain: m[1] });
                else {
                    const list = open.get(m[1]) ?? [];
                    list.push({ from: i, type: m[2] });
                    open.set(m[1], list);
                }
            }
            else if (m[4]) {
                const o = open.get(m[4])?.pop();
                if (o)
                    mentions.push({ from: o.from, to: i + 1, type: o.type, chain: m[4] });
            }
        }
    }
    if (tokens.length > sentStart)
        sentences.push([sentStart, tokens.length]);
    mentions.sort((a, b) => a.from - b.from || b.to - a.to);
    return { name, text, tokens, sentences, mentions };
}
