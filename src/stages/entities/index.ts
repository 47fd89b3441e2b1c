import type { Doc } from '../../model/doc.js';
import type { Entity } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Cluster } from './cluster.js';
import { codeClusters } from './coding.js';
import { addCoordinations } from './coordination.js';
import { corefer } from './coref.js';
import { addNestedNames } from './nested-names.js';
import { addPhraseMentions } from './nominals.js';

/**
 * Entities: coreference over mentions (names, surnames, Mr X, titles, descriptions, pronouns),
 * then roles, actor codes from the office-holder KB and lexicons, and coordinates for places.
 */
export const entities: Stage = {
  name: 'entities',
  needs: ['mentions', 'sentences', 'tokens', 'parse'],
  makes: ['entities'],
  run(doc: Doc) {
    addPhraseMentions(doc);
    addNestedNames(doc);
    addCoordinations(doc);
    const clusters = corefer(doc);
    codeClusters(doc, clusters);
    // one pronoun alone is unresolved, not an entity; a chain of them ("we" … "our") is one, nameless
    const keep = clusters.map(
      (c) =>
        c.mentions.length > 1 || (c.mentions.length === 1 && doc.mentions[c.mentions[0]].kind !== 'pronoun'),
    );
    const newIndex = new Int32Array(clusters.length).fill(-1);
    for (let c = 0; c < clusters.length; c++) {
      if (!keep[c]) continue;
      newIndex[c] = doc.entities.length;
      doc.entities.push(toEntity(doc, clusters[c], doc.entities.length));
    }
    for (const m of doc.mentions) {
      if (m.entity === undefined) continue;
      if (newIndex[m.entity] >= 0) m.entity = newIndex[m.entity];
      else delete m.entity;
    }
  },
};

function toEntity(doc: Doc, cl: Cluster, i: number): Entity {
  const named = cl.mentions
    .filter((m) => doc.mentions[m].kind === 'name' || doc.mentions[m].kind === 'demonym')
    .map((m) => doc.text.slice(doc.mentions[m].start, doc.mentions[m].end));
  // a description or common noun names a chain that has no name; a chain of pronouns alone ("we" …
  // "our") is an entity without a name: a pronoun is no name
  const worded = cl.mentions.map((m) => doc.mentions[m]).find((m) => m.kind !== 'pronoun');
  const name =
    cl.kbName ?? longest(cl.names) ?? named[0] ?? (worded ? doc.text.slice(worded.start, worded.end) : '');
  const aliases = [...new Set([...cl.names, ...named.map((n) => n.replace(/['’]s?$/, ''))])].filter(
    (a) => a !== name,
  );
  const e: Entity = { id: `E${i + 1}`, name, type: cl.type, mentions: cl.mentions };
  if (aliases.length) e.aliases = aliases;
  if (cl.code) e.code = cl.code;
  if (cl.country) e.country = cl.country;
  if (cl.sectors?.length) e.sectors = cl.sectors;
  if (cl.roles.length) e.roles = cl.roles;
  if (cl.geo) e.geo = cl.geo;
  if (cl.standsFor) e.standsFor = cl.standsFor;
  return e;
}

const longest = (names: string[]): string | undefined =>
  cl0(
    names
      .filter((n) => n.trim())
      .sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length),
  );
const cl0 = <T>(xs: T[]): T | undefined => xs[0];
