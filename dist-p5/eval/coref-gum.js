import { createDoc, tokensIn } from '../src/model/doc.js';
import { sharedData } from '../src/paths.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { CorefScorer } from './coref-metrics.js';
import { gumSplit, readGum } from './gum.js';
/** The GUM entity types our stages cover (people, places, organisations). */
const COVERED = new Set(['person', 'place', 'organization']);
/**
 * Mention id = its character span without a leading article or trailing possessive (GUM spans
 * include both: "the UN", "Lavrov 's"), so system and gold mentions meet where their names coincide.
 */
function spanId(text, start, end) {
    while (end > start && /\s/.test(text[end - 1]))
        end--;
    const lead = /^(the|a|an)\s+/i.exec(text.slice(start, end));
    if (lead && start + lead[0].length < end)
        start += lead[0].length;
    const tail = /\s*['’]s?$/.exec(text.slice(start, end));
    if (tail && end - tail[0].length > start)
        end -= tail[0].length;
    return `${start}:${end}`;
}
/**
 * Whether a mention is one GUM could mark: not a title, not an event, not a nationality adjective
 * ("Afghan team": GUM marks the team, not "Afghan").
 */
function scored(doc, m) {
    if (m.type === 'TITLE' || m.type === 'EVENT')
        return false;
    if (m.type !== 'NORP')
        return true;
    const [f, l] = tokensIn(doc, m);
    if (l !== f + 1)
        return true;
    // the tagger may call "Afghan" in "Afghan team" a proper noun: a modifier is still an adjective here
    const t = doc.tokens[f];
    return !(t.pos === 'ADJ' || t.xpos === 'JJ' || /^(amod|compound)$/.test(t.deprel ?? ''));
}
/** A mention's id: its whole noun phrase when the parse gave one (GUM marks maximal phrases). */
const idOf = (doc, m) => spanId(doc.text, m.phrase?.start ?? m.start, m.phrase?.end ?? m.end);
/** Our mentions clustered by entity; unlinked mentions are singletons. */
function systemClusters(doc) {
    const by = new Map();
    doc.mentions.forEach((m, i) => {
        if (!scored(doc, m))
            return;
        const k = m.entity === undefined ? `s${i}` : `e${m.entity}`;
        by.set(k, [...(by.get(k) ?? []), idOf(doc, m)]);
    });
    return [...by.values()];
}
/** Baseline over the same mentions: same lower-cased string, or same head (last word), corefer. */
function sameStringOrHead(doc) {
    const by = new Map();
    for (const m of doc.mentions) {
        if (!scored(doc, m))
            continue;
        const s = doc.text
            .slice(m.start, m.end)
            .toLowerCase()
            .replace(/['’]s?$/, '');
        const head = s.split(/\s+/).pop() ?? s;
        by.set(head, [...(by.get(head) ?? []), idOf(doc, m)]);
    }
    return [...by.values()];
}
export const suite = {
    name: 'coref-gum',
    describe: 'Coreference on GUM news (test; --split dev|all): MUC, B³, CEAF-e, CoNLL-F1 vs same-string/head',
    async run(opts) {
        const split = opts.split ?? 'test';
        if (!sharedData('gum', 'dep')) {
            return { suite: 'coref-gum', n: 0, metrics: {}, notes: ['skipped: needs ../shared/data/gum/dep'] };
        }
        const names = split === 'all' ? null : gumSplit(split);
        const docs = readGum((n) => n.startsWith('GUM_news_') && (!names || names.has(n))).slice(0, opts.limit);
        const pipeline = await buildPipeline(ALL_STAGES, { only: ['segment', 'parse', 'mentions', 'entities'] });
        const sys = new CorefScorer();
        const base = new CorefScorer();
        let goldMentions = 0;
        let found = 0;
        for (const g of docs) {
            const chains = new Map();
            for (const m of g.mentions) {
                if (!COVERED.has(m.type))
                    continue;
                const k = spanId(g.text, g.tokens[m.from].start, g.tokens[m.to - 1].end);
                chains.set(m.chain, [...(chains.get(m.chain) ?? []), k]);
            }
            const key = [...chains.values()];
            const doc = pipeline.run(createDoc(g.text, {}, g.name));
            const response = systemClusters(doc);
            const goldIds = new Set(key.flat());
            goldMentions += goldIds.size;
            found += response.flat().filter((x) => goldIds.has(x)).length;
            sys.add(key, response);
            base.add(key, sameStringOrHead(doc));
        }
        const s = sys.scores();
        const b = base.scores();
        return {
            suite: 'coref-gum',
            n: docs.length,
            metrics: {
                ...s,
                'baseline-muc': b.muc,
                'baseline-b3': b.b3,
                'baseline-ceafe': b.ceafe,
                'baseline-conll': b.conll,
                mentions: {
                    gold: goldMentions,
                    exactMatch: found,
                    recall: goldMentions ? Math.round((10000 * found) / goldMentions) / 100 : 0,
                },
            },
            notes: [
                `GUM ${split} news documents (Zeldes 2017, CC BY): gold person/place/organization mentions and chains, singletons kept`,
                'system mentions are our own (no gold mentions given); a mention counts on an exact character-span match after dropping a leading the/a/an and a trailing possessive',
                'baseline = the same system mentions clustered by same string or same head word',
            ],
        };
    },
};
