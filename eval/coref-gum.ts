import { createDoc, type Doc, tokensIn } from '../src/model/doc.js';
import type { Mention } from '../src/model/schema.js';
import { sharedData } from '../src/paths.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { ALL_STAGES } from '../src/stages/index.js';
import { type Clusters, CorefScorer } from './coref-metrics.js';
import { type GumDoc, gumSplit, readGum } from './gum.js';
import type { EvalSuite } from './suite.js';

/** The GUM entity types our stages cover (people, places, organisations). */
const COVERED = new Set(['person', 'place', 'organization']);

/**
 * Mention id = its character span without a leading article or trailing possessive (GUM spans
 * include both: "the UN", "Lavrov 's"), so system and gold mentions meet where their names coincide.
 */
export function spanId(text: string, start: number, end: number): string {
  while (end > start && /\s/.test(text[end - 1])) end--;
  const lead = /^(the|a|an)\s+/i.exec(text.slice(start, end));
  if (lead && start + lead[0].length < end) start += lead[0].length;
  const tail = /\s*['’]s?$/.exec(text.slice(start, end));
  if (tail && end - tail[0].length > start) end -= tail[0].length;
  return `${start}:${end}`;
}

// Our types GUM gives a type outside person/place/organization: events; works, laws and languages
// (abstract); products (object).
const UNCOVERED = new Set(['TITLE', 'EVENT', 'WORK_OF_ART', 'LAW', 'LANGUAGE', 'PRODUCT']);

/**
 * Whether a mention is one GUM could mark as a person, place or organisation: not a title, event, work,
 * law, language or product, not a nationality adjective ("Afghan team": GUM marks the team, not "Afghan").
 */
function scored(doc: Doc, m: Mention): boolean {
  if (UNCOVERED.has(m.type)) return false;
  if (m.type !== 'NORP') return true;
  const [f, l] = tokensIn(doc, m);
  if (l !== f + 1) return true;
  // the tagger may call "Afghan" in "Afghan team" a proper noun: a modifier is still an adjective here
  const t = doc.tokens[f];
  return !(t.pos === 'ADJ' || t.xpos === 'JJ' || /^(amod|compound)$/.test(t.deprel ?? ''));
}

/** A mention's id: its whole noun phrase when the parse gave one (GUM marks maximal phrases). */
const idOf = (doc: Doc, m: Mention): string =>
  spanId(doc.text, m.phrase?.start ?? m.start, m.phrase?.end ?? m.end);

/** Our mentions clustered by entity; unlinked mentions are singletons. */
export function systemClusters(doc: Doc): Clusters {
  const by = new Map<string, string[]>();
  doc.mentions.forEach((m, i) => {
    if (!scored(doc, m)) return;
    const k = m.entity === undefined ? `s${i}` : `e${m.entity}`;
    by.set(k, [...(by.get(k) ?? []), idOf(doc, m)]);
  });
  return [...by.values()];
}

/** Baseline over the same mentions: same lower-cased string, or same head (last word), corefer. */
function sameStringOrHead(doc: Doc): Clusters {
  const by = new Map<string, string[]>();
  for (const m of doc.mentions) {
    if (!scored(doc, m)) continue;
    const s = doc.text
      .slice(m.start, m.end)
      .toLowerCase()
      .replace(/['’]s?$/, '');
    const head = s.split(/\s+/).pop() ?? s;
    by.set(head, [...(by.get(head) ?? []), idOf(doc, m)]);
  }
  return [...by.values()];
}

/** Gold person/place/organization chains of a GUM document, by mention id (singletons kept). */
export function goldClusters(g: GumDoc): Clusters {
  const chains = new Map<string, string[]>();
  for (const m of g.mentions) {
    if (!COVERED.has(m.type)) continue;
    const k = spanId(g.text, g.tokens[m.from].start, g.tokens[m.to - 1].end);
    chains.set(m.chain, [...(chains.get(m.chain) ?? []), k]);
  }
  return [...chains.values()];
}

// Genres other than news whose texts are, like news, CC BY / BY-SA (see the data README).
const OTHER_GENRES = ['academic', 'bio', 'court', 'interview', 'voyage'];

/**
 * The GUM documents a split names: "test" (default), "dev", "train" or "all" news documents, or
 * "GENRES:SPLIT" for other genres ("bio:dev", "bio,court:train", "others:dev" = academic, bio, court,
 * interview, voyage) — more tuning documents than the 22 news ones, in the same standard splits.
 */
export function gumDocs(split: string): GumDoc[] {
  const [genrePart, splitPart] = split.includes(':') ? split.split(':') : ['news', split];
  const genres = genrePart === 'others' ? OTHER_GENRES : genrePart.split(',');
  const names = splitPart === 'all' ? null : gumSplit(splitPart);
  const prefixes = genres.map((g) => `GUM_${g}_`);
  return readGum((n) => prefixes.some((p) => n.startsWith(p)) && (!names || names.has(n)));
}

export const suite: EvalSuite = {
  name: 'coref-gum',
  describe:
    'Coreference on GUM news (test; --split dev|train|all, or other genres: --split bio:dev, others:train): MUC, B³, CEAF-e, CoNLL-F1 vs same-string/head',
  async run(opts) {
    const split = opts.split ?? 'test';
    if (!sharedData('gum', 'dep')) {
      return { suite: 'coref-gum', n: 0, metrics: {}, notes: ['skipped: needs ../shared/data/gum/dep'] };
    }
    const docs = gumDocs(split).slice(0, opts.limit);
    const pipeline = await buildPipeline(ALL_STAGES, { only: ['segment', 'parse', 'mentions', 'entities'] });
    const sys = new CorefScorer();
    const base = new CorefScorer();
    let goldMentions = 0;
    let found = 0;
    for (const g of docs) {
      const key = goldClusters(g);
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
        `GUM ${split.includes(':') ? split : `news:${split}`} documents (Zeldes 2017, CC BY / BY-SA): gold person/place/organization mentions and chains, singletons kept`,
        'system mentions are our own (no gold mentions given); a mention counts on an exact character-span match after dropping a leading the/a/an and a trailing possessive',
        'baseline = the same system mentions clustered by same string or same head word',
      ],
    };
  },
};
