import type { Doc } from '../../model/doc.js';
import type { Mention } from '../../model/schema.js';
import { lookupGroup, lookupOrg, lookupTitle, titlesCompatible } from '../../text/actors.js';
import { lookupCountry } from '../../text/countries.js';
import type { OfficeHolder } from '../../text/lexicon.js';
import { type Cluster, type Role, rolesAgree } from './cluster.js';
import { isCoordination } from './coordination.js';
import { holderFor } from './kb.js';
import { NameIndex } from './name-match.js';
import { cleanName, nameKey } from './names.js';
import { type Chains, linkNominals } from './nominal-coref.js';
import { childrenOf, mentionHeads } from './phrases.js';
import { linkSpeakerPronouns, linkThirdPerson } from './pronouns.js';

const PRONOUN_WINDOW = 3; // sentences back a pronoun may reach

/** Groups mentions into clusters: names by exact/surname/KB match, titles and descriptions by role, pronouns by recency. */
export function corefer(doc: Doc): Cluster[] {
  const ms = doc.mentions;
  const date = publishedDate(doc);
  const clusters: Cluster[] = [];
  const owner = new Int32Array(ms.length).fill(-1);
  const add = (c: number, m: number) => {
    owner[m] = c;
    clusters[c].mentions.push(m);
  };
  const text = (m: Mention) => doc.text.slice(m.start, m.end);
  const heads = mentionHeads(doc);
  const kids = childrenOf(doc);
  const groups = ms.map((m, i) => m.kind === 'nominal' && isCoordination(doc, kids, m, heads[i]));
  const nested = nestedFlags(ms, groups);
  const chains: Chains = { doc, ms, clusters, owner, heads, kids, groups, add };

  // 1. Names.
  const names = new NameIndex(clusters);
  const byId = new Map<string, number>();
  const byHolder = new Map<string, number>();
  const holders = new Map<string, ReturnType<typeof holderFor>>();
  // names repeat through an article: their keys and lexicon ids are worked out once
  const memos = new Map<string, string | undefined>();
  const memo = <T extends string | undefined>(k: string, f: () => T): T => {
    if (!memos.has(k)) memos.set(k, f());
    return memos.get(k) as T;
  };
  for (let m = 0; m < ms.length; m++) {
    const mn = ms[m];
    if (mn.kind === 'pronoun' || mn.kind === 'description' || mn.kind === 'nominal' || mn.type === 'TITLE')
      continue;
    const raw = text(mn);
    const id = mn.type === 'PERSON' ? undefined : memo(`id|${mn.type}|${raw}`, () => lexiconId(raw, mn.type));
    // a one-word place or organisation that is a person's surname is that person ("Paris" after "Valeska Paris")
    const rawKey = mn.type === 'PERSON' ? '' : memo(`key|${raw}`, () => nameKey(raw));
    const asPerson = mn.type !== 'PERSON' && !id ? names.personBySurname(rawKey) : -1;
    if (mn.type === 'PERSON' || asPerson >= 0) {
      const name = memo(`clean|${raw}`, () => cleanName(raw));
      const key = memo(`key|${name}`, () => nameKey(name));
      if (!holders.has(name)) holders.set(name, holderFor(name, date));
      const kb = holders.get(name) ?? null;
      let c = asPerson >= 0 ? asPerson : names.personByKey(key);
      if (c < 0 && kb) c = byHolder.get(kb.holder.name) ?? -1;
      if (c < 0) c = names.personByPart(key);
      if (c < 0) {
        c = clusters.push({ type: 'PERSON', mentions: [], keys: new Set(), names: [], roles: [] }) - 1;
      }
      const cl = clusters[c];
      cl.keys.add(key);
      names.addPerson(c, key);
      if (!cl.names.includes(name)) cl.names.push(name);
      if (kb && !cl.kbName) {
        applyHolder(cl, kb.holder);
        byHolder.set(kb.holder.name, c);
      }
      add(c, m);
      continue;
    }
    const key = rawKey;
    const clean = raw.replace(/['’]s?$/, '');
    let c = id ? (byId.get(id) ?? -1) : names.findOther(mn.type, key, clean);
    if (c < 0) {
      c = clusters.push({ type: mn.type, mentions: [], keys: new Set([key]), names: [], roles: [], id }) - 1;
      if (id) byId.set(id, c);
    }
    if (!id) names.addOther(c, mn.type, key, clean);
    if (!clusters[c].names.includes(clean)) clusters[c].names.push(clean);
    add(c, m);
  }

  // 2. A title right before a name is that person's role: "Russia's Foreign Minister Sergey Lavrov".
  for (let m = 0; m + 1 < ms.length; m++) {
    if (ms[m].type !== 'TITLE') continue;
    const name = nextPerson(ms, m);
    if (name < 0 || owner[name] < 0) continue;
    const role = roleOf(doc, ms, m, ms[m].start, ms[m].end);
    if (role) addRole(clusters[owner[name]], role);
  }

  // 3. Descriptions: to the person holding that role, else their own entity.
  const bare = new Map<number, Role>();
  for (let m = 0; m < ms.length; m++) {
    const mn = ms[m];
    if (mn.kind !== 'description') continue;
    const role = roleOf(doc, ms, m, mn.start, mn.end);
    if (!role) continue;
    if (mn.type === 'PERSON') {
      // Apposition: "Jean Dupont, France's foreign minister," — the description is the name's role.
      const app = appositive(doc, ms, m);
      const named = app >= 0 ? app : renamedBy(doc, ms, heads, kids, m);
      if (named >= 0 && owner[named] >= 0) {
        addRole(clusters[owner[named]], role);
        add(owner[named], m);
        continue;
      }
      const c = bestRoleHolder(clusters, owner, ms, role, mn.start);
      if (c >= 0) {
        add(c, m);
        continue;
      }
    }
    // "the government" with no country of its own is resolved like a common noun (step 4): it may be
    // "the New Zealand government" named before
    if (mn.type !== 'PERSON' && !role.of) {
      bare.set(m, role);
      continue;
    }
    const gid = `role:${role.of ?? ''}:${role.title.toLowerCase()}`;
    let c = clusters.findIndex((x) => x.id === gid);
    if (c < 0) {
      c = clusters.push({ type: mn.type, mentions: [], keys: new Set(), names: [], roles: [], id: gid }) - 1;
      clusters[c].names.push(text(mn).replace(/^the\s+/i, ''));
      addRole(clusters[c], role);
    }
    add(c, m);
  }

  // 4. Common-noun phrases: appositions, then the same head noun.
  linkNominals(chains, bare);
  for (const [m, role] of bare) if (owner[m] >= 0) addRole(clusters[owner[m]], role);

  // 5. Third-person pronouns: the nearest earlier compatible mention that has an entity.
  linkThirdPerson(chains, nested, PRONOUN_WINDOW);

  // 6. I, we, you: the speaker of the sentence or their previous use.
  linkSpeakerPronouns(chains, PRONOUN_WINDOW);
  for (const c of clusters) c.mentions.sort((a, b) => a - b);
  for (let m = 0; m < ms.length; m++) if (owner[m] >= 0) ms[m].entity = owner[m];
  // A coordination nothing refers back to is only its parts.
  dropMentions(doc, clusters, (m) => groups[m] && (owner[m] < 0 || clusters[owner[m]].mentions.length < 2));
  return clusters;
}

/** Removes the mentions `drop` selects from the layer and from their clusters, renumbering the rest. */
function dropMentions(doc: Doc, clusters: Cluster[], drop: (m: number) => boolean): void {
  const ms = doc.mentions;
  const next = new Int32Array(ms.length).fill(-1);
  let n = 0;
  for (let m = 0; m < ms.length; m++) {
    if (drop(m)) continue;
    next[m] = n;
    ms[n++] = ms[m];
  }
  if (n === ms.length) return;
  ms.length = n;
  for (const c of clusters) c.mentions = c.mentions.filter((m) => next[m] >= 0).map((m) => next[m]);
}

function publishedDate(doc: Doc): string | null {
  const v = doc.meta.published?.value;
  return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}

/** Mentions lying inside a longer one ("Syrian" in "the Syrian opposition"), not counting coordinations. */
function nestedFlags(ms: Mention[], groups: boolean[]): boolean[] {
  const out = ms.map(() => false);
  for (let i = 0; i < ms.length; i++) {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (
        !groups[j] &&
        ms[j].start <= ms[i].start &&
        ms[i].end <= ms[j].end &&
        ms[j].end - ms[j].start > ms[i].end - ms[i].start
      )
        out[i] = true;
    }
  }
  return out;
}

function lexiconId(raw: string, type: string): string | undefined {
  const clean = raw.replace(/['’]s?$/, '');
  const org = lookupOrg(clean);
  if (org) return `org:${org.name}`;
  const c = lookupCountry(clean);
  if (c && c.kind !== 'capital') return type === 'NORP' ? `norp:${c.iso3}` : `country:${c.iso3}`;
  return undefined;
}

function applyHolder(cl: Cluster, h: OfficeHolder): void {
  cl.kbName = h.name;
  if (h.country) cl.country = h.country;
  // Out-of-date holders keep their code: a stale article still talks about them in that office
  // (the checks stage flags the dates); only a bare surname needs a current holder (see holderFor).
  cl.code = h.code;
  const of = h.org ? (lookupOrg(h.org)?.name ?? h.org) : (h.country ?? undefined);
  addRole(cl, { title: lookupTitle(h.office)?.title ?? h.office, of, from: 'kb' });
}

function addRole(cl: Cluster, role: Role): void {
  const same = cl.roles.find((r) => rolesAgree(r, role, titlesCompatible));
  if (same) {
    if (!same.of && role.of) same.of = role.of;
    if (same.start === undefined && role.start !== undefined) {
      same.start = role.start;
      same.end = role.end;
      same.from = same.from ?? role.from;
    }
    // Prefer the specific title ("Foreign Minister" over "minister").
    if (role.title.length > same.title.length) same.title = role.title;
    return;
  }
  cl.roles.push(role);
}

/** The index of the PERSON name right after title mention m (only spaces between), or -1. */
function nextPerson(ms: Mention[], m: number): number {
  for (let k = m + 1; k < ms.length && ms[k].start <= ms[m].end + 1; k++) {
    if (ms[k].type === 'PERSON' && ms[k].kind === 'name') return k;
  }
  return -1;
}

/**
 * The role a title or description names, with who it serves: a nested or preceding country,
 * demonym or organisation ("Russia's", "Syrian", "the UN").
 */
function roleOf(doc: Doc, ms: Mention[], m: number, start: number, end: number): Role | null {
  let of: string | undefined;
  let qualEnd = start;
  // The qualifier is a mention inside the description or ending just before the title.
  for (let k = Math.max(0, m - 3); k < Math.min(ms.length, m + 4); k++) {
    if (k === m) continue;
    const q = ms[k];
    const inside = q.start >= start && q.end <= end;
    const before = q.end <= start && /^\s*(['’]s)?\s*$/.test(doc.text.slice(q.end, start));
    if (!inside && !before) continue;
    if (q.type !== 'GPE' && q.type !== 'NORP' && q.type !== 'ORG') continue;
    const raw = doc.text.slice(q.start, q.end).replace(/['’]s?$/, '');
    const org = lookupOrg(raw);
    of = org ? (org.country && org.type !== 'ORG' ? org.country : org.name) : lookupCountry(raw)?.iso3;
    if (inside) qualEnd = Math.max(qualEnd, q.end);
  }
  const words = doc.text
    .slice(qualEnd, end)
    .replace(/^['’]s?/, '')
    .replace(/^\s*the\s+/i, '')
    .trim()
    .replace(/^(former|new|acting|then|top|senior|outgoing|incoming)\s+/i, '')
    .replace(/\s+/g, ' ');
  const t = lookupTitle(words);
  if (t) return { title: t.title, of, start, end, from: 'text' };
  if (lookupGroup(words)) return { title: words.toLowerCase(), of, start, end, from: 'text' };
  return null;
}

/** The person cluster whose role agrees, nearest before `at` (else the first after). */
function bestRoleHolder(
  clusters: Cluster[],
  owner: Int32Array,
  ms: Mention[],
  role: Role,
  at: number,
): number {
  let best = -1;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let c = 0; c < clusters.length; c++) {
    const cl = clusters[c];
    if (cl.type !== 'PERSON' || !cl.roles.some((r) => rolesAgree(r, role, titlesCompatible))) continue;
    for (const m of cl.mentions) {
      if (owner[m] !== c) continue;
      const d = ms[m].start < at ? at - ms[m].start : 1e7 + ms[m].start - at;
      if (d < bestDist) {
        bestDist = d;
        best = c;
      }
    }
  }
  return best;
}

/** The PERSON name right before description m across a comma ("X, the minister"), or -1. */
function appositive(doc: Doc, ms: Mention[], m: number): number {
  for (let k = m - 1; k >= 0 && k >= m - 3; k--) {
    const q = ms[k];
    if (q.end > ms[m].start) continue;
    if (q.type === 'PERSON' && q.kind === 'name' && /^\s*,\s*$/.test(doc.text.slice(q.end, ms[m].start)))
      return k;
    return -1;
  }
  return -1;
}

/**
 * The PERSON name the parse hangs on description m as an apposition after it ("The secretary general of the
 * Atlantic Traders Union (ATU), Piet Vanderlinde, said"), or -1.
 */
function renamedBy(doc: Doc, ms: Mention[], heads: number[], kids: number[][], m: number): number {
  const h = heads[m];
  if (h < 0) return -1;
  for (const k of kids[h]) {
    if (k < h || doc.tokens[k].deprel !== 'appos') continue;
    for (let n = m + 1; n < ms.length && ms[n].start <= doc.tokens[k].start; n++) {
      if (heads[n] === k && ms[n].type === 'PERSON' && ms[n].kind === 'name') return n;
    }
  }
  return -1;
}
