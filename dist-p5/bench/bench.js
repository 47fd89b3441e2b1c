import { loadavg } from 'node:os';
import * as chrono from 'chrono-node';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { createPipeline } from '../src/extract.js';
import { createDoc } from '../src/model/doc.js';
import { gumNews } from './corpus.js';
/** Whitespace-separated words, the unit of the words/s goals. */
export const countWords = (t) => t.split(/\s+/).filter(Boolean).length;
/**
 * Runs the whole pipeline over the texts `rounds` times after `warmup` untimed passes in this thread and times
 * each stage; peak RSS is read before the peers run. Then times the peers on the same texts (same warm-up).
 */
export async function bench(texts = gumNews(), rounds = 3, warmup = 5) {
    const load0 = loadavg()[0];
    const stageMs = new Map();
    let counting = false;
    const pipe = await createPipeline({
        onStage: (name, ms) => {
            if (counting)
                stageMs.set(name, (stageMs.get(name) ?? 0) + ms);
        },
    });
    const runAll = () => {
        let tokens = 0;
        for (const t of texts) {
            const doc = createDoc(t.text, {
                published: { value: t.published, from: t.published ? 'given' : 'none' },
            });
            tokens += pipe.run(doc).tokens.length;
        }
        return tokens;
    };
    // Warm-up: lazy lexicons, and the JIT. After one pass over the 24 GUM articles V8 is still optimising
    // (about a third of the CPU then goes to its compiler threads); after five it has mostly settled.
    for (let w = 0; w < Math.max(1, warmup); w++)
        runAll();
    counting = true;
    const t0 = performance.now();
    let tokens = 0;
    for (let r = 0; r < rounds; r++)
        tokens = runAll();
    const secs = (performance.now() - t0) / 1000;
    const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    const words = texts.reduce((n, t) => n + countWords(t.text), 0);
    const allMs = [...stageMs.values()].reduce((a, b) => a + b, 0);
    const stages = Object.fromEntries([...stageMs].map(([name, ms]) => [
        name,
        {
            ms: Math.round(ms / rounds),
            tokensPerSec: Math.round((tokens * rounds) / (ms / 1000)),
            wordsPerSec: Math.round((words * rounds) / (ms / 1000)),
            share: round(ms / allMs),
        },
    ]));
    const peers = await timePeers(texts, rounds, tokens, words, warmup);
    return {
        corpus: { name: 'GUM news (../shared/data/gum)', docs: texts.length, tokens, words },
        stages,
        total: {
            docsPerSec: round((texts.length * rounds) / secs),
            tokensPerSec: Math.round((tokens * rounds) / secs),
            wordsPerSec: Math.round((words * rounds) / secs),
            peakRssMB,
        },
        peers,
        rounds,
        warmup,
        load: [load0, loadavg()[0]],
    };
}
async function timePeers(texts, rounds, tokens, words, warmup) {
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const runs = [
        [
            'wink-nlp',
            'sentences, tokens and POS tags',
            () => {
                for (const t of texts)
                    nlp.readDoc(t.text).tokens().out(nlp.its.pos);
            },
        ],
        [
            'chrono-node',
            'date expressions',
            () => {
                for (const t of texts)
                    chrono.parse(t.text, t.published ? new Date(t.published) : new Date());
            },
        ],
    ];
    // compromise is a devDependency: an installed package without it still benches the others.
    const compromise = await import('compromise').then((m) => m.default).catch(() => null);
    if (compromise) {
        runs.push([
            'compromise',
            'people, places, organisations and quotations',
            () => {
                for (const t of texts) {
                    const d = compromise(t.text);
                    d.people().out('array');
                    d.places().out('array');
                    d.organizations().out('array');
                    d.quotations().out('array');
                }
            },
        ]);
    }
    const peers = {};
    for (const [name, does, fn] of runs) {
        for (let w = 0; w < Math.max(1, warmup); w++)
            fn();
        const t0 = performance.now();
        for (let r = 0; r < rounds; r++)
            fn();
        const secs = (performance.now() - t0) / 1000;
        peers[name] = {
            does,
            tokensPerSec: Math.round((tokens * rounds) / secs),
            wordsPerSec: Math.round((words * rounds) / secs),
        };
    }
    return peers;
}
export const round = (x) => Math.round(x * 100) / 100;
