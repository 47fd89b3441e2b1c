import type { Doc } from '../../model/doc.js';
import type { EntityType, Mention } from '../../model/schema.js';
import { childrenOf, hasParse, mentionHeads } from './phrases.js';

/**
 * Coordinated mentions as one group ("Ann Chiang of DAB and Priscilla Leung of BPA", "Morocco and Iran"):
 * when a mention's head has conjuncts that head mentions too, the whole coordination becomes a plural
 * `nominal` mention beside its parts (later "they" can refer to it). No-op without a parse.
 */
export function addCoordinations(doc: Doc): void {
  if (!hasParse(doc)) return;
  const toks = doc.tokens;
  const kids = childrenOf(doc);
  const heads = mentionHeads(doc);
  const byHead = new Map<number, number>();
  heads.forEach((h, i) => {
    if (h >= 0 && doc.mentions[i].type !== 'TITLE' && !byHead.has(h)) byHead.set(h, i);
  });
  const seen = new Set(doc.mentions.map((m) => `${m.phrase?.start ?? m.start}:${m.phrase?.end ?? m.end}`));
  const added: Mention[] = [];
  for (const [h, first] of byHead) {
    if (toks[h].deprel === 'conj') continue;
    const conjs = kids[h].filter((k) => toks[k].deprel === 'conj' && /^(NOUN|PROPN|PRON)$/.test(toks[k].pos));
    // every conjunct must be a mention: "Google and a park" is no group of actors
    if (!conjs.length || conjs.some((k) => !byHead.has(k))) continue;
    // "Sydney, Australia" parsed as a conjunct is a place and its country, not a group: a group has "and"/"or"
    if (!conjs.some((k) => kids[k].some((j) => toks[j].deprel === 'cc'))) continue;
    const parts = [first, ...conjs.map((k) => byHead.get(k) as number)].map((i) => doc.mentions[i]);
    const start = Math.min(...parts.map((m) => m.phrase?.start ?? m.start));
    const end = Math.max(...parts.map((m) => m.phrase?.end ?? m.end));
    if (seen.has(`${start}:${end}`) || /\n/.test(doc.text.slice(start, end))) continue;
    seen.add(`${start}:${end}`);
    added.push({ start, end, type: groupType(parts), kind: 'nominal' });
  }
  if (!added.length) return;
  doc.mentions.push(...added);
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A group with a person in it is people ("Tom Cruise and the church"); else the first part's type. */
function groupType(parts: Mention[]): EntityType {
  return parts.some((m) => m.type === 'PERSON') ? 'PERSON' : parts[0].type;
}

/** Whether mention m (with head token h) is a coordination: its head has a conjunct inside it. */
export function isCoordination(doc: Doc, kids: number[][], m: Mention, h: number): boolean {
  return h >= 0 && kids[h].some((k) => doc.tokens[k].deprel === 'conj' && doc.tokens[k].end <= m.end);
}
