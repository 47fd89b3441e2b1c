import { isFirstName, isHonorific, isKnownSurname, lookupGroup, lookupOrg, lookupTitle, } from '../../text/actors.js';
import { lookupCountry } from '../../text/countries.js';
import { geocode, lookupRegion } from '../../text/places.js';
import { loadTagger, spans } from './tagger.js';
import { CALENDAR_WORDS, EVENT_WORDS, FAC_WORDS, GROUP_PRONOUNS, isCommonWord, LOC_WORDS, NAME_PARTICLES, NOT_NAMES, ORG_WORDS, PERSON_PRONOUNS, PLACE_PREPOSITIONS, } from './words.js';
const MAX_PHRASE = 7;
const POSSESSIVE = /^['’]s?$/;
const DASH = /^(-|--|—|–)$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
const SPORTS_HEADLINE = /^\s*(SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|ATHLETICS|BASEBALL|BASKETBALL|RUGBY[A-Z ]*|BOXING|CYCLING|SQUASH|MOTOR[A-Z ]*|HORSE RACING|ICE HOCKEY|HOCKEY|NFL|NBA|NHL|AMERICAN FOOTBALL|SWIMMING|SKIING|BADMINTON|VOLLEYBALL|HANDBALL|YACHTING|ROWING) -/;
/** Lower-case nouns that, right before a name, make it an organisation ("club Standard Liege", "agency Tanjug"). */
const ORG_NOUN_BEFORE = /^(club|team|side|group|company|firm|agency|newspaper|daily|weekly|paper|bank|carrier|airline|maker|producer|manufacturer|distributor|retailer|insurer|broker|brokerage|conglomerate|giant|publisher|operator|subsidiary|unit|chain|party)$/;
/** Function words of an all-caps line that never sit inside a name. */
const PREFIXED_NAME = /^([Ee]x|[Pp]re|[Pp]ost|[Pp]ro|[Aa]nti|[Nn]on)-\p{Lu}[\p{L}.]*$/u;
const COMPETITION = /^(League|Division|Cup|Open|Championship|Championships|Tournament|Trophy|Classic|Masters|Series|Games|Prix)$/;
const TEAM_AFTER = /^(\s+(won|wins|beat|beats|defeated|downed|edged|routed|thrashed|crushed|blanked|swept|drew|lost|rallied|clinched|trailed|trail|hosted|host|hosts|scored|led)\b|['’]s?\s+(\p{Lu}|lead|coach|manager|team|squad|captain|striker|goalkeeper|defender|midfielder|pitcher|win|victory|defeat)\b)/u;
const TEAM_BEFORE = /\b(beat|beats|defeated|downed|edged|routed|thrashed|crushed|blanked|swept|against|over|for|joined|behind|v|vs\.?)\s+$/;
const SHOUTED_GLUE = /^(IN|AT|OF|TO|FOR|ON|WITH|AND|THE|V|VS|BY|FROM|AFTER|BEFORE|OVER|AGAINST)$/;
const COMPASS = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|New|Middle|Far|Near)$/;
/** "BUCHAREST" → "Bucharest", "NEW YORK" → "New York" (for lexicon look-ups in all-caps lines). */
export function titleCase(p) {
    return p.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase());
}
/** How a name's type was decided; a stronger reading of a string re-types weaker ones in the document. */
export const Cue = { None: 0, Weak: 1, Rule: 2, Lexicon: 3 };
/** Rule-based mentions for one sentence's tokens [a, b). */
export class MentionFinder {
    doc;
    toks;
    out = [];
    constructor(doc) {
        this.doc = doc;
        this.toks = doc.tokens;
        this.sportsHeadline = SPORTS_HEADLINE.test(doc.text.slice(0, 200));
    }
    /** Whether the report starts with a sports section label ("SOCCER -"). */
    sportsHeadline;
    word(i) {
        const t = this.toks[i];
        return this.doc.text.slice(t.start, t.end);
    }
    /** Text of tokens [i, j) with whitespace collapsed and curly apostrophes straightened. */
    phrase(i, j) {
        // The apostrophes are straightened once per doc (same length, so offsets hold); most phrases need no more.
        this.straight ??= this.doc.text.replace(/’/g, "'");
        const s = this.straight.slice(this.toks[i].start, this.toks[j - 1].end);
        return /[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s;
    }
    straight;
    glued(i) {
        return i > 0 && this.toks[i - 1].end === this.toks[i].start;
    }
    /** Words of the person names found so far ("Dupont" after "Jean Dupont"). */
    personWords = new Set();
    known(i, j) {
        for (let k = i; k < j; k++)
            if (this.personWords.has(this.word(k).toLowerCase()))
                return true;
        return false;
    }
    /** How each name mention's type was decided (for document-level consistency). */
    cues = new Map();
    /** Names outside all-caps lines, lower-cased, with their type: all-caps headlines are read against them. */
    bodyNames = new Map();
    shouting = false;
    /** Set by nameType: an uncued run holds a word usually written in lower case. */
    commonish = false;
    emit(h, cue = Cue.Lexicon) {
        // "1998 World Cup": a year before an event's name is part of it.
        if (h.type === 'EVENT' &&
            h.kind === 'name' &&
            h.from > 0 &&
            /^(1[89]|20)\d\d$/.test(this.word(h.from - 1)))
            if (!/\n/.test(this.doc.text.slice(this.toks[h.from - 1].end, this.toks[h.from].start)))
                h.from--;
        // "Euro 96": a two-digit year after it too.
        if (h.type === 'EVENT' &&
            h.kind === 'name' &&
            h.to < this.toks.length &&
            /^\d\d$/.test(this.word(h.to)) &&
            this.doc.text.slice(this.toks[h.to - 1].end, this.toks[h.to].start) === ' ')
            h.to++;
        if (h.type === 'PERSON' && h.kind === 'name')
            for (let k = h.from; k < h.to; k++)
                this.personWords.add(this.word(k).toLowerCase());
        const m = {
            start: this.toks[h.from].start,
            end: this.toks[h.to - 1].end,
            type: h.type,
            kind: h.kind,
        };
        this.out.push(m);
        if (h.kind !== 'name' && h.kind !== 'demonym')
            return;
        this.cues.set(m, cue);
        if (this.shouting)
            return;
        const key = this.phrase(h.from, h.to).toLowerCase();
        const old = this.bodyNames.get(key);
        if (!old || old.cue < cue)
            this.bodyNames.set(key, { type: h.type, cue });
        if (h.type === 'PERSON' && h.to - h.from > 1 && !this.bodyNames.has(this.word(h.to - 1).toLowerCase()))
            this.bodyNames.set(this.word(h.to - 1).toLowerCase(), { type: 'PERSON', cue: Cue.None });
    }
    /** Longest lexicon phrase (organisation, country, demonym, capital) starting at i. */
    gazetteer(i, b) {
        if (!/^\p{Lu}/u.test(this.word(i)))
            return null;
        for (let j = Math.min(b, i + MAX_PHRASE); j > i; j--) {
            // "Douglas & Lomason": a firm's name, not the town.
            if (j < b && this.word(j) === '&')
                continue;
            const p = this.phrase(i, j);
            const caps = this.shouting || !/\p{Ll}/u.test(p);
            const org = lookupOrg(p) ?? (caps ? lookupOrg(titleCase(p)) : undefined);
            if (org)
                return { from: i, to: j, type: org.type, kind: org.type === 'NORP' ? 'demonym' : 'name' };
            const c = lookupCountry(p) ?? (caps ? lookupCountry(titleCase(p)) : undefined);
            if (c) {
                if (c.kind === 'demonym')
                    return { from: i, to: j, type: 'NORP', kind: 'demonym' };
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
    title(i, b) {
        for (let j = Math.min(b, i + 5); j > i; j--) {
            const p = this.phrase(i, j);
            if (lookupTitle(p)) {
                // A lone lower-case "secretary"/"general" is too often a plain noun.
                if (j - i === 1 && /^\p{Ll}/u.test(p) && !/minister|president|envoy|spokes/.test(p))
                    return null;
                return { to: j, group: false };
            }
            if (lookupGroup(p))
                return { to: j, group: true };
        }
        return null;
    }
    /** "the (Russian|Russia's|UN) (Foreign Minister|opposition)" and "Russia's Foreign Minister". */
    description(i, b) {
        let k = i;
        const the = /^the$/i.test(this.word(k));
        if (the)
            k++;
        if (k < b && /^(former|new|acting|then|top|senior|outgoing|incoming)$/i.test(this.word(k)))
            k++;
        let qualifier = null;
        if (k < b) {
            qualifier = this.gazetteer(k, b);
            if (qualifier) {
                k = qualifier.to;
                if (k < b && POSSESSIVE.test(this.word(k)))
                    k++;
                else if (qualifier.type === 'GPE' && !the)
                    qualifier = qualifier.kind === 'name' ? qualifier : null;
            }
        }
        if (!the && !qualifier)
            return false;
        if (k >= b)
            return false;
        if (k < b && /^(former|new|acting|top|senior|deputy)$/i.test(this.word(k)) && k + 1 < b)
            k++;
        const t = this.title(k, b);
        if (!t)
            return false;
        // "Russia's Iran policy" — a qualifier must be followed immediately by the title.
        const next = t.to;
        if (!t.group && next < b && this.startsName(next)) {
            if (qualifier)
                this.emit(qualifier);
            this.emit({ from: k, to: t.to, type: 'TITLE', kind: 'title' });
            return this.afterTitle(next, b);
        }
        if (qualifier)
            this.emit(qualifier);
        this.emit({
            from: the ? i : (qualifier?.from ?? i),
            to: t.to,
            type: t.group ? 'ORG' : 'PERSON',
            kind: 'description',
        });
        this.pos = t.to;
        return true;
    }
    pos = 0;
    /** Whether the last nameType() answer came from a cue rather than the default. */
    cued = false;
    /** Whether that cue was a weak one (a town of that name exists). */
    weak = false;
    afterTitle(i, b) {
        const to = this.nameEnd(i, b);
        this.emit({ from: i, to, type: 'PERSON', kind: 'name' });
        this.pos = to;
        return true;
    }
    capitalised(i) {
        const w = this.word(i);
        return /^\p{Lu}/u.test(w) && !CALENDAR_WORDS.has(w.replace(/\.$/, '')) && !/^I['’]/.test(w);
    }
    startsName(i) {
        const w = this.word(i);
        return this.capitalised(i) && !NOT_NAMES.has(w) && !lookupTitle(w) && this.toks[i].pos !== 'VERB';
    }
    /** End (exclusive) of a capitalised name starting at i: "Bashar Al-Assad", "Ban Ki-Moon", "Staffan de Mistura". */
    nameEnd(i, b) {
        let j = i + 1;
        while (j < b) {
            const w = this.word(j);
            if (POSSESSIVE.test(w))
                break;
            if ((w === '-' || w === "'") && this.glued(j) && j + 1 < b && this.glued(j + 1)) {
                // "Al-Assad", "O'Brien", and short syllables before lower case ("Ki-moon", "Song-ho").
                const next = this.word(j + 1);
                if (this.capitalised(j + 1) ||
                    ((this.word(j - 1).length <= 3 || next.length <= 3) && /^\p{L}+$/u.test(next))) {
                    j += 2;
                    continue;
                }
            }
            // A capitalised word tagged as a verb still continues a name after a given name ("Bob Dole").
            if (this.capitalised(j) &&
                !NOT_NAMES.has(w) &&
                (this.toks[j].pos !== 'VERB' || isFirstName(this.word(j - 1)))) {
                j++;
                continue;
            }
            if (NAME_PARTICLES.has(w) && j + 1 < b && (this.capitalised(j + 1) || this.word(j + 1) === '-')) {
                j += this.capitalised(j + 1) ? 2 : 1;
                continue;
            }
            // "van der Westhuizen"
            if (NAME_PARTICLES.has(w) &&
                j + 2 < b &&
                NAME_PARTICLES.has(this.word(j + 1)) &&
                this.capitalised(j + 2)) {
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
                if (words.some((x) => ORG_WORDS.has(x) || LOC_WORDS.has(x) || FAC_WORDS.has(x) || EVENT_WORDS.has(x))) {
                    j += 2;
                    continue;
                }
            }
            break;
        }
        return j;
    }
    nameType(i, j, a, b) {
        const words = this.phrase(i, j).split(/[\s-]+/);
        const last = words[words.length - 1];
        const prev = i > a ? this.word(i - 1) : '';
        this.cued = true;
        this.weak = false;
        this.commonish = false;
        if (isHonorific(words[0]) || (prev && (isHonorific(prev) || lookupTitle(prev))))
            return 'PERSON';
        if (isKnownSurname(last))
            return 'PERSON';
        // "American League", "Western Division": in a sports report a league is a competition.
        if (this.sportsHeadline && words.length > 1 && /^(League|Division)$/.test(last) && !words.includes('of'))
            return 'EVENT';
        if (words.includes('&') || words.some((w) => ORG_WORDS.has(w)))
            return 'ORG';
        if (FAC_WORDS.has(last))
            return 'FAC';
        if (words.some((w) => LOC_WORDS.has(w)))
            return 'LOC';
        if (EVENT_WORDS.has(last) || EVENT_WORDS.has(words[words.indexOf('of') - 1] ?? ''))
            return 'EVENT';
        // "Labour Day", "Independence Day": a holiday.
        if (last === 'Day' && words.length > 1 && !isFirstName(words[0]))
            return 'EVENT';
        if (words.length === 1 && /^[A-Z]{2,6}$/.test(last) && !this.shouting)
            return 'ORG';
        const name = this.phrase(i, j);
        // A given name or an initial before a capitalised word: "Geir Moen", "P. Simmons".
        const rest = j - i > 1 ? this.phrase(i + 1, j) : '';
        // "Northern Ireland", "New York", "S. Korea", "Middle East", "North Atlantic", "North American".
        if (j - i > 1 && (COMPASS.test(words[0]) || /^\p{Lu}\.$/u.test(this.word(i)))) {
            if (lookupCountry(rest)?.kind === 'demonym')
                return 'NORP';
            if (lookupCountry(rest) || geocode(rest, [], 100000) || geocode(name, [], 1000))
                return 'GPE';
            if (words[0] !== 'New' && COMPASS.test(words[0]))
                return 'LOC';
        }
        if (j - i > 1 &&
            (isFirstName(words[0]) || /^\p{Lu}\.$/u.test(this.word(i))) &&
            !geocode(name, [], 1000) &&
            !lookupCountry(rest))
            return 'PERSON';
        // "the Doce river"
        if (j < b &&
            /^(river|sea|lake|mountains?|island|islands|valley|province|region|county|district|desert|gulf|strait)$/.test(this.word(j)))
            return 'LOC';
        if (j - i > 1 && geocode(name, [], 100000))
            return 'GPE';
        const followedByCountry = j + 1 < b && this.word(j) === ',' && lookupCountry(this.word(j + 1))?.kind === 'name';
        // "Geir Moen (Norway) 20.41": a competitor and the country they represent.
        if (j + 2 < b &&
            this.word(j) === '(' &&
            lookupCountry(this.word(j + 1))?.kind === 'name' &&
            this.word(j + 2) === ')')
            return 'PERSON';
        const afterPreposition = PLACE_PREPOSITIONS.has(prev.toLowerCase());
        if (followedByCountry || afterPreposition) {
            if (geocode(name, [], 1000))
                return 'GPE';
        }
        this.weak = true;
        if (words.length === 1) {
            if (geocode(name, [], 50000))
                return 'GPE';
            if (prev.toLowerCase() === 'the')
                return 'ORG';
        }
        // "the New York Yankees", "the Red Cross": people's names rarely follow "the".
        if (prev.toLowerCase() === 'the' && !isFirstName(words[0]) && !this.known(i, j))
            return 'ORG';
        this.cued = false;
        // "Gold Fields", "Statistics Canada": a word usually written in lower case is rare in a person's name.
        this.commonish =
            words.length > 1 &&
                name
                    .split(/\s+/)
                    .some((w) => /^\p{Lu}/u.test(w) && isCommonWord(w) && !isFirstName(w) && !isKnownSurname(w));
        return 'PERSON';
    }
    /** A tagged span starting at i mapped to our types: MISC becomes NORP (demonyms) or EVENT. */
    tagged(i, span) {
        const words = this.phrase(i, span.to);
        let type = 'PERSON';
        if (span.type === 'ORG')
            type = 'ORG';
        else if (span.type === 'LOC')
            type = geocode(words, [], 1000) || lookupCountry(words) ? 'GPE' : 'LOC';
        else if (span.type === 'MISC')
            type = /^\p{Lu}\p{Ll}+(an|ese|ish|ic|i)s?$/u.test(words) ? 'NORP' : 'EVENT';
        return { from: i, to: span.to, type, kind: type === 'NORP' ? 'demonym' : 'name' };
    }
    /**
     * Whether the words around the name [i, to) say it is an organisation: "Belgian club X", "news agency X",
     * "X shares", "X v Y" (a fixture).
     */
    orgContext(i, to, a, b) {
        const prev = i > a ? this.word(i - 1) : '';
        const next = to < b ? this.word(to) : '';
        // A fixture outweighs a place cue ("East Fife v Clydebank"); the other contexts only a weak or absent one.
        const fixture = (k) => k >= a && k < b && /^(v|vs\.?)$/.test(this.word(k));
        if ((fixture(to) && to + 1 < b && this.capitalised(to + 1)) || (fixture(i - 1) && i - 1 > a))
            return 2;
        if (ORG_NOUN_BEFORE.test(prev) || /^(shares|stock|stocks|shareholders)$/.test(next))
            return 1;
        if (to + 1 < b && next === "'s" && /^(shares|stock|chairman|shareholders)$/.test(this.word(to + 1)))
            return 1;
        return 0;
    }
    /**
     * A capitalised common word before a given name or a nationality names nothing itself: "Democrat Walter
     * Mondale", "Broker Khurshid Alam", "Ruling Moslem party".
     */
    leadWord(i, b) {
        const w = this.word(i);
        if (i + 1 >= b || !/^\p{Lu}\p{Ll}+$/u.test(w) || !isCommonWord(w) || isFirstName(w))
            return false;
        const next = this.word(i + 1);
        if (!this.capitalised(i + 1) || this.glued(i + 1))
            return false;
        const headWord = (x) => ORG_WORDS.has(x) || LOC_WORDS.has(x) || FAC_WORDS.has(x) || EVENT_WORDS.has(x);
        const given = isFirstName(next) && !isCommonWord(next) && !headWord(next);
        if (!given && lookupCountry(next)?.kind !== 'demonym')
            return false;
        if (headWord(w) || lookupTitle(w) || this.gazetteer(i, b) || this.gazetteer(i + 1, b)?.type === 'ORG')
            return false;
        return !geocode(this.phrase(i, i + 2), [], 1000);
    }
    /** Whether token j starts a score ("2", "4-38") in a line without verbs. */
    scoreLine(j, a, b) {
        if (j >= b || !/^\d+([-/]\d+)?$/.test(this.word(j)))
            return false;
        // A capitalised "verb" in a table row is a team's name ("Bury 4 Reading 2").
        for (let k = a; k < b; k++)
            if ((this.toks[k].pos === 'VERB' || this.toks[k].pos === 'AUX') && !this.capitalised(k))
                return false;
        return true;
    }
    /** A team in a results table: at the line start or after a score, followed by a score. */
    teamInTable(i, to, a, b) {
        // "Revs 130", "Net 415 million": row labels of a financial table are common words no town is named.
        let common = true;
        for (let k = i; k < to && common; k++)
            common = isCommonWord(this.word(k)) && !geocode(this.word(k), [], 1000);
        if (common)
            return false;
        const before = i === a || /^(\d+|[,;:])$/.test(this.word(i - 1));
        const team = before && this.scoreLine(to, a, b);
        if (team)
            this.teams++;
        return team;
    }
    /** Team names found in results tables so far. */
    teams = 0;
    /** A capital or a region: named like a team in results tables ("Texas 5 Cleveland 3"). */
    townLike(i, j) {
        const p = this.phrase(i, j);
        const caps = !/\p{Ll}/u.test(p);
        return (lookupCountry(p)?.kind === 'capital' ||
            lookupRegion(p) !== undefined ||
            (caps && (lookupCountry(titleCase(p))?.kind === 'capital' || lookupRegion(titleCase(p)) !== undefined)));
    }
    /** Whether tokens j, j+1 are "-based", "-led", "-born" glued to the word before j. */
    compound(j, b) {
        return (j + 1 < b &&
            this.word(j) === '-' &&
            this.glued(j) &&
            this.glued(j + 1) &&
            /^(based|led|born|backed|bound|controlled|sponsored|owned|made|run|funded|style)$/.test(this.word(j + 1)));
    }
    /** Whether tokens j, j+1 are a hyphen and a lower-case word glued to the word before j ("France-registered"). */
    lowerAfterHyphen(j, b) {
        return (j + 1 < b &&
            this.word(j) === '-' &&
            this.glued(j) &&
            this.glued(j + 1) &&
            /^\p{Ll}+$/u.test(this.word(j + 1)));
    }
    /** Whether the tagger found any name inside tokens [i, to). */
    taggedInside(starts, i, to) {
        for (let k = i; k < to; k++)
            if (starts.has(k))
                return true;
        return false;
    }
    /**
     * A dateline at the line start: "BUCHAREST 1996-08-30", "ROTTERDAM, Netherlands —",
     * "MILWAUKEE, Wisconsin 1996-08-29". Emits its places and returns where the text starts, or a.
     */
    dateline(a, b) {
        if (!/^\p{Lu}{2}/u.test(this.word(a)))
            return a;
        const parts = [];
        let k = a;
        while (k < b && this.capitalised(k)) {
            let j = k + 1;
            while (j < b && (this.capitalised(j) || (this.word(j) === '.' && this.glued(j))))
                j++;
            parts.push([k, j]);
            if (j < b && this.word(j) === ',')
                k = j + 1;
            else {
                k = j;
                break;
            }
        }
        if (parts.length === 0 || k >= b)
            return a;
        // "OTTAWA, Nov 12 —", "BRASÍLIA, Oct 7 (Dateline Wire) -"
        if (CALENDAR_WORDS.has(this.word(k).replace(/\.$/, '')) &&
            k + 1 < b &&
            /^\d{1,2}$/.test(this.word(k + 1))) {
            k += 2;
            if (k < b && this.word(k) === '(') {
                while (k < b && this.word(k) !== ')')
                    k++;
                k++;
            }
            if (k >= b || !DASH.test(this.word(k)))
                return a;
            parts.push([-1, -1]);
        }
        const first = this.phrase(parts[0][0], parts[0][1]);
        if (/\p{Ll}/u.test(first))
            return a;
        let end = -1;
        if (DATE.test(this.word(k)) && k + 1 === b)
            end = b;
        else if (DASH.test(this.word(k)) &&
            (parts.length > 1 || /^[—–]$/.test(this.word(k)) || geocode(titleCase(first), [], 20000)))
            end = k + 1;
        else if (this.word(k) === '(' && k + 2 < b && /^Reuters$/i.test(this.word(k + 1))) {
            end = k + 3;
            if (end < b && DASH.test(this.word(end)))
                end++;
        }
        if (end < 0)
            return a;
        for (const [from, to] of parts) {
            if (from < 0)
                continue;
            const gaz = this.gazetteer(from, to);
            if (gaz && gaz.to === to)
                this.emit(gaz);
            else
                this.emit({ from, to, type: 'GPE', kind: 'name' }, Cue.Rule);
        }
        return end;
    }
    /** An all-caps line's names: those read the same way in the body of the document, and lexicon names. */
    shoutedNames(a, b) {
        let i = a;
        // "SOCCER - ...", "RUGBY UNION - ...": a section label before a dash.
        for (let k = a + 1; k < Math.min(b - 1, a + 3); k++) {
            if (!DASH.test(this.word(k)))
                continue;
            if (!this.gazetteer(a, k))
                i = k + 1;
            break;
        }
        // "BOSTON AT OAKLAND": a fixture list; the visiting team, then the venue (the home town).
        let at = -1;
        for (let k = a + 1; k < Math.min(b - 1, a + 3); k++)
            if (this.word(k) === 'AT')
                at = k;
        if (at > a && at + 1 < b && b - at <= 3) {
            const gaz = this.gazetteer(a, at);
            if (gaz && gaz.to === at && !this.townLike(a, at))
                this.emit(gaz);
            else
                this.emit({ from: a, to: at, type: 'ORG', kind: 'name' }, Cue.Rule);
            this.emit({ from: at + 1, to: b, type: 'GPE', kind: 'name' }, Cue.Rule);
            return;
        }
        while (i < b) {
            const gaz = this.gazetteer(i, b);
            if (gaz) {
                // "U.S. OPEN", "GERMAN CUP", "ENGLISH COUNTY CHAMPIONSHIP": a country's event.
                let e = gaz.to;
                while (e < b &&
                    e < gaz.to + 2 &&
                    /^\p{Lu}+$/u.test(this.word(e)) &&
                    !SHOUTED_GLUE.test(this.word(e)) &&
                    !EVENT_WORDS.has(titleCase(this.word(e))))
                    e++;
                // "OPEN" is a verb as often as a name: only right after the country.
                if (e < b && EVENT_WORDS.has(titleCase(this.word(e))) && (e === gaz.to || this.word(e) !== 'OPEN')) {
                    this.emit({ from: i, to: e + 1, type: 'EVENT', kind: 'name' }, Cue.Rule);
                    i = e + 1;
                    continue;
                }
                if (this.townLike(i, gaz.to) &&
                    (i === a || /^\d+$/.test(this.word(i - 1))) &&
                    this.scoreLine(gaz.to, a, b))
                    gaz.type = 'ORG';
                this.emit(gaz);
                i = gaz.to;
                continue;
            }
            // "MAJOR LEAGUE STANDINGS", "EASTERN DIVISION", "WORLD CUP QUALIFIER": a competition in a sports report.
            if (this.sportsHeadline) {
                let e = i;
                while (e < b &&
                    e < i + 3 &&
                    /^\p{Lu}[\p{Lu}.'-]*$/u.test(this.word(e)) &&
                    !SHOUTED_GLUE.test(this.word(e)) &&
                    !COMPETITION.test(titleCase(this.word(e))))
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
                while (j < b && this.capitalised(j) && /^\p{L}/u.test(this.word(j)))
                    j++;
                if (this.scoreLine(j, a, b)) {
                    this.emit({ from: i, to: j, type: 'ORG', kind: 'name' }, Cue.Rule);
                    i = j;
                    continue;
                }
            }
            for (let j = Math.min(b, i + MAX_PHRASE); j > i && !done; j--) {
                if (!this.capitalised(j - 1))
                    continue;
                const body = this.bodyNames.get(this.phrase(i, j).toLowerCase());
                if (body && (body.cue > Cue.None || body.type === 'PERSON')) {
                    this.emit({ from: i, to: j, type: body.type, kind: body.type === 'NORP' ? 'demonym' : 'name' }, body.cue);
                    i = j;
                    done = true;
                }
            }
            if (!done)
                i++;
        }
    }
    /** Finds mentions in the sentence whose tokens are [a, b); `shouting`: the line has no lower case. */
    sentence(a, b, shouting) {
        this.shouting = shouting;
        const from = this.dateline(a, b);
        if (from > a) {
            if (from >= b)
                return;
            a = from;
        }
        if (shouting) {
            this.shoutedNames(a, b);
            return;
        }
        // "MARKETS - Shares fell": a section label before a dash.
        if (a + 2 < b &&
            DASH.test(this.word(a + 1)) &&
            /^\p{Lu}{2,}$/u.test(this.word(a)) &&
            !this.gazetteer(a, a + 1))
            a += 2;
        const tagger = loadTagger();
        const starts = new Map();
        if (tagger) {
            const words = [];
            for (let i = a; i < b; i++)
                words.push(this.word(i));
            for (const sp of spans(tagger.tag(words)))
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
            if (this.description(i, b))
                continue;
            if (/^\p{Lu}$/u.test(w) && i + 1 < b && this.word(i + 1) === '/') {
                // "N / A" in a table.
                this.pos = i + 2;
                continue;
            }
            if (PREFIXED_NAME.test(w)) {
                // "ex-England bowler", "pre-Castro Cuba", "Pro-Moscow leaders": an adjective made from a name.
                this.emit({ from: i, to: i + 1, type: 'NORP', kind: 'demonym' }, Cue.Rule);
                this.pos = i + 1;
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
                const event = EVENT_WORDS.has(rest[rest.length - 1]) ||
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
                if (this.townLike(i, gaz.to) && this.teamInTable(i, gaz.to, a, b))
                    gaz.type = 'ORG';
                this.emit(gaz);
                this.pos = gaz.to;
                continue;
            }
            if (isHonorific(w) && i + 1 < b && this.capitalised(i + 1)) {
                let from = i + 1;
                if (this.word(from) === '.')
                    from++;
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
            const sentenceInitial = i === a || /^[“"‘'(]$/.test(this.word(i - 1)) || /^\d+$/.test(this.word(i - 1));
            // "Bury 4 Bristol City 0": at a table row's start a capitalised word before a score is a team.
            const tableRow = sentenceInitial &&
                this.capitalised(i) &&
                !NOT_NAMES.has(w) &&
                this.teamInTable(i, this.nameEnd(i, b), a, b);
            if (!tableRow && this.leadWord(i, b)) {
                this.pos = i + 1;
                continue;
            }
            if ((this.startsName(i) || tableRow) &&
                (!sentenceInitial || tableRow || this.toks[i].pos === 'PROPN')) {
                let to = this.nameEnd(i, b);
                // "Boxing Association President Ramon Manzanares", "Coach Berti Vogts": a title inside the run.
                for (let k = i; k < to - 1; k++) {
                    const t = this.title(k, to);
                    if (!t || t.group || t.to >= to || !this.startsName(t.to))
                        continue;
                    // "Water Minister Abebe Tadesse": a portfolio before the title is part of it.
                    const words = this.phrase(i, k).split(/[\s-]+/);
                    const portfolio = !words.some((x) => ORG_WORDS.has(x)) && !this.gazetteer(i, k) && !this.known(i, k);
                    if (k === i || portfolio) {
                        this.emit({ from: i, to: t.to, type: 'TITLE', kind: 'title' });
                        this.afterTitle(t.to, b);
                    }
                    else
                        to = k;
                    break;
                }
                if (this.pos > i)
                    continue;
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
                let cue = this.cued ? (this.weak ? Cue.Weak : Cue.Rule) : Cue.None;
                const context = type === 'GPE' ? 0 : this.orgContext(i, to, a, b);
                if (context === 2 || (context === 1 && cue < Cue.Rule)) {
                    type = 'ORG';
                    cue = Cue.Rule;
                }
                // "Durham 114", "Puchon 2 Chonbuk 1": a name before a score in a verbless line is a team.
                if (cue < Cue.Rule && this.teamInTable(i, to, a, b)) {
                    this.emit({ from: i, to, type: 'ORG', kind: 'name' }, Cue.Rule);
                    this.pos = to;
                    continue;
                }
                // Without a cue the rules say PERSON; the trained tagger decides when it found the same span.
                const span = starts.get(i);
                if (type === 'PERSON' &&
                    !this.cued &&
                    sentenceInitial &&
                    to - i === 1 &&
                    to < b &&
                    this.toks[to].pos === 'NOUN' &&
                    /^\p{Ll}+s$/u.test(this.word(to)) &&
                    !this.known(i, to)) {
                    // "Dock workers", "Port officials": a capitalised noun modifier at the sentence start.
                    this.pos = to;
                    continue;
                }
                if (type === 'PERSON' && !this.cued && tagger) {
                    const tagType = span && span.to === to ? this.tagged(i, span).type : null;
                    if (tagType) {
                        type = tagType;
                        cue = Cue.Weak;
                    }
                    else if (!this.taggedInside(starts, i, to) &&
                        sentenceInitial &&
                        !this.known(i, to) &&
                        to - i === 1) {
                        // Capitals say nothing at a sentence start: the tagger saw no name.
                        this.pos = to;
                        continue;
                    }
                    if (type === 'PERSON' && !tagType && this.commonish)
                        type = 'ORG';
                    if (type === 'PERSON' &&
                        to - i === 1 &&
                        !tagType &&
                        /^\p{Lu}\p{Ll}+(an|ic|ish|ese|ch)s?$/u.test(w)) {
                        type = 'NORP'; // "European", "Olympic", "Chechens"
                    }
                }
                if ((type === 'GPE' || type === 'LOC') && this.scoreLine(to, a, b))
                    type = 'ORG';
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
    loneWords() {
        const inNames = new Set();
        for (const [m, cue] of this.cues) {
            const words = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
            if (m.type === 'PERSON' && (words.length > 1 || cue >= Cue.Rule))
                for (const w of words)
                    inNames.add(w);
        }
        const drop = new Set();
        for (const [m, cue] of this.cues) {
            const text = this.doc.text.slice(m.start, m.end);
            if (m.type !== 'PERSON' || cue > Cue.Weak || /\s/.test(text) || inNames.has(text.toLowerCase()))
                continue;
            // "Gloria": a given name alone is a person (children, interviewees); the tagger's word is kept unless
            // it is usually written in lower case ("Refugees", "Stock").
            if (isFirstName(text) && !isCommonWord(text))
                continue;
            if (cue === Cue.None || isCommonWord(text))
                drop.add(m);
        }
        this.remove(drop);
    }
    /** Takes mentions back out of the results. */
    remove(drop) {
        if (drop.size === 0)
            return;
        for (const m of drop)
            this.cues.delete(m);
        const kept = this.out.filter((m) => !drop.has(m));
        this.out.length = 0;
        this.out.push(...kept);
    }
    /** Whether a name speaks or is described like a person: "Washington, who …", "said Lentini", "Duran told". */
    speaks(m) {
        const after = this.doc.text.slice(m.end, m.end + 20);
        const before = this.doc.text.slice(Math.max(0, m.start - 12), m.start);
        return (/^(,\s+who\b|\s+(said|says|told|added|admitted|believes|thinks|himself|herself)\b)/.test(after) ||
            /\b(said|says)\s+$/.test(before));
    }
    /** A place where a match is played: "at Leicester", "(at Trent Bridge, Nottingham)", "Hove: Sussex 363". */
    venue(m) {
        const text = this.doc.text;
        const line = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
        return (/\bat\s+(the\s+)?$/i.test(line) || /\(at\s[^)]*$/.test(line) || (line === '' && text[m.end] === ':'));
    }
    /**
     * In a sports report a town or region that wins, loses or plays, or that a player joins, is a team: "Los
     * Angeles won", "defeated Colorado", "a homer for Los Angeles", "Milan's Lentini". Countries stay places
     * (national teams are places in CoNLL).
     */
    townTeams() {
        const text = this.doc.text;
        for (const [m, cue] of this.cues) {
            if ((m.type !== 'GPE' && m.type !== 'LOC') || m.kind !== 'name')
                continue;
            const name = text.slice(m.start, m.end);
            if (lookupCountry(name)?.kind === 'name' || lookupCountry(titleCase(name))?.kind === 'name')
                continue;
            if (this.venue(m))
                continue;
            const before = text.slice(Math.max(0, m.start - 30), m.start);
            const after = text.slice(m.end, m.end + 30);
            if (TEAM_AFTER.test(after) || TEAM_BEFORE.test(before)) {
                m.type = 'ORG';
                if (cue < Cue.Rule)
                    this.cues.set(m, Cue.Rule);
            }
        }
    }
    /**
     * Same string, same type in one document: a name typed without a cue takes the type of the best-cued
     * mention of the same text, or of a longer name it is a word of ("Henke" after "Nolan Henke").
     */
    harmonise() {
        // In a sports report a town named without a place cue is a team ("Karlsruhe beat Nice").
        const sports = SPORTS_HEADLINE.test(this.doc.text.slice(0, 200)) || this.teams >= 2;
        // There, too, one unknown capitalised word is more often a team or sponsor than a person.
        if (sports) {
            const people = new Set();
            for (const [m, cue] of this.cues) {
                const words = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
                if (m.type === 'PERSON' && (cue >= Cue.Rule || words.length > 1 || this.speaks(m)))
                    for (const w of words)
                        people.add(w);
            }
            const drop = new Set();
            const nameWords = new Set();
            for (const m of this.cues.keys()) {
                const words = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
                if (words.length > 1)
                    for (const w of words)
                        nameWords.add(w);
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
                if (cue === Cue.Weak && m.type === 'GPE' && people.has(word.toLowerCase()) && !this.venue(m)) {
                    // "said Lentini": a town's name that speaks is a person's.
                    m.type = 'PERSON';
                    this.cues.set(m, Cue.Rule);
                }
                else if ((cue === Cue.Weak && m.type === 'GPE' && !this.venue(m)) ||
                    (cue === Cue.None && single && !people.has(this.doc.text.slice(m.start, m.end).toLowerCase()))) {
                    m.type = 'ORG';
                    this.cues.set(m, Cue.Rule);
                }
            }
            this.remove(drop);
            this.townTeams();
        }
        const best = new Map();
        const words = new Map();
        const text = (m) => this.doc.text.slice(m.start, m.end).replace(/\s+/g, ' ').toLowerCase();
        for (const [m, cue] of this.cues) {
            const key = text(m);
            const old = best.get(key);
            if (!old || old.cue < cue)
                best.set(key, { type: m.type, cue });
            const parts = key.split(' ');
            if (parts.length > 1 && cue >= Cue.Rule && m.type !== 'GPE')
                for (const p of [parts[0], parts[parts.length - 1]])
                    if (!words.has(p))
                        words.set(p, { type: m.type, cue });
        }
        for (const [m, cue] of this.cues) {
            if (cue >= Cue.Rule)
                continue;
            const key = text(m);
            let b = best.get(key);
            if (b && b.cue <= cue && !key.includes(' '))
                b = words.get(key);
            if (b && b.cue > cue && b.type !== m.type) {
                m.type = b.type;
                m.kind = b.type === 'NORP' ? 'demonym' : 'name';
            }
        }
        if (!sports)
            this.loneWords();
    }
}
