import type { Frame } from './frames.js';
import { CUES } from './lexicon.js';
import { npStartingAt, parseChild, parseObject, type Toks, word } from './phrases.js';

/** A sentence as a token range with its cue frames. */
export interface Sentence {
  lo: number;
  hi: number;
  frames: Frame[];
}

const TIME =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|last|recently|earlier|later|again|also|previously|repeatedly|once)$/i;
const PUNCT_END = /^[.,;:!?\u2014\u2013-]$/;

/** The content of a reported-speech frame as [first, last] token ranges (one or two), or null when none. */
export function indirectContent(
  t: Toks,
  s: Sentence,
  f: Frame,
  quoted: (i: number) => boolean,
): [number, number][] | null {
  if (f.kind === 'according') {
    const medial = accordingMedial(t, s, f);
    if (medial) return medial;
    const c = according(t, s, f);
    return c && [c];
  }
  const split = medial(t, s, f);
  if (split) return split;
  const c = clauseContent(t, s, f, quoted);
  return c && [c];
}

/**
 * "Acts of protest, Mr. Obama said, are acts of patriotism": an attribution between commas inside its
 * content splits it in two parts.
 */
function medial(t: Toks, s: Sentence, f: Frame): [number, number][] | null {
  if (f.kind !== 'clause' || !f.speaker) return null;
  const from = f.inverted ? f.cue[0] : Math.min(f.speaker[0], f.cue[0]);
  let to = f.inverted ? f.speaker[1] : f.cue[1];
  if (from - 2 < s.lo || word(t, from - 1) !== ',') return null; // "Trump, Sexton said, has …": one word is a part
  // "he said Friday," / "he said in an interview,": a short phrase may sit before the closing comma
  let k = to + 1;
  if (k < s.hi && /^(me|us|him|her|them|reporters|journalists)$/i.test(word(t, k))) k++; // "he told me on Friday,"
  const phrase = k < s.hi && (t.toks[k].pos === 'ADP' || TIME.test(word(t, k)));
  while (k < s.hi && k <= to + 5 && word(t, k) !== ',' && !ENDS.test(word(t, k))) {
    if (!phrase && !TIME.test(word(t, k)) && t.toks[k].pos !== 'ADV') return null; // "said her plans were …,"
    k++;
  }
  if (k >= s.hi || word(t, k) !== ',') return null;
  to = k;
  let end = s.hi - 1;
  while (end > to && PUNCT_END.test(word(t, end))) end--;
  if (end - to < 3 || !hasVerb(t, s.lo, end)) return null;
  const left: [number, number] = [s.lo, from - 2];
  return [left, [to + 1, end]];
}

const ENDS = /^[.;:!?\u201c\u201d"]$/;

function clauseContent(
  t: Toks,
  s: Sentence,
  f: Frame,
  quoted: (i: number) => boolean,
): [number, number] | null {
  if (f.kind === 'quoteOnly') return null;
  let end = s.hi - 1;
  // "Conceding that …, he said": a fronted participle's content ends before its subject's clause
  if (f.speaker && !f.inverted && f.speaker[0] > f.cue[1]) end = f.speaker[0] - 1;
  while (end > s.lo && PUNCT_END.test(word(t, end)) && !quoted(end)) end--;
  // a later frame of the sentence cut off by a comma ends this content: "…, he said, adding that …"
  for (const g of s.frames) {
    if (g.cue[0] <= f.cue[1]) continue;
    const from = g.speaker && !g.inverted ? Math.min(g.speaker[0], g.cue[0]) : g.cue[0];
    if (from - 1 > f.cue[1] && word(t, from - 1) === ',') {
      end = Math.min(end, from - 2);
      break;
    }
    // "Mr. Leenders, who estimated that …, said he …": the main clause's cue after its subject's relative clause
    const subject = g.speaker && !g.inverted && g.speaker[0] < f.cue[0];
    if (subject && g.cue[0] - 1 > f.cue[1] && word(t, g.cue[0] - 1) === ',') {
      end = Math.min(end, g.cue[0] - 2);
      break;
    }
  }
  // "Mr. Trump, who said he would win, lost the primary": the main clause resumes after the relative clause
  if (
    f.speaker &&
    !f.inverted &&
    /^(who|which)$/i.test(word(t, f.speaker[1])) &&
    f.speaker[1] - 1 >= s.lo &&
    word(t, f.speaker[1] - 1) === ','
  ) {
    // the last such comma: an apposition inside the content may close before a verb too ("the deal, signed …, was")
    for (let k = end - 1; k > f.cue[1]; k--) {
      if (quoted(k) || word(t, k) !== ',') continue;
      const next = t.toks[k + 1];
      if ((next.pos === 'VERB' || next.pos === 'AUX') && next.xpos !== 'VBG') {
        end = k - 1;
        break;
      }
    }
  }
  // any subject may take an object cue ("Some state officials praised …", "The campaign called …")
  if (f.kind === 'object' && !CUES.objectFirst.has(f.lemma)) {
    const obj = parseObject(t, f.cue[1], s.lo, s.hi);
    let b = obj ? Math.min(obj[1], end) : -1;
    while (b >= 0 && b < end && quoted(b + 1)) b++; // "called the holiday “a celebration …”"
    // "called her vote in favor of the war a mistake": a naming verb's object and complement fill the clause
    if (obj && NAMING.test(f.lemma)) b = clauseEnd(t, b, end);
    if (obj && obj[0] > f.cue[1] && b >= obj[0] && cleanCut(t, b, end)) return [obj[0], b];
  }
  const ccomp = f.kind === 'clause' ? parseChild(t, f.cue[0], s.lo, s.hi, /^(ccomp|xcomp)/) : null;
  if (ccomp && ccomp[0] > f.cue[1]) {
    let a = ccomp[0];
    while (a < ccomp[1] && /^[,:]$/.test(word(t, a))) a++;
    let b = Math.min(ccomp[1], end);
    while (b > a && PUNCT_END.test(word(t, b))) b--;
    // the parse places the start (with its "that", as PolNeAR marks it); the content runs on to the sentence
    // end ("said that …, because …")
    if (b > a && hasVerb(t, a, b) && cleanCut(t, b, end)) return [a, end];
  }
  let c = (f.inverted && f.speaker ? f.speaker[1] : f.cue[1]) + 1;
  // "half said so in the earlier poll", "she said yes": the one word is the content
  const next = f.cue[1] + 1;
  if (
    f.kind === 'clause' &&
    next <= end &&
    /^(so|yes|no)$/i.test(word(t, next)) &&
    (next === end || PUNCT_END.test(word(t, next + 1)) || t.toks[next + 1].pos === 'ADP')
  )
    return [next, next];
  if (CUES.objectFirst.has(f.lemma) && c <= end && !/^(that|how|what|why|whether|if)$/i.test(word(t, c))) {
    const np = npStartingAt(t, c, end + 1);
    if (np && (np[1] + 1 > end || t.toks[np[1] + 1].pos !== 'PART')) c = np[1] + 1;
  }
  while (c <= end && (TIME.test(word(t, c)) || t.toks[c].pos === 'ADV')) c++;
  if (c <= end && t.toks[c].pos === 'ADP' && word(t, c).toLowerCase() !== 'that') {
    // "said in a statement that …", "said on Tuesday the …": skip a short phrase when a clause follows
    for (let k = c + 1; k <= Math.min(end, c + 6); k++) {
      const w = word(t, k).toLowerCase();
      if (w === 'that' || w === ',') {
        c = w === ',' ? k + 1 : k;
        break;
      }
    }
  }
  if (c <= end && word(t, c) === ',') {
    const before = sentenceFinal(t, s, f, quoted); // "CONTENT, X said Friday, as …"
    if (before) return before;
    c++;
  }
  if (c <= end && word(t, c) === ':') c++;
  if (c <= end && end - c >= 1) {
    // "…, said one GOP source in the room."
    if (f.kind === 'clause' && !hasVerb(t, c, end) && !quotedAny(quoted, c, end))
      return sentenceFinal(t, s, f, quoted) ?? clauseObject(t, s, f, end);
    return [c, contentEnd(t, c, end)];
  }
  return sentenceFinal(t, s, f, quoted) ?? clauseObject(t, s, f, end);
}

/**
 * "Ivanka Trump acknowledged their uphill battle", "Clinton has not mentioned Machado since …": a clause cue
 * with no clause after it takes its noun-phrase object, to the clause end, as content.
 */
function clauseObject(t: Toks, s: Sentence, f: Frame, end: number): [number, number] | null {
  if (f.kind !== 'clause' || CUES.objectFirst.has(f.lemma) || NO_OBJECT.has(f.lemma)) return null;
  const obj = parseObject(t, f.cue[1], s.lo, s.hi);
  if (!obj || obj[0] <= f.cue[1] || obj[0] > f.cue[1] + 3) return null;
  const b = clauseEnd(t, Math.min(obj[1], end), end);
  return b >= obj[0] && cleanCut(t, b, end) ? [obj[0], b] : null;
}

// clause cues whose object is rarely what was said ("added a note", "felt the pain", "wrote a book")
const NO_OBJECT = new Set(['feel', 'add', 'declare', 'find', 'write', 'post']);

/** "CONTENT, X said." / "CONTENT, said X.": the content before the comma that precedes the attribution. */
function sentenceFinal(
  t: Toks,
  s: Sentence,
  f: Frame,
  quoted: (i: number) => boolean,
): [number, number] | null {
  const from = f.speaker && !f.inverted ? Math.min(f.speaker[0], f.cue[0]) : f.cue[0];
  if (from - 1 <= s.lo || word(t, from - 1) !== ',') return null;
  const end = from - 2;
  let start = s.lo;
  // a quotation opening the sentence is the direct rule's business; one inside the clause makes it mixed
  if (quoted(s.lo)) return null;
  for (let k = end; k >= s.lo; k--) start = k;
  if (end - start < 2 || !hasVerb(t, start, end)) return null;
  if (/^asked$/i.test(word(t, start))) return null; // "Asked if …, he said no": the question, not the answer
  return [start, end];
}

/** "According to X, CONTENT." / "CONTENT, according to X." (the comma may be missing) */
function according(t: Toks, s: Sentence, f: Frame): [number, number] | null {
  if (!f.speaker) return null;
  let end = s.hi - 1;
  while (end > s.lo && PUNCT_END.test(word(t, end))) end--;
  if (f.cue[0] === s.lo) {
    let c = f.speaker[1] + 1;
    while (c <= end && word(t, c) !== ',') c++;
    return end - c >= 2 ? [c + 1, end] : null;
  }
  const comma = word(t, f.cue[0] - 1) === ',';
  const last = f.cue[0] - (comma ? 2 : 1);
  if (last - s.lo < 2) return null;
  return [s.lo, last];
}

/** "At the heart of it, according to X, was a decision …": the content on both sides of the attribution. */
function accordingMedial(t: Toks, s: Sentence, f: Frame): [number, number][] | null {
  if (!f.speaker || f.cue[0] === s.lo || word(t, f.cue[0] - 1) !== ',') return null;
  let k = f.speaker[1] + 1;
  while (k < s.hi && k <= f.speaker[1] + 12 && word(t, k) !== ',' && !ENDS.test(word(t, k))) k++;
  if (k >= s.hi || word(t, k) !== ',') return null;
  const appos = npStartingAt(t, k + 1, s.hi); // "according to Dennis Ross, a former envoy, was …"
  if (appos && appos[1] + 1 < s.hi && word(t, appos[1] + 1) === ',') k = appos[1] + 1;
  let end = s.hi - 1;
  while (end > k && PUNCT_END.test(word(t, end))) end--;
  if (end - k < 3 || !hasVerb(t, k + 1, end) || f.cue[0] - 2 - s.lo < 1) return null;
  return [
    [s.lo, f.cue[0] - 2],
    [k + 1, end],
  ];
}

const NAMING = /^(call|label|dub|brand|describe|characteri[sz]e|portray|liken|term|deem)$/;

/** The last token of the clause going on from b: before a coordinated verb, a conjunction or a semicolon. */
function clauseEnd(t: Toks, b: number, end: number): number {
  for (let k = b + 1; k <= end; k++) {
    const tok = t.toks[k];
    const next = t.toks[k + 1];
    if (word(t, k) === ';' || tok.pos === 'SCONJ') return k - 1;
    if (word(t, k) === ',' && next && /^(CCONJ|SCONJ)$/.test(next.pos)) return k - 1;
    // "… and left the studio" ends it; "unsubstantiated and fabricated by …" (a participle) goes on
    const finite =
      next && (next.pos === 'VERB' ? !/^VB[NG]$/.test(next.xpos ?? '') : /^(AUX|ADV|PRON)$/.test(next.pos));
    if (tok.pos === 'CCONJ' && finite) return k - 1;
  }
  return end;
}

/** Content after its cue runs to the clause end, short of a comma before a relative clause or a participle. */
function contentEnd(t: Toks, c: number, end: number): number {
  for (let k = c + 1; k < end; k++) {
    if (word(t, k) !== ',') continue;
    const next = t.toks[k + 1];
    if (/^(which|who|whom|where)$/i.test(word(t, k + 1)) || next.xpos === 'VBG') return k - 1;
  }
  return end;
}

/** Does a parsed span end where a phrase can end (the parser often cuts a long clause in its middle)? */
function cleanCut(t: Toks, b: number, end: number): boolean {
  if (b >= end) return true;
  const next = t.toks[b + 1];
  return /^(PUNCT|CCONJ|SCONJ|ADP)$/.test(next.pos) && !/^(of|'s|\u2019s)$/i.test(word(t, b + 1));
}

function hasVerb(t: Toks, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (t.toks[i].pos === 'VERB' || t.toks[i].pos === 'AUX') return true;
  return false;
}

function quotedAny(quoted: (i: number) => boolean, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (quoted(i)) return true;
  return false;
}
