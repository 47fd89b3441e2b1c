import type { Doc } from '../../model/doc.js';
import type { EntityType, Mention, Token } from '../../model/schema.js';
import {
  isFirstName,
  isHonorific,
  isKnownSurname,
  lookupGroup,
  lookupOrg,
  lookupTitle,
} from '../../text/actors.js';
import { isLanguage, lookupCountry } from '../../text/countries.js';
import { geocode, lookupRegion } from '../../text/places.js';
import { collapseSpaces } from '../../text/spaces.js';
import { type KeyStarts, nameStarts, titleStarts } from './key-starts.js';
import { loadTagger, spans } from './tagger.js';
import {
  CALENDAR_WORDS,
  EVENT_WORDS,
  FAC_WORDS,
  GROUP_PRONOUNS,
  isCommonWord,
  LOC_WORDS,
  MODEL_NUMBER,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_WORDS,
  PERSON_PRONOUNS,
  PLACE_PREPOSITIONS,
  PRODUCT_NOUNS,
  productLength,
  startsProduct,
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
/** A goal's minute after a scorer: "5th", "85th", "33rd". */
const MINUTE = /^\d{1,3}(st|nd|rd|th)$/;
const POSSESSIVE = /^['’]s?$/;
const DASH = /^(-|--|—|–)$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
const SPORTS_HEADLINE =
  /^\s*(SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|ATHLETICS|BASEBALL|BASKETBALL|RUGBY[A-Z ]*|BOXING|CYCLING|SQUASH|MOTOR[A-Z ]*|HORSE RACING|ICE HOCKEY|HOCKEY|NFL|NBA|NHL|AMERICAN FOOTBALL|SWIMMING|SKIING|BADMINTON|VOLLEYBALL|HANDBALL|YACHTING|ROWING) -/;
/** Lower-case nouns that, right before a name, make it an organisation ("club Standard Liege", "agency Tanjug"). */
const ORG_NOUN_BEFORE =
  /^(club|team|side|group|company|firm|agency|newspaper|daily|weekly|paper|bank|carrier|airline|maker|producer|manufacturer|distributor|retailer|insurer|broker|brokerage|conglomerate|giant|publisher|operator|subsidiary|unit|chain|party)$/;
/** Function words of an all-caps line that never sit inside a name. */
const PREFIXED_NAME = /^([Ee]x|[Pp]re|[Pp]ost|[Pp]ro|[Aa]nti|[Nn]on)-\p{Lu}[\p{L}.]*$/u;
const COMPETITION =
  /^(League|Division|Cup|Open|Championship|Championships|Tournament|Trophy|Classic|Masters|Series|Games|Prix)$/;
const TEAM_AFTER =
  /^(\s+(won|wins|beat|beats|defeated|downed|edged|routed|thrashed|crushed|blanked|swept|drew|lost|rallied|clinched|trailed|trail|hosted|host|hosts|scored|led)\b|['’]s?\s+(\p{Lu}|lead|coach|manager|team|squad|captain|striker|goalkeeper|defender|midfielder|pitcher|win|victory|defeat)\b)/u;
const TEAM_BEFORE =
  /\b(beat|beats|defeated|downed|edged|routed|thrashed|crushed|blanked|swept|against|over|for|joined|behind|v|vs\.?)\s+$/;
/** After an organisation's name: its pronoun, its business, its officers, a lower-case organisation noun. */
const ORG_AFTER =
  /^(\s+((also|later|earlier|separately)\s+)?(said|says|added|reported)(\s+on\s+\p{L}+)?\s+(it|its)\b|['’]s?\s+(shares|stock(?!\s+(market|exchange))|stake|profits?|net|sales|revenues?|output|earnings|turnover|results|chairman|chief executive|CEO|board|shareholders|subsidiary|headquarters|plant|factory|products)\b|\s+(CEO|chairman|chief executive|shares|stock(?!\s+(market|exchange))|newspaper|daily|weekly|magazine|bank|company|firm|airline|carrier|group|club)\b|,\s+(based|headquartered)\s+in\b)/u;
/** "analyst Paula Buratti at Indosuez", "an economist with X": someone's employer after "at"/"with". */
const EMPLOYER_BEFORE =
  /\b(analysts?|economists?|strategists?|traders?|dealers?|brokers?|officer|executive|director|spokes(wo)?man|partner|fund manager|portfolio manager)\b[^.;:!?"()\n]{0,30}\b(at|with)\s+$/;
/** "X posted a net loss", "X reported record profits": a company reporting its results. */
const RESULTS_AFTER =
  /^\s+(posted|reported|announced)\s+(an?\s+)?(\p{L}+\s+)?(net|profits?|loss|losses|earnings|sales|revenues?|dividend)\b/u;
/** ", the first foreign company to", ", a Tokyo-based maker of": an apposition naming a kind of organisation. */
const ORG_APPOSITION =
  /^,\s+(the|a|an)\s+([\p{L}\d.'’-]+\s+){0,4}?(company|firm|group|bank|maker|producer|manufacturer|carrier|airline|newspaper|daily|agency|insurer|retailer|conglomerate|exporter|importer|operator|utility|brokerage|subsidiary|club|side)\b/u;
/** In a sports report: a team's officers and players after its name ("Deportivo chairman", "Eagles owner"). */
const TEAM_ROLE_AFTER =
  /^\s+(coach|manager|chairman|president|owner|captain|striker|goalkeeper|keeper|defender|midfielder|forward|fans|supporters)\b/;
/** British usage: a team takes a plural verb ("Rotor are well placed", "Deportivo were unable"). */
const PLURAL_VERB_AFTER =
  /^\s+(are|were|have)\s+(been\s+)?(\p{Ll}+ed|unable|well|now|still|not|also|through|out|top|bottom)\b/u;
/** Lower-case words inside titles of works: "Anne of a Thousand Days", "Ice Cold in Alex". */
const TITLE_GLUE =
  /^(of|the|a|an|in|and|to|for|on|at|with|from|by|or|is|my|your|our|his|her|its|their|de|la|le)$/;
/** Abbreviations that name no entity: time zones, baseball statistics, economic measures. */
const NOT_NAME_ABBREVIATIONS = new Set(
  'GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST RBI RBIs ERA GDP GNP CPI PPI PMI RPI IPO CEO CFO EPS VAT'.split(
    ' ',
  ),
);
/** A party's members or sympathisers: OntoNotes NORP ("Republicans", "Democrat Walter Mondale"). */
const PARTY_MEMBERS =
  /^(Republicans?|Democrats?|Democratic|Communists?|Socialists?|Tory|Tories|Liberals?|Conservatives?|Gaullists?|Sandinistas?|Peronists?|Bolsheviks?|Marxists?|Maoists?|Zionists?|Islamists?)$/;
const SHOUTED_GLUE = /^(IN|AT|OF|TO|FOR|ON|WITH|AND|THE|V|VS|BY|FROM|AFTER|BEFORE|OVER|AGAINST)$/;
const COMPASS =
  /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|New|Middle|Far|Near)$/;

// Title-casing an ASCII word changes no letter's run: only other words need it for the key-start check.
const ASCII = /^\p{ASCII}*$/u;

/** "BUCHAREST" → "Bucharest", "NEW YORK" → "New York" (for lexicon look-ups in all-caps lines). */
export function titleCase(p: string): string {
  return p.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** How a name's type was decided; a stronger reading of a string re-types weaker ones in the document. */
export const Cue = { None: 0, Weak: 1, Rule: 2, Lexicon: 3 } as const;
type Cue = (typeof Cue)[keyof typeof Cue];

/** Rule-based mentions for one sentence's tokens [a, b). */
export class MentionFinder {
  private readonly toks: Token[];
  readonly out: Mention[] = [];

  constructor(private readonly doc: Doc) {
    this.toks = doc.tokens;
    this.sportsHeadline = SPORTS_HEADLINE.test(doc.text.slice(0, 200));
    // Each token's text is sliced once: the rules read the same words many times over.
    const n = this.toks.length;
    this.words = new Array<string>(n);
    for (let i = 0; i < n; i++) this.words[i] = doc.text.slice(this.toks[i].start, this.toks[i].end);
    this.nameStart = new Int8Array(n);
    this.titleStart = new Int8Array(n);
  }

  private readonly words: string[];
  /** Per token, whether phrases of 2+ words starting there may be lexicon names / titles: 0 unknown, 1 yes, 2 no. */
  private readonly nameStart: Int8Array;
  private readonly titleStart: Int8Array;

  /** Whether a phrase of two or more words starting at token i may be a key of `starts`. */
  private mayStart(i: number, starts: KeyStarts, memo: Int8Array): boolean {
    if (memo[i] === 0) {
      const w = this.word(i);
      // A word glued to a following letter or digit ("1990s" as two tokens) has a longer leading run: no shortcut.
      const glued =
        i + 1 < this.toks.length &&
        this.glued(i + 1) &&
        /^[\p{L}\p{N}]+$/u.test(w) &&
        /^[\p{L}\p{N}]/u.test(this.word(i + 1));
      memo[i] = glued || starts.has(w, ASCII.test(w) ? w : titleCase(w)) ? 1 : 2;
    }
    return memo[i] === 1;
  }

  /** Whether the report starts with a sports section label ("SOCCER -"). */
  private readonly sportsHeadline: boolean;

  private word(i: number): string {
    return this.words[i];
  }

  /** Text of tokens [i, j) with whitespace collapsed and curly apostrophes straightened. */
  private phrase(i: number, j: number): string {
    // The apostrophes are straightened once per doc (same length, so offsets hold); most phrases need no more.
    this.straight ??= this.doc.text.replace(/’/g, "'");
    const s = this.straight.slice(this.toks[i].start, this.toks[j - 1].end);
    return collapseSpaces(s);
  }

  private straight: string | undefined;

  private glued(i: number): boolean {
    return i > 0 && this.toks[i - 1].end === this.toks[i].start;
  }

  /** Words of the person names found so far ("Dupont" after "Jean Dupont"). */
  private readonly personWords = new Set<string>();

  private known(i: number, j: number): boolean {
    for (let k = i; k < j; k++) if (this.personWords.has(this.word(k).toLowerCase())) return true;
    return false;
  }

  /** How each name mention's type was decided (for document-level consistency). */
  readonly cues = new Map<Mention, Cue>();
  /** Names outside all-caps lines, lower-cased, with their type: all-caps headlines are read against them. */
  readonly bodyNames = new Map<string, { type: EntityType; cue: Cue }>();
  private shouting = false;
  /** Set by nameType: an uncued run holds a word usually written in lower case. */
  private commonish = false;

  private emit(h: Hit, cue: Cue = Cue.Lexicon): void {
    // "1998 World Cup": a year before an event's name is part of it.
    if (
      h.type === 'EVENT' &&
      h.kind === 'name' &&
      h.from > 0 &&
      /^(1[89]|20)\d\d$/.test(this.word(h.from - 1))
    )
      if (!/\n/.test(this.doc.text.slice(this.toks[h.from - 1].end, this.toks[h.from].start))) h.from--;
    // "Euro 96": a two-digit year after it too.
    if (
      h.type === 'EVENT' &&
      h.kind === 'name' &&
      h.to < this.toks.length &&
      /^\d\d$/.test(this.word(h.to)) &&
      this.doc.text.slice(this.toks[h.to - 1].end, this.toks[h.to].start) === ' '
    )
      h.to++;
    if (h.type === 'PERSON' && h.kind === 'name')
      for (let k = h.from; k < h.to; k++) this.personWords.add(this.word(k).toLowerCase());
    const m: Mention = {
      start: this.toks[h.from].start,
      end: this.toks[h.to - 1].end,
      type: h.type,
      kind: h.kind,
    };
    this.out.push(m);
    if (h.kind !== 'name' && h.kind !== 'demonym') return;
    this.cues.set(m, cue);
    if (this.shouting) return;
    const key = this.phrase(h.from, h.to).toLowerCase();
    const old = this.bodyNames.get(key);
    if (!old || old.cue < cue) this.bodyNames.set(key, { type: h.type, cue });
    if (h.type === 'PERSON' && h.to - h.from > 1 && !this.bodyNames.has(this.word(h.to - 1).toLowerCase()))
      this.bodyNames.set(this.word(h.to - 1).toLowerCase(), { type: 'PERSON', cue: Cue.None });
  }

  /** Longest lexicon phrase (organisation, country, demonym, capital) starting at i. */
  private gazetteer(i: number, b: number): Hit | null {
    if (!/^\p{Lu}/u.test(this.word(i))) return null;
    const longest = this.mayStart(i, nameStarts(), this.nameStart) ? i + MAX_PHRASE : i + 1;
    for (let j = Math.min(b, longest); j > i; j--) {
      // "Douglas & Lomason": a firm's name, not the town.
      if (j < b && this.word(j) === '&') continue;
      const p = this.phrase(i, j);
      const caps = this.shouting || !/\p{Ll}/u.test(p);
      const org = lookupOrg(p) ?? (caps ? lookupOrg(titleCase(p)) : undefined);
      if (org) return { from: i, to: j, type: org.type, kind: org.type === 'NORP' ? 'demonym' : 'name' };
      const c = lookupCountry(p) ?? (caps ? lookupCountry(titleCase(p)) : undefined);
      if (c) {
        if (c.kind === 'demonym') return { from: i, to: j, type: 'NORP', kind: 'demonym' };
        return { from: i, to: j, type: 'GPE', kind: 'name' };
      }
      // "Kansas City", "Texas Rangers": a region followed by a capitalised word is part of a longer name.
      const region = lookupRegion(p) ?? (caps ? lookupRegion(titleCase(p)) : undefined);
      if (region && !(j < b && /^\p{Lu}/u.test(this.word(j))))
        return { from: i, to: j, type: region, kind: 'name' };
    }
    return null;
  }

  /** Longest title ("Foreign Minister", "Secretary-General") or group noun starting at i. */
  private title(i: number, b: number): { to: number; group: boolean } | null {
    const longest = this.mayStart(i, titleStarts(), this.titleStart) ? i + 5 : i + 1;
    for (let j = Math.min(b, longest); j > i; j--) {
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
  /** Whether that cue was a weak one (a town of that name exists). */
  private weak = false;

  private afterTitle(i: number, b: number): boolean {
    const to = this.nameEnd(i, b);
    this.emit({ from: i, to, type: 'PERSON', kind: 'name' });
    this.pos = to;
    return true;
  }

  private capitalised(i: number): boolean {
    const w = this.word(i);
    return /^\p{Lu}/u.test(w) && !CALENDAR_WORDS.has(w.replace(/\.$/, '')) && !/^I['’]/.test(w);
  }

  private startsName(i: number): boolean {
    const w = this.word(i);
    // A word the tagger reads as a verb still starts a name that the document has used before ("Dole" after
    // "Bob Dole").
    if (w === 'First' && this.firstOfFirm(i)) return true;
    return (
      this.capitalised(i) &&
      !NOT_NAMES.has(w) &&
      !lookupTitle(w) &&
      (this.toks[i].pos !== 'VERB' || this.personWords.has(w.toLowerCase()))
    );
  }

  /** "First Union bank", "First Albany Corp.": an ordinal begins a firm's name when the words after it end in one. */
  private firstOfFirm(i: number): boolean {
    let j = i + 1;
    while (j < this.toks.length && j < i + 5 && this.capitalised(j) && !this.lineBreakBefore(j)) {
      if (ORG_WORDS.has(this.word(j))) return j > i + 1 || /^(Bank|Union)$/.test(this.word(j));
      j++;
    }
    return j > i + 1 && j < this.toks.length && /^(bank|company|firm|group)$/.test(this.word(j));
  }

  /** Whether a line break separates token j from the one before it. */
  private lineBreakBefore(j: number): boolean {
    return j > 0 && this.doc.text.slice(this.toks[j - 1].end, this.toks[j].start).includes('\n');
  }

  /** End (exclusive) of a capitalised name starting at i: "Bashar Al-Assad", "Ban Ki-Moon", "Staffan de Mistura". */
  private nameEnd(i: number, b: number): number {
    let j = i + 1;
    while (j < b) {
      const w = this.word(j);
      if (POSSESSIVE.test(w)) break;
      if ((w === '-' || w === "'") && this.glued(j) && j + 1 < b && this.glued(j + 1)) {
        // "Al-Assad", "O'Brien", and short syllables before lower case ("Ki-moon", "Song-ho").
        const next = this.word(j + 1);
        if (
          this.capitalised(j + 1) ||
          ((this.word(j - 1).length <= 3 || next.length <= 3) && /^\p{L}+$/u.test(next))
        ) {
          j += 2;
          continue;
        }
      }
      // A capitalised word tagged as a verb still continues a name after a given name ("Bob Dole"), and
      // "Act" ends a law's ("Trades Disputes Act").
      if (
        this.capitalised(j) &&
        !NOT_NAMES.has(w) &&
        (this.toks[j].pos !== 'VERB' || isFirstName(this.word(j - 1)) || w === 'Act')
      ) {
        j++;
        continue;
      }
      if (NAME_PARTICLES.has(w) && j + 1 < b && (this.capitalised(j + 1) || this.word(j + 1) === '-')) {
        j += this.capitalised(j + 1) ? 2 : 1;
        continue;
      }
      // "van der Westhuizen"
      if (
        NAME_PARTICLES.has(w) &&
        j + 2 < b &&
        NAME_PARTICLES.has(this.word(j + 1)) &&
        this.capitalised(j + 2)
      ) {
        j += 3;
        continue;
      }
      // "Douglas & Lomason", "Standard & Poor's": an ampersand between capitalised words joins a firm's name.
      if (w === '&' && j + 1 < b && this.capitalised(j + 1)) {
        j += 2;
        continue;
      }
      if ((w === 'of' || w === 'for') && j + 1 < b && this.capitalised(j + 1)) {
        // "Bank of England", "Ministry for Foreign Affairs": only inside organisation names.
        const words = this.phrase(i, j).split(/[\s-]+/);
        if (
          words.some((x) => ORG_WORDS.has(x) || LOC_WORDS.has(x) || FAC_WORDS.has(x) || EVENT_WORDS.has(x))
        ) {
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
    this.weak = false;
    this.commonish = false;
    if (isHonorific(words[0]) || (prev && (isHonorific(prev) || lookupTitle(prev)))) return 'PERSON';
    if (isKnownSurname(last)) return 'PERSON';
    // "American League", "Western Division": in a sports report a league is a competition.
    if (this.sportsHeadline && words.length > 1 && /^(League|Division)$/.test(last) && !words.includes('of'))
      return 'EVENT';
    // "Trades Disputes Act", "Peking Protocol": a law or treaty.
    if (words.length > 1 && /^(Act|Protocol|Charter)$/.test(last)) return 'LAW';
    // "in Hebrew", "Swahili": a language that names no country or people.
    if (words.length === 1 && isLanguage(last) && !isFirstName(last)) return 'LANGUAGE';
    if (words.includes('&') || words.some((w) => ORG_WORDS.has(w))) return 'ORG';
    if (FAC_WORDS.has(last)) return 'FAC';
    if (words.some((w) => LOC_WORDS.has(w))) return 'LOC';
    if (EVENT_WORDS.has(last) || EVENT_WORDS.has(words[words.indexOf('of') - 1] ?? '')) return 'EVENT';
    // "Labour Day", "Independence Day": a holiday.
    if (last === 'Day' && words.length > 1 && !isFirstName(words[0])) return 'EVENT';
    if (this.townTeam(words) || this.clubOfTown(words)) return 'ORG';
    if (words.length === 1 && /^[A-Z]{2,6}$/.test(last) && !this.shouting) return 'ORG';
    const name = this.phrase(i, j);
    // A given name or an initial before a capitalised word: "Geir Moen", "P. Simmons".
    const rest = j - i > 1 ? this.phrase(i + 1, j) : '';
    // "Northern Ireland", "New York", "S. Korea", "Middle East", "North Atlantic", "North American".
    if (j - i > 1 && (COMPASS.test(words[0]) || /^\p{Lu}\.$/u.test(this.word(i)))) {
      if (lookupCountry(rest)?.kind === 'demonym') return 'NORP';
      if (lookupCountry(rest) || geocode(rest, [], 100000) || geocode(name, [], 1000)) return 'GPE';
      if (words[0] !== 'New' && COMPASS.test(words[0])) return 'LOC';
    }
    if (
      j - i > 1 &&
      (isFirstName(words[0]) || /^\p{Lu}\.$/u.test(this.word(i))) &&
      !geocode(name, [], 1000) &&
      !lookupCountry(rest)
    )
      return 'PERSON';
    // "the Doce river"
    if (
      j < b &&
      /^(river|sea|lake|mountains?|island|islands|valley|province|region|county|district|desert|gulf|strait)$/.test(
        this.word(j),
      )
    )
      return 'LOC';
    if (j - i > 1 && geocode(name, [], 100000)) return 'GPE';
    const followedByCountry =
      j + 1 < b && this.word(j) === ',' && lookupCountry(this.word(j + 1))?.kind === 'name';
    // "Geir Moen (Norway) 20.41": a competitor and the country they represent.
    if (
      j + 2 < b &&
      this.word(j) === '(' &&
      lookupCountry(this.word(j + 1))?.kind === 'name' &&
      this.word(j + 2) === ')'
    )
      return 'PERSON';
    const afterPreposition = PLACE_PREPOSITIONS.has(prev.toLowerCase());
    if (followedByCountry || afterPreposition) {
      if (geocode(name, [], 1000)) return 'GPE';
    }
    this.weak = true;
    if (words.length === 1) {
      if (geocode(name, [], 50000)) return 'GPE';
      if (prev.toLowerCase() === 'the') return 'ORG';
    }
    // "the New York Yankees", "the Red Cross": people's names rarely follow "the".
    if (prev.toLowerCase() === 'the' && !isFirstName(words[0]) && !this.known(i, j)) return 'ORG';
    this.cued = false;
    // "Gold Fields", "Statistics Canada": a word usually written in lower case is rare in a person's name.
    this.commonish =
      words.length > 1 &&
      name
        .split(/\s+/)
        .some((w) => /^\p{Lu}/u.test(w) && isCommonWord(w) && !isFirstName(w) && !isKnownSurname(w));
    return 'PERSON';
  }

  /**
   * A team named by its town and a nickname: "Chicago Bulls", "Orlando Magic", "Bradford Bulls". Outside a sports
   * report only a plural common word ("Bulls", not "Orlando Bloom") makes one.
   */
  private townTeam(words: string[]): boolean {
    if (words.length < 2 || words.length > 4) return false;
    const nick = words[words.length - 1];
    const town = words.slice(0, -1).join(' ');
    if (!/^\p{Lu}\p{Ll}+$/u.test(nick) || isFirstName(nick) || isKnownSurname(nick)) return false;
    if (NAME_PARTICLES.has(words[0].toLowerCase())) return false;
    if (EVENT_WORDS.has(nick) || LOC_WORDS.has(nick) || FAC_WORDS.has(nick)) return false;
    // "Bradford Bulls": a plural animal or thing after a town; "Mary Onyali": a given name first is a person.
    const plural = /s$/.test(nick) && (isCommonWord(nick) || isCommonWord(nick.slice(0, -1)));
    if (!plural && (!this.sportsHeadline || isFirstName(words[0]))) return false;
    if (!(geocode(town, [], 100000) || lookupRegion(town) || lookupCountry(town)?.kind === 'capital'))
      return false;
    if (geocode(words.join(' '), [], 1000) || lookupRegion(words.join(' '))) return false;
    return true;
  }

  /**
   * In a sports report, a club named by an acronym or common word and its town: "PSV Eindhoven", "AEK Larnaca",
   * "Red Star Belgrade"; not after a given name ("Tim Preston"), not when the whole name is a place.
   */
  private clubOfTown(words: string[]): boolean {
    if (!this.sportsHeadline || words.length < 2 || words.length > 4) return false;
    const [first, last] = [words[0], words[words.length - 1]];
    // Only a club's word that no person's name starts with: an acronym ("AEK", "PSV") or a common word ("Red").
    if (isFirstName(first) || !(/^\p{Lu}{2,4}$/u.test(first) || isCommonWord(first))) return false;
    if (!/^\p{Lu}\p{Ll}+$/u.test(last) || !geocode(last, [], 30000)) return false;
    const whole = words.join(' ');
    return !geocode(whole, [], 1000) && !lookupRegion(whole) && !lookupCountry(whole);
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

  /**
   * Whether the words around the name [i, to) say it is an organisation: "Belgian club X", "news agency X",
   * "X shares", "X v Y" (a fixture).
   */
  private orgContext(i: number, to: number, a: number, b: number): 0 | 1 | 2 {
    const prev = i > a ? this.word(i - 1) : '';
    const next = to < b ? this.word(to) : '';
    // A fixture outweighs a place cue ("East Fife v Clydebank"); the other contexts only a weak or absent one.
    const fixture = (k: number) => k >= a && k < b && /^(v|vs\.?)$/.test(this.word(k));
    // "Johan Lindqvist (Sweden) vs. Pavel Orlov (Russia)": a given name before the country's, a player.
    if (next === '(' && to + 1 < b && lookupCountry(this.word(to + 1)) && isFirstName(this.word(i))) return 0;
    if ((fixture(to) && to + 1 < b && this.capitalised(to + 1)) || (fixture(i - 1) && i - 1 > a)) return 2;
    if (ORG_NOUN_BEFORE.test(prev) || /^(shares|stock|stocks|shareholders)$/.test(next)) return 1;
    // "Ohio-based KeyCorp", "St. Louis-based Mercantile": what is based somewhere is a firm.
    if (
      i > a &&
      /-based\s+$/.test(this.doc.text.slice(Math.max(0, this.toks[i].start - 8), this.toks[i].start))
    )
      return 1;
    if (to + 1 < b && next === "'s" && /^(shares|stock|chairman|shareholders)$/.test(this.word(to + 1)))
      return 1;
    return 0;
  }

  /**
   * A capitalised common word before a given name or a nationality names nothing itself: "Democrat Walter
   * Mondale", "Broker Khurshid Alam", "Ruling Moslem party".
   */
  private leadWord(i: number, b: number): boolean {
    const w = this.word(i);
    if (i + 1 >= b || !/^\p{Lu}\p{Ll}+$/u.test(w) || !isCommonWord(w) || isFirstName(w)) return false;
    const next = this.word(i + 1);
    if (!this.capitalised(i + 1) || this.glued(i + 1)) return false;
    const headWord = (x: string) =>
      ORG_WORDS.has(x) || LOC_WORDS.has(x) || FAC_WORDS.has(x) || EVENT_WORDS.has(x);
    const given = isFirstName(next) && !isCommonWord(next) && !headWord(next);
    if (!given && lookupCountry(next)?.kind !== 'demonym') return false;
    if (headWord(w) || lookupTitle(w) || this.gazetteer(i, b) || this.gazetteer(i + 1, b)?.type === 'ORG')
      return false;
    return !geocode(this.phrase(i, i + 2), [], 1000);
  }

  /** Whether token j continues a name begun before it: capitalised, and neither a given name nor a title. */
  private partOfName(j: number, b: number): boolean {
    if (j >= b || !this.capitalised(j)) return false;
    const w = this.word(j);
    return !(isFirstName(w) && !isCommonWord(w)) && !lookupTitle(w) && !this.title(j, b);
  }

  /**
   * A product's name from the lexicon ("Dow Jones", "Nikkei 225", "Kalashnikov") unless another capitalised
   * word follows ("Dow Chemical"), or a model designation before its kind ("F-15 fighters"). Returns its
   * end, or i.
   */
  private product(i: number, b: number): number {
    if (!startsProduct(this.word(i)) && !MODEL_NUMBER.test(this.word(i))) return i;
    const words: string[] = [];
    for (let k = i; k < Math.min(b, i + 3); k++) words.push(this.word(k));
    const n = productLength(words);
    if (n > 0 && !(i + n < b && this.capitalised(i + n))) return i + n;
    if (!MODEL_NUMBER.test(words[0])) return i;
    // "F-15 and F-16 fighter planes"
    for (let k = i + 1; k < Math.min(b, i + 6); k++) {
      const w = this.word(k);
      if (PRODUCT_NOUNS.test(w) || w === 'fighter') return i + 1;
      if (!MODEL_NUMBER.test(w) && !/^(and|or|,|\/)$/.test(w)) break;
    }
    return i;
  }

  /**
   * A title in quotes: two or more words, each capitalised or a short function word ("On the Waterfront",
   * "Anne of a Thousand Days"). Returns the end of the title (exclusive, before any trailing punctuation), or i.
   * Speech is rarely title-cased; a nickname ("dubbed 'Iron Lady'") is left to the name rules.
   */
  private quotedTitle(i: number, b: number): number {
    if (!/^["“]$/.test(this.word(i))) return i;
    if (i > 0 && /^(dubbed|nicknamed|called|as|chanting|shouting|shouted)$/i.test(this.word(i - 1))) return i;
    let close = i + 1;
    while (close < b && close < i + 10 && !/^["”]$/.test(this.word(close))) close++;
    if (close >= b || !/^["”]$/.test(this.word(close))) return i;
    let end = close;
    while (end > i + 1 && /^[.,!?;:]$/.test(this.word(end - 1))) end--;
    let words = 0;
    for (let k = i + 1; k < end; k++) {
      const w = this.word(k);
      if (/^\p{Lu}/u.test(w)) words++;
      else if (!TITLE_GLUE.test(w) && !/^(\d+|['’]s|-|:|&)$/.test(w)) return i;
    }
    if (words < 2 || !this.capitalised(i + 1) || CALENDAR_WORDS.has(this.word(i + 1))) return i;
    const g = this.gazetteer(i + 1, end);
    if (g && g.to === end) return i;
    return end;
  }

  /**
   * End of a competitor's team or make right after their country in a results line, else i: "Johnny
   * Aldred (Britain) Sauber 1:55.645", "Marco Venturi (Italy), Reynard Honda, 53.980", "(Belgium) Husqvarna".
   * Not a country ("(Brazil) Jordan" stays the place: national teams are places in CoNLL).
   */
  private competitorTeam(i: number, a: number, b: number): number {
    if (i - a < 3 || !this.capitalised(i)) return i;
    let k = i - 1;
    const comma = this.word(k) === ',';
    if (comma) k--;
    if (k - 2 < a || this.word(k) !== ')' || this.word(k - 2) !== '(') return i;
    if (lookupCountry(this.word(k - 1))?.kind !== 'name' || lookupCountry(this.word(i))) return i;
    const to = this.nameEnd(i, b);
    // A time or the line's end follows ("Ducati 0:09"), or a comma and a time ("(Italy), Reynard Honda, 53.980";
    // not a list of tied players: "(Germany), Jim Carver, Bob Tillman").
    if (comma) return to + 1 < b && this.word(to) === ',' && /^\d[\d:.]*$/.test(this.word(to + 1)) ? to : i;
    return to === b || /^\d[\d:.]*$/.test(this.word(to)) ? to : i;
  }

  /**
   * End of a player's name in a results line, else i: a scorer before the minute ("(Okonjo 5th, Dekkers 85th)",
   * "Scorers: Brakel (50th minute)"), a fielder or bowler in a scorecard ("c Tollard b Pennock 46").
   */
  private player(i: number, a: number, b: number): number {
    if (i === a || !this.capitalised(i)) return i;
    const prev = this.word(i - 1);
    const scorer = prev === '(' || prev === ',' || prev === ':';
    if (!scorer && prev !== 'c' && prev !== 'b' && prev !== 'st') return i;
    const to = this.nameEnd(i, b);
    if (to >= b) return i;
    const next = this.word(to);
    const minute = MINUTE;
    if (scorer) {
      const after = to + 1 < b ? this.word(to + 1) : '';
      if (!minute.test(next) && !(next === '(' && minute.test(after))) return i;
      if (lookupCountry(this.phrase(i, to))) return i;
      return to;
    }
    return next === 'b' || /^\d+$/.test(next) ? to : i;
  }

  /** Whether token j starts a score ("2", "4-38") in a line without verbs. */
  private scoreLine(j: number, a: number, b: number): boolean {
    if (j >= b || !/^\d+([-/]\d+)?$/.test(this.word(j))) return false;
    // A capitalised "verb" in a table row is a team's name ("Bury 4 Reading 2").
    for (let k = a; k < b; k++)
      if ((this.toks[k].pos === 'VERB' || this.toks[k].pos === 'AUX') && !this.capitalised(k)) return false;
    return true;
  }

  /** A team in a results table: at the line start or after a score, followed by a score. */
  private teamInTable(i: number, to: number, a: number, b: number): boolean {
    // "Revs 130", "Net 415 million": row labels of a financial table are common words no town is named.
    let common = true;
    for (let k = i; k < to && common; k++)
      common = isCommonWord(this.word(k)) && !geocode(this.word(k), [], 1000);
    if (common) return false;
    const before = i === a || /^(\d+|[,;:])$/.test(this.word(i - 1));
    const team = before && this.scoreLine(to, a, b);
    if (team) this.teams++;
    return team;
  }

  /** Names typed as teams only by their place in a results table ("Durham 114", "5. Hollis 38:32.719"). */
  private readonly tableTeams: Mention[] = [];

  /**
   * A table row's name that the document names as a person elsewhere ("Dean Hollis (Australia) Ducati" …
   * "5. Hollis 38:32.719"; "b Tariq Mahmood" … "Tariq Mahmood 3 5 1 44") is that person, not a team.
   */
  private tablePeople(): void {
    if (this.tableTeams.length === 0) return;
    const people = new Set<string>();
    for (const [m, cue] of this.cues) {
      if (m.type !== 'PERSON' || cue < Cue.Rule) continue;
      const words = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
      people.add(words.join(' '));
      if (words.length > 1) people.add(words[words.length - 1]);
    }
    for (const m of this.tableTeams) {
      if (
        !this.cues.has(m) ||
        !people.has(this.doc.text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' '))
      )
        continue;
      m.type = 'PERSON';
    }
  }

  /** Team names found in results tables so far. */
  private teams = 0;

  /** A capital or a region: named like a team in results tables ("Texas 5 Cleveland 3"). */
  private townLike(i: number, j: number): boolean {
    const p = this.phrase(i, j);
    const caps = !/\p{Ll}/u.test(p);
    return (
      lookupCountry(p)?.kind === 'capital' ||
      lookupRegion(p) !== undefined ||
      (caps && (lookupCountry(titleCase(p))?.kind === 'capital' || lookupRegion(titleCase(p)) !== undefined))
    );
  }

  /** Whether tokens j, j+1 are "-based", "-led", "-born" glued to the word before j. */
  private compound(j: number, b: number): boolean {
    return (
      j + 1 < b &&
      this.word(j) === '-' &&
      this.glued(j) &&
      this.glued(j + 1) &&
      /^(based|led|born|backed|bound|controlled|sponsored|owned|made|run|funded|style)$/.test(
        this.word(j + 1),
      )
    );
  }

  /** Whether tokens j, j+1 are a hyphen and a lower-case word glued to the word before j ("France-registered"). */
  private lowerAfterHyphen(j: number, b: number): boolean {
    return (
      j + 1 < b &&
      this.word(j) === '-' &&
      this.glued(j) &&
      this.glued(j + 1) &&
      /^\p{Ll}+$/u.test(this.word(j + 1))
    );
  }

  /** Whether the tagger found any name inside tokens [i, to). */
  private taggedInside(starts: Map<number, { to: number; type: string }>, i: number, to: number): boolean {
    for (let k = i; k < to; k++) if (starts.has(k)) return true;
    return false;
  }

  /**
   * A dateline at the line start: "BUCHAREST 1996-08-30", "ROTTERDAM, Netherlands —",
   * "MILWAUKEE, Wisconsin 1996-08-29". Emits its places and returns where the text starts, or a.
   */
  private dateline(a: number, b: number): number {
    if (!/^\p{Lu}{2}/u.test(this.word(a))) return a;
    const parts: [number, number][] = [];
    let k = a;
    while (k < b && this.capitalised(k)) {
      let j = k + 1;
      while (j < b && (this.capitalised(j) || (this.word(j) === '.' && this.glued(j)))) j++;
      parts.push([k, j]);
      if (j < b && this.word(j) === ',') k = j + 1;
      else {
        k = j;
        break;
      }
    }
    if (parts.length === 0) return a;
    // "RICHMOND, Va.", "KANSAS CITY, Mo.": an American dateline, the state abbreviated, alone on its line.
    if (k >= b) {
      const [[x, y], second] = parts;
      if (parts.length !== 2 || /\p{Ll}/u.test(this.phrase(x, y))) return a;
      if (!/^\p{Lu}\p{Ll}{1,4}\.$/u.test(this.phrase(second[0], second[1]))) return a;
      for (const [from, to] of parts) this.emit({ from, to, type: 'GPE', kind: 'name' }, Cue.Rule);
      return b;
    }
    // "OTTAWA, Nov 12 —", "BRASÍLIA, Oct 7 (Dateline Wire) -"
    if (
      CALENDAR_WORDS.has(this.word(k).replace(/\.$/, '')) &&
      k + 1 < b &&
      /^\d{1,2}$/.test(this.word(k + 1))
    ) {
      k += 2;
      if (k < b && this.word(k) === '(') {
        while (k < b && this.word(k) !== ')') k++;
        k++;
      }
      if (k >= b || !DASH.test(this.word(k))) return a;
      parts.push([-1, -1]);
    }
    const first = this.phrase(parts[0][0], parts[0][1]);
    if (/\p{Ll}/u.test(first)) return a;
    let end = -1;
    if (DATE.test(this.word(k)) && k + 1 === b) end = b;
    else if (
      DASH.test(this.word(k)) &&
      (parts.length > 1 || /^[—–]$/.test(this.word(k)) || geocode(titleCase(first), [], 20000))
    )
      end = k + 1;
    else if (this.word(k) === '(' && k + 2 < b && /^Reuters$/i.test(this.word(k + 1))) {
      end = k + 3;
      if (end < b && DASH.test(this.word(end))) end++;
    }
    if (end < 0) return a;
    for (const [from, to] of parts) {
      if (from < 0) continue;
      const gaz = this.gazetteer(from, to);
      if (gaz && gaz.to === to) this.emit(gaz);
      else this.emit({ from, to, type: 'GPE', kind: 'name' }, Cue.Rule);
    }
    return end;
  }

  /**
   * In a press digest ("PRESS DIGEST - Angola"), an all-caps line over a list of "- " headlines is the newspaper
   * they come from ("EL PAIS", "DIARIO 16"), unless it is a lexicon name ("IRAQ") or common words ("FRONT PAGE").
   */
  private newspaper(a: number, b: number): boolean {
    const text = this.doc.text;
    if (b - a > 6 || !/^[^\n]*PRESS DIGEST/i.test(text.slice(0, 80))) return false;
    const eol = text.indexOf('\n', this.toks[b - 1].end);
    if (eol < 0 || !/^\s*-/.test(text.slice(eol + 1, eol + 4))) return false;
    const gaz = this.gazetteer(a, b);
    if (gaz && gaz.to === b) return false;
    for (let k = a; k < b; k++) if (!isCommonWord(this.word(k))) return true;
    return false;
  }

  /** An all-caps line's names: those read the same way in the body of the document, and lexicon names. */
  private shoutedNames(a: number, b: number): void {
    if (this.newspaper(a, b)) {
      this.emit({ from: a, to: b, type: 'ORG', kind: 'name' }, Cue.Rule);
      return;
    }
    let i = a;
    // "SOCCER - ...", "RUGBY UNION - ...": a section label before a dash.
    for (let k = a + 1; k < Math.min(b - 1, a + 3); k++) {
      if (!DASH.test(this.word(k))) continue;
      if (!this.gazetteer(a, k)) i = k + 1;
      break;
    }
    // "BOSTON AT OAKLAND": a fixture list; the visiting team, then the venue (the home town).
    let at = -1;
    for (let k = a + 1; k < Math.min(b - 1, a + 3); k++) if (this.word(k) === 'AT') at = k;
    if (at > a && at + 1 < b && b - at <= 3) {
      const gaz = this.gazetteer(a, at);
      if (gaz && gaz.to === at && !this.townLike(a, at)) this.emit(gaz);
      else this.emit({ from: a, to: at, type: 'ORG', kind: 'name' }, Cue.Rule);
      this.emit({ from: at + 1, to: b, type: 'GPE', kind: 'name' }, Cue.Rule);
      return;
    }
    while (i < b) {
      const gaz = this.gazetteer(i, b);
      if (gaz) {
        // "U.S. OPEN", "GERMAN CUP", "ENGLISH COUNTY CHAMPIONSHIP": a country's event.
        let e = gaz.to;
        while (
          e < b &&
          e < gaz.to + 2 &&
          /^\p{Lu}+$/u.test(this.word(e)) &&
          !SHOUTED_GLUE.test(this.word(e)) &&
          !EVENT_WORDS.has(titleCase(this.word(e)))
        )
          e++;
        // "OPEN" is a verb as often as a name: only right after the country.
        if (e < b && EVENT_WORDS.has(titleCase(this.word(e))) && (e === gaz.to || this.word(e) !== 'OPEN')) {
          this.emit({ from: i, to: e + 1, type: 'EVENT', kind: 'name' }, Cue.Rule);
          i = e + 1;
          continue;
        }
        if (
          this.townLike(i, gaz.to) &&
          (i === a || /^\d+$/.test(this.word(i - 1))) &&
          this.scoreLine(gaz.to, a, b)
        )
          gaz.type = 'ORG';
        this.emit(gaz);
        i = gaz.to;
        continue;
      }
      // "MAJOR LEAGUE STANDINGS", "EASTERN DIVISION", "WORLD CUP QUALIFIER": a competition in a sports report.
      if (this.sportsHeadline) {
        let e = i;
        while (
          e < b &&
          e < i + 3 &&
          /^\p{Lu}[\p{Lu}.'-]*$/u.test(this.word(e)) &&
          !SHOUTED_GLUE.test(this.word(e)) &&
          !COMPETITION.test(titleCase(this.word(e)))
        )
          e++;
        // Not "FIRST DIVISION", "TEAM TOURNAMENT": an ordinal or a common word is no competition's name.
        const generic = /^(FIRST|SECOND|THIRD|FOURTH|TEAM|TEAMS|INTERNATIONAL|PRO-.*)$/.test(this.word(i));
        if (e > i && e < b && !generic && COMPETITION.test(titleCase(this.word(e)))) {
          this.emit({ from: i, to: e + 1, type: 'EVENT', kind: 'name' }, Cue.Rule);
          i = e + 1;
          continue;
        }
      }
      let done = false;
      if (this.capitalised(i) && (i === a || /^\d+$/.test(this.word(i - 1)))) {
        let j = i + 1;
        // "FERGUSON BACK IN SCOTTISH SQUAD AFTER 20 MONTHS": a function word ends a team's name.
        while (
          j < b &&
          this.capitalised(j) &&
          /^\p{L}/u.test(this.word(j)) &&
          !SHOUTED_GLUE.test(this.word(j))
        )
          j++;
        if (this.scoreLine(j, a, b)) {
          this.emit({ from: i, to: j, type: 'ORG', kind: 'name' }, Cue.Rule);
          i = j;
          continue;
        }
      }
      for (let j = Math.min(b, i + MAX_PHRASE); j > i && !done; j--) {
        if (!this.capitalised(j - 1)) continue;
        const body = this.bodyNames.get(this.phrase(i, j).toLowerCase());
        if (body && (body.cue > Cue.None || body.type === 'PERSON')) {
          this.emit(
            { from: i, to: j, type: body.type, kind: body.type === 'NORP' ? 'demonym' : 'name' },
            body.cue,
          );
          i = j;
          done = true;
        }
      }
      if (!done) i++;
    }
  }

  /** Finds mentions in the sentence whose tokens are [a, b); `shouting`: the line has no lower case. */
  sentence(a: number, b: number, shouting: boolean): void {
    this.shouting = shouting;
    const from = this.dateline(a, b);
    if (from > a) {
      if (from >= b) return;
      a = from;
    }
    if (shouting) {
      this.shoutedNames(a, b);
      return;
    }
    // "MARKETS - Shares fell": a section label before a dash.
    if (
      a + 2 < b &&
      DASH.test(this.word(a + 1)) &&
      /^\p{Lu}{2,}$/u.test(this.word(a)) &&
      !this.gazetteer(a, a + 1)
    )
      a += 2;
    const tagger = loadTagger();
    const starts = new Map<number, { to: number; type: string }>();
    if (tagger) {
      for (const sp of spans(tagger.tag(this.words.slice(a, b))))
        starts.set(a + sp.from, { to: a + sp.to, type: sp.type });
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
      const work = this.quotedTitle(i, b);
      if (work > i) {
        this.emit({ from: i + 1, to: work, type: 'WORK_OF_ART', kind: 'name' }, Cue.Rule);
        this.pos = work;
        continue;
      }
      if (this.description(i, b)) continue;
      if (/^\p{Lu}$/u.test(w) && i + 1 < b && this.word(i + 1) === '/') {
        // "N / A" in a table.
        this.pos = i + 2;
        continue;
      }
      if (NOT_NAME_ABBREVIATIONS.has(w)) {
        // "1350 GMT", "121 RBI": time zones and sports statistics are no names.
        this.pos = i + 1;
        continue;
      }
      const sponsor = this.competitorTeam(i, a, b);
      if (sponsor > i) {
        this.emit({ from: i, to: sponsor, type: 'ORG', kind: 'name' }, Cue.Rule);
        this.pos = sponsor;
        continue;
      }
      const player = this.player(i, a, b);
      if (player > i) {
        this.emit({ from: i, to: player, type: 'PERSON', kind: 'name' }, Cue.Rule);
        this.pos = player;
        continue;
      }
      if (
        PARTY_MEMBERS.test(w) &&
        !this.partOfName(i + 1, b) &&
        !this.lowerAfterHyphen(i + 1, b) &&
        !(i + 1 < b && this.word(i + 1) === '-' && this.glued(i + 1))
      ) {
        // "Republicans", "Democrat Walter Mondale", "Liberal prime minister": members of a party (NORP);
        // "Republican Party", "Liberal Democrats" are left to the name rules.
        this.emit({ from: i, to: i + 1, type: 'NORP', kind: 'demonym' }, Cue.Rule);
        this.pos = i + 1;
        continue;
      }
      if (PREFIXED_NAME.test(w)) {
        // "ex-England bowler", "pre-Castro Cuba", "Pro-Moscow leaders": an adjective made from a name.
        this.emit({ from: i, to: i + 1, type: 'NORP', kind: 'demonym' }, Cue.Rule);
        this.pos = i + 1;
        continue;
      }
      // "the Dow Jones industrial average", "the Nikkei index": an index, not the firm of the same name.
      const index = this.product(i, b);
      if (index > i && index < b && /^(industrial|index|average|composite|futures)$/.test(this.word(index))) {
        this.emit({ from: i, to: index, type: 'PRODUCT', kind: 'name' }, Cue.Rule);
        this.pos = index;
        continue;
      }
      const gaz = this.gazetteer(i, b);
      if (gaz?.type === 'NORP' && gaz.to < b) {
        // "Iraqi Kurds", "Bosnian Serbs", "Arab-Israeli": two group words make one.
        const hyphen = this.word(gaz.to) === '-' && this.glued(gaz.to) && this.glued(gaz.to + 1);
        const next = this.gazetteer(hyphen ? gaz.to + 1 : gaz.to, b);
        if (next?.type === 'NORP') {
          this.emit({ from: i, to: next.to, type: 'NORP', kind: 'demonym' }, Cue.Rule);
          this.pos = next.to;
          continue;
        }
      }
      if (gaz && gaz.to < b && this.startsName(gaz.to) && !this.gazetteer(gaz.to, b)) {
        // "Iraqi News Agency", "U.S. Treasury", "Tokyo Stock Exchange"; "Chad Curtis", "Christian Karembeu".
        const to = this.nameEnd(gaz.to, b);
        const rest = this.phrase(gaz.to, to).split(/[\s-]+/);
        const org = rest.some((x) => ORG_WORDS.has(x));
        const event =
          EVENT_WORDS.has(rest[rest.length - 1]) ||
          (rest.length === 1 && rest[0] === 'Day') ||
          (this.sportsHeadline && /^(League|Division)$/.test(rest[rest.length - 1]));
        if (org || event || (gaz.to - i === 1 && isFirstName(w))) {
          const type = event ? 'EVENT' : org ? 'ORG' : 'PERSON';
          this.emit({ from: i, to, type, kind: 'name' }, Cue.Rule);
          this.pos = to;
          continue;
        }
      }
      if (gaz && (this.compound(gaz.to, b) || this.lowerAfterHyphen(gaz.to, b))) {
        // "London-based", "U.S.-led": an adjective made from a name.
        this.emit({ from: i, to: gaz.to + 2, type: 'NORP', kind: 'demonym' }, Cue.Rule);
        this.pos = gaz.to + 2;
        continue;
      }
      if (gaz) {
        if (this.townLike(i, gaz.to) && this.teamInTable(i, gaz.to, a, b)) gaz.type = 'ORG';
        this.emit(gaz);
        this.pos = gaz.to;
        continue;
      }
      const product = this.product(i, b);
      if (product > i) {
        this.emit({ from: i, to: product, type: 'PRODUCT', kind: 'name' }, Cue.Rule);
        this.pos = product;
        continue;
      }
      if (isHonorific(w) && i + 1 < b && this.capitalised(i + 1)) {
        let from = i + 1;
        if (this.word(from) === '.') from++;
        const to = this.nameEnd(from, b);
        this.emit({ from: i, to, type: 'PERSON', kind: 'name' }, Cue.Rule);
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
      // A closing quote ('pleased," Tarango said') sits glued to the word before it and starts nothing.
      const closing = i - 1 > a && /^["']$/.test(this.word(i - 1)) && this.glued(i - 1) && !this.glued(i);
      const sentenceInitial =
        i === a || (/^[“"‘'(]$/.test(this.word(i - 1)) && !closing) || /^\d+$/.test(this.word(i - 1));
      // "Bury 4 Bristol City 0": at a table row's start a capitalised word before a score is a team.
      const tableRow =
        sentenceInitial &&
        this.capitalised(i) &&
        !NOT_NAMES.has(w) &&
        this.teamInTable(i, this.nameEnd(i, b), a, b);
      if (!tableRow && this.leadWord(i, b)) {
        this.pos = i + 1;
        continue;
      }
      if (
        (this.startsName(i) || tableRow) &&
        (!sentenceInitial || tableRow || this.toks[i].pos === 'PROPN' || this.personWords.has(lower))
      ) {
        let to = this.nameEnd(i, b);
        // "Boxing Association President Ramon Manzanares", "Coach Berti Vogts": a title inside the run.
        for (let k = i; k < to - 1; k++) {
          const t = this.title(k, to);
          if (!t || t.group || t.to >= to || !this.startsName(t.to)) continue;
          // "Water Minister Abebe Tadesse": a portfolio before the title is part of it.
          const words = this.phrase(i, k).split(/[\s-]+/);
          const portfolio =
            !words.some((x) => ORG_WORDS.has(x)) && !this.gazetteer(i, k) && !this.known(i, k);
          if (k === i || portfolio) {
            this.emit({ from: i, to: t.to, type: 'TITLE', kind: 'title' });
            this.afterTitle(t.to, b);
          } else to = k;
          break;
        }
        if (this.pos > i) continue;
        if (this.compound(to, b)) {
          this.emit({ from: i, to: to + 2, type: 'NORP', kind: 'demonym' }, Cue.Rule);
          this.pos = to + 2;
          continue;
        }
        const one = this.word(i);
        if (to - i === 1 && (ORG_WORDS.has(one) || LOC_WORDS.has(one) || FAC_WORDS.has(one))) {
          // "Police said", "Government bonds": a bare head word names nothing.
          this.pos = to;
          continue;
        }
        let type = this.nameType(i, to, a, b);
        let cue: Cue = this.cued ? (this.weak ? Cue.Weak : Cue.Rule) : Cue.None;
        const context = type === 'GPE' ? 0 : this.orgContext(i, to, a, b);
        if (context === 2 || (context === 1 && cue < Cue.Rule)) {
          type = 'ORG';
          cue = Cue.Rule;
        }
        // "Durham 114", "Puchon 2 Chonbuk 1": a name before a score in a verbless line is a team.
        if (cue < Cue.Rule && this.teamInTable(i, to, a, b)) {
          this.emit({ from: i, to, type: 'ORG', kind: 'name' }, Cue.Rule);
          this.tableTeams.push(this.out[this.out.length - 1]);
          this.pos = to;
          continue;
        }
        // Without a cue the rules say PERSON; the trained tagger decides when it found the same span.
        const span = starts.get(i);
        if (
          type === 'PERSON' &&
          !this.cued &&
          sentenceInitial &&
          to - i === 1 &&
          to < b &&
          this.toks[to].pos === 'NOUN' &&
          /^\p{Ll}+s$/u.test(this.word(to)) &&
          !this.known(i, to)
        ) {
          // "Dock workers", "Port officials": a capitalised noun modifier at the sentence start.
          this.pos = to;
          continue;
        }
        if (type === 'PERSON' && !this.cued && tagger) {
          let tagType = span && span.to === to ? this.tagged(i, span).type : null;
          // "met Oskar Schindler": two uncommon words after a lower-case word read as a person's name, not a firm.
          if (tagType === 'ORG' && to - i === 2 && !sentenceInitial && !this.commonish && this.personPair(i))
            tagType = null;
          if (tagType) {
            type = tagType;
            cue = Cue.Weak;
          } else if (
            !this.taggedInside(starts, i, to) &&
            sentenceInitial &&
            !this.known(i, to) &&
            to - i === 1 &&
            !(this.reportsResults(to) && !isCommonWord(w))
          ) {
            // Capitals say nothing at a sentence start: the tagger saw no name.
            this.pos = to;
            continue;
          }
          if (type === 'PERSON' && !tagType && this.commonish) type = 'ORG';
          if (
            type === 'PERSON' &&
            to - i === 1 &&
            !tagType &&
            /^\p{Lu}\p{Ll}+(an|ic|ish|ese|ch)s?$/u.test(w)
          ) {
            type = 'NORP'; // "European", "Olympic", "Chechens"
          }
        }
        if ((type === 'GPE' || type === 'LOC') && this.scoreLine(to, a, b)) type = 'ORG';
        this.emit({ from: i, to, type, kind: type === 'NORP' ? 'demonym' : 'name' }, cue);
        this.pos = to;
        continue;
      }
      this.pos = i + 1;
    }
  }

  /**
   * Outside sports reports a person is named in full before a surname stands alone, so one uncued word that is
   * no word of a longer or cued person name is not taken for a name at all: on CoNLL dev such words were people 6
   * times in 104 (the rest companies, places, currencies, weapons or "Figures", "Trade").
   */
  private loneWords(): void {
    const inNames = new Set<string>();
    for (const [m, cue] of this.cues) {
      const words = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
      if (m.type === 'PERSON' && (words.length > 1 || cue >= Cue.Rule)) for (const w of words) inNames.add(w);
    }
    // "Tarango said": a word that speaks is a person at all its mentions, whatever the tagger made of it.
    for (const m of this.cues.keys()) {
      const text = this.doc.text.slice(m.start, m.end);
      if (m.type === 'PERSON' && !/\s/.test(text) && !isCommonWord(text) && this.speaksAsPerson(m))
        inNames.add(text.toLowerCase());
    }
    const drop = new Set<Mention>();
    for (const [m, cue] of this.cues) {
      const text = this.doc.text.slice(m.start, m.end);
      if (m.type !== 'PERSON' || cue > Cue.Weak || /\s/.test(text) || inNames.has(text.toLowerCase()))
        continue;
      // "Gloria": a given name alone is a person (children, interviewees); the tagger's word is kept unless
      // it is usually written in lower case ("Refugees", "Stock").
      if (isFirstName(text) && !isCommonWord(text)) continue;
      if (cue === Cue.None || isCommonWord(text)) drop.add(m);
    }
    this.remove(drop);
  }

  /** Takes mentions back out of the results. */
  private remove(drop: Set<Mention>): void {
    if (drop.size === 0) return;
    for (const m of drop) this.cues.delete(m);
    const kept = this.out.filter((m) => !drop.has(m));
    this.out.length = 0;
    this.out.push(...kept);
  }

  /** Whether a name speaks like a person, not like an organisation ("said it") or a place ("the town of X said"). */
  private speaksAsPerson(m: Mention): boolean {
    return this.speaks(m) && !this.actsLikeOrg(m, false) && !this.afterPlaceWord(m);
  }

  /** Two capitalised words, neither usually lower case nor a head word, after a lower-case word; the second alone elsewhere. */
  private personPair(i: number): boolean {
    const [x, y] = [this.word(i), this.word(i + 1)];
    const plain = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !ORG_WORDS.has(w);
    if (!plain(x) || !plain(y) || !/^\p{Ll}/u.test(this.word(i - 1))) return false;
    // The surname stands alone elsewhere in the document ("Schindler was a businessman").
    for (let k = 0; k < this.words.length; k++)
      if (this.words[k] === y && this.words[k - 1] !== x) return true;
    return false;
  }

  /** Whether a name follows "in/at/of/from/near" ("the town of Uyo said": a place that speaks for its people). */
  private afterPlaceWord(m: Mention): boolean {
    return /\b(in|at|of|from|near)\s+$/.test(this.doc.text.slice(Math.max(0, m.start - 6), m.start));
  }

  /** Whether the text after token `to` is a company's results or shares ("Comelf posted a net loss", "X shares"). */
  private reportsResults(to: number): boolean {
    const at = this.toks[to - 1].end;
    const after = this.doc.text.slice(at, at + 60);
    return RESULTS_AFTER.test(after) || ORG_AFTER.test(after);
  }

  /** Whether a name speaks or is described like a person: "Washington, who …", "said Lentini", "Duran told". */
  private speaks(m: Mention): boolean {
    const after = this.doc.text.slice(m.end, m.end + 20);
    const before = this.doc.text.slice(Math.max(0, m.start - 12), m.start);
    return (
      /^(,\s+who\b|\s+(said|says|told|added|admitted|believes|thinks|himself|herself)\b)/.test(after) ||
      /\b(said|says)\s+$/.test(before)
    );
  }

  /**
   * Whether the words around a name say it is an organisation: "Comelf said it", "Cofinec's shares",
   * "Cofinec CEO Stephen Frater", "Le Matin newspaper", "Cofinec, the first foreign company". In a sports
   * report also a team: "Rotor are well placed", "Deportivo chairman Augusto Lendoiro".
   */
  private actsLikeOrg(m: Mention, sports: boolean): boolean {
    const after = this.doc.text.slice(m.end, m.end + 60);
    if (ORG_AFTER.test(after) || ORG_APPOSITION.test(after) || RESULTS_AFTER.test(after)) return true;
    if (EMPLOYER_BEFORE.test(this.doc.text.slice(Math.max(0, m.start - 60), m.start))) return true;
    if (!sports) return false;
    const before = this.doc.text.slice(Math.max(0, m.start - 6), m.start);
    return TEAM_ROLE_AFTER.test(after) || (PLURAL_VERB_AFTER.test(after) && !/\b(and|or)\s+$/.test(before));
  }

  /**
   * A name typed without a rule cue that acts like an organisation somewhere in the document ("Comelf said
   * it", "Magna's shares") is an organisation at each of its mentions.
   */
  private orgEvidence(sports: boolean): void {
    const text = (m: Mention) => this.doc.text.slice(m.start, m.end).replace(/\s+/g, ' ').toLowerCase();
    const orgs = new Set<string>();
    for (const [m, cue] of this.cues)
      if (cue < Cue.Rule && m.type !== 'NORP' && this.actsLikeOrg(m, sports)) orgs.add(text(m));
    if (orgs.size === 0) return;
    for (const [m, cue] of this.cues) {
      if (cue >= Cue.Rule || m.type === 'NORP' || !orgs.has(text(m))) continue;
      m.type = 'ORG';
      m.kind = 'name';
      this.cues.set(m, Cue.Rule);
    }
  }

  /**
   * A one-word name that speaks ("Tsang said", "said Lentini", "Banisadr, who") is a person at each of its
   * mentions when only a weak cue (the tagger, a town of that name) or none typed it, and so is a lexicon place
   * that is the surname of a person named in full in the document ("Jordan said" after "Neil Jordan").
   */
  private personEvidence(): void {
    const text = (m: Mention) => this.doc.text.slice(m.start, m.end);
    const surnames = new Set<string>();
    // "maker Virtala Oy" … "Virtala said in its report": the first word of a firm's name speaks for the firm.
    const firms = new Set<string>();
    for (const [m, cue] of this.cues) {
      if (cue < Cue.Rule || (m.type !== 'PERSON' && m.type !== 'ORG')) continue;
      const words = text(m).split(/\s+/);
      if (words.length < 2) continue;
      if (m.type === 'PERSON') surnames.add(words[words.length - 1]);
      else firms.add(words[0]);
    }
    const open = (m: Mention, cue: Cue) =>
      m.type !== 'PERSON' &&
      m.type !== 'NORP' &&
      m.kind === 'name' &&
      (cue <= Cue.Weak || surnames.has(text(m)));
    const people = new Set<string>();
    const spoken = new Set<string>();
    for (const [m, cue] of this.cues) {
      const t = text(m);
      // "the town of Uyo said": a place that speaks for its people.
      const place = this.afterPlaceWord(m);
      if (
        open(m, cue) &&
        !/\s/.test(t) &&
        !place &&
        !firms.has(t) &&
        this.speaks(m) &&
        !this.actsLikeOrg(m, false)
      )
        people.add(t);
      // A person reading that speaks ("Banisadr, who") outweighs a weak place reading of the same word elsewhere
      // (organisations speak too, so it does not re-type those).
      else if (m.type === 'PERSON' && cue <= Cue.Weak && !/\s/.test(t) && !place && this.speaks(m))
        spoken.add(t);
    }
    for (const [m, cue] of this.cues) {
      const t = text(m);
      if (spoken.has(t) && (m.type === 'GPE' || m.type === 'LOC') && cue <= Cue.Weak) {
        m.type = 'PERSON';
        this.cues.set(m, Cue.Rule);
      }
    }
    if (people.size === 0) return;
    for (const [m, cue] of this.cues) {
      if (!open(m, cue) || !people.has(text(m))) continue;
      m.type = 'PERSON';
      this.cues.set(m, Cue.Rule);
    }
  }

  /**
   * "Benetton (Italy) 92 Dinamo (Russia) 81": competitors named with their country are people ("Geir Moen
   * (Norway)") unless most of the document's competitors look like clubs: then those are.
   */
  private competitorTeams(): void {
    const named: Mention[] = [];
    let people = 0;
    for (const m of this.cues.keys()) {
      if (m.type !== 'PERSON' || m.kind !== 'name') continue;
      const country = /^ \(([^()\n]+)\)/.exec(this.doc.text.slice(m.end, m.end + 40));
      if (!country || lookupCountry(country[1])?.kind !== 'name') continue;
      const words = this.doc.text.slice(m.start, m.end).split(/\s+/);
      // "Benetton", "Red Star": one word that is no given name, or a later word usually written in lower case.
      const club =
        !/^\p{Lu}\.$/u.test(words[0]) &&
        (words.length === 1 ? !isFirstName(words[0]) : words.slice(1).some((w) => isCommonWord(w)));
      if (club) named.push(m);
      else people++;
    }
    if (named.length < 2 || people >= named.length) return;
    for (const m of named) {
      m.type = 'ORG';
      this.cues.set(m, Cue.Rule);
    }
  }

  /** A place where a match is played: "at Leicester", "(at Trent Bridge, Nottingham)", "Hove: Sussex 363". */
  private venue(m: Mention): boolean {
    const text = this.doc.text;
    const line = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
    return (
      /\bat\s+(the\s+)?$/i.test(line) || /\(at\s[^)]*$/.test(line) || (line === '' && text[m.end] === ':')
    );
  }

  /**
   * In a sports report a town or region that wins, loses or plays, or that a player joins, is a team: "Los
   * Angeles won", "defeated Colorado", "a homer for Los Angeles", "Milan's Lentini". Countries stay places
   * (national teams are places in CoNLL).
   */
  private townTeams(): void {
    const text = this.doc.text;
    for (const [m, cue] of this.cues) {
      if ((m.type !== 'GPE' && m.type !== 'LOC') || m.kind !== 'name') continue;
      const name = text.slice(m.start, m.end);
      if (lookupCountry(name)?.kind === 'name' || lookupCountry(titleCase(name))?.kind === 'name') continue;
      if (this.venue(m)) continue;
      const before = text.slice(Math.max(0, m.start - 30), m.start);
      const after = text.slice(m.end, m.end + 30);
      if (TEAM_AFTER.test(after) || TEAM_BEFORE.test(before)) {
        m.type = 'ORG';
        if (cue < Cue.Rule) this.cues.set(m, Cue.Rule);
      }
    }
  }

  /**
   * Same string, same type in one document: a name typed without a cue takes the type of the best-cued
   * mention of the same text, or of a longer name it is a word of ("Henke" after "Nolan Henke").
   */
  harmonise(): void {
    // In a sports report a town named without a place cue is a team ("Karlsruhe beat Nice").
    const sports = SPORTS_HEADLINE.test(this.doc.text.slice(0, 200)) || this.teams >= 2;
    this.orgEvidence(sports);
    this.competitorTeams();
    this.tablePeople();
    // In a sports report a team speaks and is described as people are ("Surrey, who thrashed").
    if (!sports) this.personEvidence();
    // There, too, one unknown capitalised word is more often a team or sponsor than a person.
    if (sports) {
      const people = new Set<string>();
      for (const [m, cue] of this.cues) {
        const words = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
        if (m.type === 'PERSON' && (cue >= Cue.Rule || words.length > 1 || this.speaks(m)))
          for (const w of words) people.add(w);
      }
      const drop = new Set<Mention>();
      const nameWords = new Set<string>();
      for (const m of this.cues.keys()) {
        const words = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
        if (words.length > 1) for (const w of words) nameWords.add(w);
      }
      for (const [m, cue] of this.cues) {
        const single = m.type === 'PERSON' && !/\s/.test(this.doc.text.slice(m.start, m.end));
        // "Bowling:", "Scorers:", "Match": a scorecard's labels are common words, whatever the tagger says.
        const word = this.doc.text.slice(m.start, m.end);
        const lone = cue <= Cue.Weak && /^(PERSON|GPE|ORG)$/.test(m.type) && !/\s/.test(word);
        if (lone && isCommonWord(word) && !nameWords.has(word.toLowerCase())) {
          drop.add(m);
          continue;
        }
        if (
          cue === Cue.Weak &&
          (m.type === 'GPE' || m.type === 'ORG') &&
          people.has(word.toLowerCase()) &&
          !this.venue(m)
        ) {
          // "said Lentini": a town's name that speaks is a person's.
          m.type = 'PERSON';
          this.cues.set(m, Cue.Rule);
        } else if (
          (cue === Cue.Weak && m.type === 'GPE' && !this.venue(m)) ||
          (cue === Cue.None && single && !people.has(this.doc.text.slice(m.start, m.end).toLowerCase()))
        ) {
          m.type = 'ORG';
          this.cues.set(m, Cue.Rule);
        }
      }
      this.remove(drop);
      this.townTeams();
    }
    const best = new Map<string, { type: EntityType; cue: Cue }>();
    const words = new Map<string, { type: EntityType; cue: Cue }>();
    const text = (m: Mention) => this.doc.text.slice(m.start, m.end).replace(/\s+/g, ' ').toLowerCase();
    for (const [m, cue] of this.cues) {
      const key = text(m);
      const old = best.get(key);
      if (!old || old.cue < cue) best.set(key, { type: m.type, cue });
      const parts = key.split(' ');
      if (parts.length > 1 && cue >= Cue.Rule && m.type !== 'GPE')
        for (const p of [parts[0], parts[parts.length - 1]])
          if (!words.has(p)) words.set(p, { type: m.type, cue });
    }
    for (const [m, cue] of this.cues) {
      if (cue >= Cue.Rule) continue;
      const key = text(m);
      let b = best.get(key);
      // One word also takes the type of a better-cued longer name it begins or ends ("Dole" after "Bob Dole").
      const part = key.includes(' ') ? undefined : words.get(key);
      if (part && (!b || part.cue > b.cue || b.cue <= cue)) b = part;
      if (b && b.cue > cue && b.type !== m.type) {
        m.type = b.type;
        m.kind = b.type === 'NORP' ? 'demonym' : 'name';
      }
    }
    if (!sports) this.loneWords();
    this.nationalParties();
  }

  /**
   * "Scottish Labour Party", "Kenyan Democratic Party": a nationality right before a party's name is part of
   * it (the nationality stays a nested mention, as a country inside a description does).
   */
  private nationalParties(): void {
    const text = this.doc.text;
    let prev: Mention | undefined;
    for (const m of this.out) {
      if (
        prev &&
        m.type === 'ORG' &&
        m.kind === 'name' &&
        prev.type === 'NORP' &&
        prev.kind === 'demonym' &&
        prev.end + 1 === m.start &&
        text[prev.end] === ' ' &&
        text.endsWith(' Party', m.end)
      )
        m.start = prev.start;
      prev = m;
    }
  }
}
