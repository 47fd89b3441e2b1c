import type { Doc } from '../../model/doc.js';
import type { EntityType, Mention, Token } from '../../model/schema.js';
import { isHonorific, isKnownSurname, lookupGroup, lookupOrg, lookupTitle } from '../../text/actors.js';
import { lookupCountry } from '../../text/countries.js';
import { geocode } from '../../text/places.js';
import { loadTagger, spans } from './tagger.js';
import {
  CALENDAR_WORDS,
  EVENT_WORDS,
  FAC_WORDS,
  GROUP_PRONOUNS,
  LOC_WORDS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_WORDS,
  PERSON_PRONOUNS,
  PLACE_PREPOSITIONS,
} from './words.js';

type Kind = NonNullable<Mention['kind']>;

/** A phrase found at a token position: [from, to) token indices. */
interface Hit {
  from: number;
  to: number;
  type: EntityType;
  kind: Kind;
}

const MAX_PHRASE = 7;
const POSSESSIVE = /^['’]s?$/;

/** Rule-based mentions for one sentence's tokens [a, b). */
export class MentionFinder {
  private readonly toks: Token[];
  readonly out: Mention[] = [];

  constructor(private readonly doc: Doc) {
    this.toks = doc.tokens;
  }

  private word(i: number): string {
    const t = this.toks[i];
    return this.doc.text.slice(t.start, t.end);
  }

  /** Text of tokens [i, j) with whitespace collapsed and curly apostrophes straightened. */
  private phrase(i: number, j: number): string {
    // The apostrophes are straightened once per doc (same length, so offsets hold); most phrases need no more.
    this.straight ??= this.doc.text.replace(/’/g, "'");
    const s = this.straight.slice(this.toks[i].start, this.toks[j - 1].end);
    return /[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s;
  }

  private straight: string | undefined;

  private glued(i: number): boolean {
    return i > 0 && this.toks[i - 1].end === this.toks[i].start;
  }

  /** Words of the person names found so far ("Dupont" after "Jean Dupont"). */
  private readonly personWords = new Set<string>();

  private known(i: number, j: number): boolean {
    for (let k = i; k < j; k++) if (this.personWords.has(this.word(k))) return true;
    return false;
  }

  private emit(h: Hit): void {
    if (h.type === 'PERSON' && h.kind === 'name')
      for (let k = h.from; k < h.to; k++) this.personWords.add(this.word(k));
    this.out.push({
      start: this.toks[h.from].start,
      end: this.toks[h.to - 1].end,
      type: h.type,
      kind: h.kind,
    });
  }

  /** Longest lexicon phrase (organisation, country, demonym, capital) starting at i. */
  private gazetteer(i: number, b: number): Hit | null {
    if (!/^\p{Lu}/u.test(this.word(i))) return null;
    for (let j = Math.min(b, i + MAX_PHRASE); j > i; j--) {
      const p = this.phrase(i, j);
      const org = lookupOrg(p);
      if (org) return { from: i, to: j, type: org.type, kind: org.type === 'NORP' ? 'demonym' : 'name' };
      const c = lookupCountry(p);
      if (c) {
        if (c.kind === 'demonym') return { from: i, to: j, type: 'NORP', kind: 'demonym' };
        return { from: i, to: j, type: 'GPE', kind: 'name' };
      }
    }
    return null;
  }

  /** Longest title ("Foreign Minister", "Secretary-General") or group noun starting at i. */
  private title(i: number, b: number): { to: number; group: boolean } | null {
    for (let j = Math.min(b, i + 5); j > i; j--) {
      const p = this.phrase(i, j);
      if (lookupTitle(p)) {
        // A lone lower-case "secretary"/"general" is too often a plain noun.
        if (j - i === 1 && /^\p{Ll}/u.test(p) && !/minister|president|envoy|spokes/.test(p)) return null;
        return { to: j, group: false };
      }
      if (lookupGroup(p)) return { to: j, group: true };
    }
    return null;
  }

  /** "the (Russian|Russia's|UN) (Foreign Minister|opposition)" and "Russia's Foreign Minister". */
  private description(i: number, b: number): boolean {
    let k = i;
    const the = /^the$/i.test(this.word(k));
    if (the) k++;
    if (k < b && /^(former|new|acting|then|top|senior|outgoing|incoming)$/i.test(this.word(k))) k++;
    let qualifier: Hit | null = null;
    if (k < b) {
      qualifier = this.gazetteer(k, b);
      if (qualifier) {
        k = qualifier.to;
        if (k < b && POSSESSIVE.test(this.word(k))) k++;
        else if (qualifier.type === 'GPE' && !the) qualifier = qualifier.kind === 'name' ? qualifier : null;
      }
    }
    if (!the && !qualifier) return false;
    if (k >= b) return false;
    if (k < b && /^(former|new|acting|top|senior|deputy)$/i.test(this.word(k)) && k + 1 < b) k++;
    const t = this.title(k, b);
    if (!t) return false;
    // "Russia's Iran policy" — a qualifier must be followed immediately by the title.
    const next = t.to;
    if (!t.group && next < b && this.startsName(next)) {
      if (qualifier) this.emit(qualifier);
      this.emit({ from: k, to: t.to, type: 'TITLE', kind: 'title' });
      return this.afterTitle(next, b);
    }
    if (qualifier) this.emit(qualifier);
    this.emit({
      from: the ? i : (qualifier?.from ?? i),
      to: t.to,
      type: t.group ? 'ORG' : 'PERSON',
      kind: 'description',
    });
    this.pos = t.to;
    return true;
  }

  private pos = 0;
  /** Whether the last nameType() answer came from a cue rather than the default. */
  private cued = false;

  private afterTitle(i: number, b: number): boolean {
    const to = this.nameEnd(i, b);
    this.emit({ from: i, to, type: 'PERSON', kind: 'name' });
    this.pos = to;
    return true;
  }

  private capitalised(i: number): boolean {
    const w = this.word(i);
    return /^\p{Lu}/u.test(w) && !CALENDAR_WORDS.has(w);
  }

  private startsName(i: number): boolean {
    const w = this.word(i);
    return this.capitalised(i) && !NOT_NAMES.has(w) && !lookupTitle(w) && this.toks[i].pos !== 'VERB';
  }

  /** End (exclusive) of a capitalised name starting at i: "Bashar Al-Assad", "Ban Ki-Moon", "Staffan de Mistura". */
  private nameEnd(i: number, b: number): number {
    let j = i + 1;
    while (j < b) {
      const w = this.word(j);
      if (POSSESSIVE.test(w)) break;
      if ((w === '-' || w === "'") && this.glued(j) && j + 1 < b && this.glued(j + 1)) {
        // "Al-Assad", "O'Brien", and short syllables before lower case ("Ki-moon").
        if (this.capitalised(j + 1) || (this.word(j - 1).length <= 3 && /^\p{L}+$/u.test(this.word(j + 1)))) {
          j += 2;
          continue;
        }
      }
      if (this.capitalised(j) && !NOT_NAMES.has(w) && this.toks[j].pos !== 'VERB') {
        j++;
        continue;
      }
      if (NAME_PARTICLES.has(w) && j + 1 < b && (this.capitalised(j + 1) || this.word(j + 1) === '-')) {
        j += this.capitalised(j + 1) ? 2 : 1;
        continue;
      }
      if ((w === 'of' || w === 'for' || w === '&') && j + 1 < b && this.capitalised(j + 1)) {
        // "Bank of England", "Ministry for Foreign Affairs": only inside organisation names.
        const words = this.phrase(i, j).split(/[\s-]+/);
        if (words.some((x) => ORG_WORDS.has(x) || LOC_WORDS.has(x) || FAC_WORDS.has(x))) {
          j += 2;
          continue;
        }
      }
      break;
    }
    return j;
  }

  private nameType(i: number, j: number, a: number, b: number): EntityType {
    const words = this.phrase(i, j).split(/[\s-]+/);
    const last = words[words.length - 1];
    const prev = i > a ? this.word(i - 1) : '';
    this.cued = true;
    if (isHonorific(words[0]) || (prev && (isHonorific(prev) || lookupTitle(prev)))) return 'PERSON';
    if (isKnownSurname(last)) return 'PERSON';
    if (words.some((w) => ORG_WORDS.has(w))) return 'ORG';
    if (FAC_WORDS.has(last)) return 'FAC';
    if (words.some((w) => LOC_WORDS.has(w))) return 'LOC';
    if (EVENT_WORDS.has(last)) return 'EVENT';
    if (words.length === 1 && /^[A-Z]{2,6}$/.test(last)) return 'ORG';
    const name = this.phrase(i, j);
    const followedByCountry =
      j + 1 < b && this.word(j) === ',' && lookupCountry(this.word(j + 1))?.kind === 'name';
    const afterPreposition = PLACE_PREPOSITIONS.has(prev.toLowerCase());
    if (followedByCountry || afterPreposition) {
      if (geocode(name, [], 1000)) return 'GPE';
    }
    if (words.length === 1) {
      if (geocode(name, [], 50000)) return 'GPE';
      if (prev.toLowerCase() === 'the') return 'ORG';
    }
    this.cued = false;
    return 'PERSON';
  }

  /** A tagged span starting at i mapped to our types: MISC becomes NORP (demonyms) or EVENT. */
  private tagged(i: number, span: { to: number; type: string }): Hit {
    const words = this.phrase(i, span.to);
    let type: EntityType = 'PERSON';
    if (span.type === 'ORG') type = 'ORG';
    else if (span.type === 'LOC') type = geocode(words, [], 1000) || lookupCountry(words) ? 'GPE' : 'LOC';
    else if (span.type === 'MISC')
      type = /^\p{Lu}\p{Ll}+(an|ese|ish|ic|i)s?$/u.test(words) ? 'NORP' : 'EVENT';
    return { from: i, to: span.to, type, kind: type === 'NORP' ? 'demonym' : 'name' };
  }

  private scoreLine(j: number, a: number, b: number): boolean {
    if (j >= b || !/^\d+([-/]\d+)?$/.test(this.word(j))) return false;
    for (let k = a; k < b; k++) if (this.toks[k].pos === 'VERB' || this.toks[k].pos === 'AUX') return false;
    return true;
  }

  /** Whether the tagger found any name inside tokens [i, to). */
  private taggedInside(starts: Map<number, { to: number; type: string }>, i: number, to: number): boolean {
    for (let k = i; k < to; k++) if (starts.has(k)) return true;
    return false;
  }

  /** Finds mentions in the sentence whose tokens are [a, b). */
  sentence(a: number, b: number): void {
    const tagger = loadTagger();
    const shouting = !/\p{Ll}/u.test(this.doc.text.slice(this.toks[a].start, this.toks[b - 1].end));
    const starts = new Map<number, { to: number; type: string }>();
    if (tagger) {
      const words: string[] = [];
      for (let i = a; i < b; i++) words.push(this.word(i));
      for (const sp of spans(tagger.tag(words))) starts.set(a + sp.from, { to: a + sp.to, type: sp.type });
    }
    this.pos = a;
    while (this.pos < b) {
      const i = this.pos;
      const w = this.word(i);
      const lower = w.toLowerCase();
      if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower)) {
        this.emit({
          from: i,
          to: i + 1,
          type: PERSON_PRONOUNS.has(lower) ? 'PERSON' : 'ORG',
          kind: 'pronoun',
        });
        this.pos = i + 1;
        continue;
      }
      if (this.description(i, b)) continue;
      const gaz = this.gazetteer(i, b);
      if (gaz) {
        const capital = lookupCountry(this.phrase(i, gaz.to))?.kind === 'capital';
        if (capital && this.scoreLine(gaz.to, a, b)) gaz.type = 'ORG';
        this.emit(gaz);
        this.pos = gaz.to;
        continue;
      }
      if (isHonorific(w) && i + 1 < b && this.capitalised(i + 1)) {
        let from = i + 1;
        if (this.word(from) === '.') from++;
        const to = this.nameEnd(from, b);
        this.emit({ from: i, to, type: 'PERSON', kind: 'name' });
        this.pos = to;
        continue;
      }
      if (this.capitalised(i) && i + 1 < b) {
        const t = this.title(i, b);
        if (t && !t.group && t.to < b && this.startsName(t.to)) {
          this.emit({ from: i, to: t.to, type: 'TITLE', kind: 'title' });
          this.afterTitle(t.to, b);
          continue;
        }
      }
      const sentenceInitial = i === a || /^[“"‘'(]$/.test(this.word(i - 1));
      if (this.startsName(i) && (!sentenceInitial || this.toks[i].pos === 'PROPN')) {
        const to = this.nameEnd(i, b);
        let type = this.nameType(i, to, a, b);
        // Without a cue the rules say PERSON; the trained tagger decides when it found the same span.
        const span = starts.get(i);
        if (type === 'PERSON' && !this.cued && tagger) {
          const tagType = span && span.to === to ? this.tagged(i, span).type : null;
          if (tagType) type = tagType;
          else if (!this.taggedInside(starts, i, to) && (sentenceInitial || shouting) && !this.known(i, to)) {
            // Capitals say nothing at a sentence start or in an all-caps line: the tagger saw no name.
            this.pos = to;
            continue;
          }
          if (
            type === 'PERSON' &&
            to - i === 1 &&
            !tagType &&
            /^\p{Lu}\p{Ll}+(an|ic|ish|ese|ch)s?$/u.test(w)
          ) {
            type = 'NORP'; // "European", "Olympic", "Chechens"
          }
        }
        // "Durham 114", "Bayern Munich 2": a town followed by a score in a verbless line is a team.
        if ((type === 'GPE' || type === 'LOC') && this.scoreLine(to, a, b)) type = 'ORG';
        this.emit({ from: i, to, type, kind: type === 'NORP' ? 'demonym' : 'name' });
        this.pos = to;
        continue;
      }
      this.pos = i + 1;
    }
  }
}
