import { codeClusters } from './coding.js';
import { addCoordinations } from './coordination.js';
import { corefer } from './coref.js';
import { addNestedNames } from './nested-names.js';
import { addPhraseMentions } from './nominals.js';
/**
 * Entities: coreference over mentions (names, surnames, Mr X, titles, descriptions, pronouns),
 * then roles, actor codes from the office-holder KB and lexicons, and coordinates for places.
 */
export const entities = {
    name: 'entities',
    needs: ['mentions', 'sentences', 'tokens', 'parse'],
    makes: ['entities'],
    run(doc) {
        addPhraseMentions(doc);
        addNestedNames(doc);
        addCoordinations(doc);
        const clusters = corefer(doc);
        codeClusters(doc, clusters);
        const keep = clusters.map((c) => c.mentions.length > 0);
        const newIndex = new Int32Array(clusters.length).fill(-1);
        for (let c = 0; c < clusters.length; c++) {
            if (!keep[c])
                continue;
            newIndex[c] = doc.entities.length;
            doc.entities.push(toEntity(doc, clusters[c], doc.entities.length));
        }
        for (const m of doc.mentions)
            if (m.entity !== undefined)
                m.entity = newIndex[m.entity];
    },
};
function toEntity(doc, cl, i) {
    const named = cl.mentions
        .filter((m) => doc.mentions[m].kind === 'name' || doc.mentions[m].kind === 'demonym')
        .map((m) => doc.text.slice(doc.mentions[m].start, doc.mentions[m].end));
    const first = doc.mentions[cl.mentions[0]];
    // a chain of pronouns alone ("our", "we") is named by its first mention rather than left blank
    const name = cl.kbName ?? longest(cl.names) ?? named[0] ?? (first ? doc.text.slice(first.start, first.end) : '');
    const aliases = [...new Set([...cl.names, ...named.map((n) => n.replace(/['’]s?$/, ''))])].filter((a) => a !== name);
    const e = { id: `E${i + 1}`, name, type: cl.type, mentions: cl.mentions };
    if (aliases.length)
        e.aliases = aliases;
    if (cl.code)
        e.code = cl.code;
    if (cl.country)
        e.country = cl.country;
    if (cl.sectors?.length)
        e.sectors = cl.sectors;
    if (cl.roles.length)
        e.roles = cl.roles;
    if (cl.geo)
        e.geo = cl.geo;
    if (cl.standsFor)
        e.standsFor = cl.standsFor;
    return e;
}
const longest = (names) => cl0(names
    .filter((n) => n.trim())
    .sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length));
const cl0 = (xs) => xs[0];
