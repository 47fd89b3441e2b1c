import type { Doc } from '../../model/doc.js';
import { DatelineError } from '../../model/errors.js';
import type { Quote, Span } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import {
  dashCredit,
  embedded,
  frameAfterQuote,
  frameBefore,
  joinable,
  looksLikeTitle,
  stops,
  verbCredit,
  words,
} from './direct.js';
import { type Frame, findFrames } from './frames.js';
import { indirectContent, type Sentence } from './indirect.js';
import { findQuoteSpans } from './marks.js';
import { nearestName, type Toks, word } from './phrases.js';
import { sourcelessQuotes } from './sourceless.js';
import { linkSpeakers } from './speakers.js';
import { isTrackedSpeech } from './speech.js';
import { headlineQuotes, transcriptTurns } from './turns.js';

const EDGE = /^[,;:\u2014\u2013-]$/;

/**
 * Which attributions count. `attribution` (the default, PolNeAR's convention): every attributed statement,
 * with `speaker: null` when it names no source. `speaker` (a quote tracker's, as the Gender Gap Tracker's):
 * only quotes with a speaker. Neither invents a speaker.
 */
export type QuoteConvention = 'attribution' | 'speaker';

/** Options of the quotes stage. */
export interface QuoteOptions {
  /** Default: `DATELINE_QUOTES_CONVENTION` when set (so pool workers and the CLI share it), else `attribution`. */
  convention?: QuoteConvention;
}

const CONVENTIONS: readonly string[] = ['attribution', 'speaker'];

/** A convention named by a flag or the environment; a usage error for any other name. */
export function quoteConvention(name: string | undefined): QuoteConvention | undefined {
  if (name === undefined || name === '') return undefined;
  if (!CONVENTIONS.includes(name))
    throw new DatelineError(
      'DL_USAGE',
      '-',
      `quote convention must be attribution or speaker, not "${name}"`,
    );
  return name as QuoteConvention;
}

/** The quotes stage under a convention (`quotes`: the one `DATELINE_QUOTES_CONVENTION` names, else the default). */
export function quotesStage(opts: QuoteOptions = {}): Stage {
  let settings = opts;
  return {
    name: 'quotes',
    needs: ['sentences', 'tokens'],
    makes: ['quotes'],
    async init() {
      // the environment is read once, here, as each pipeline (or pool worker) starts
      settings = {
        ...opts,
        convention: quoteConvention(opts.convention ?? process.env.DATELINE_QUOTES_CONVENTION),
      };
    },
    run(doc: Doc) {
      doc.quotes.push(...findQuotes(doc, settings));
    },
  };
}

/** Quotes: direct (any quotation style, split, across paragraphs), mixed and indirect, with cue and speaker. */
export const quotes: Stage = quotesStage();

/** All quotes of a segmented doc, sorted by where their content starts. */
export function findQuotes(doc: Doc, opts: QuoteOptions = {}): Quote[] {
  const t: Toks = { text: doc.text, toks: doc.tokens };
  const spans = findQuoteSpans(doc.text);
  const inSpan = new Int32Array(doc.tokens.length).fill(-1);
  let si = 0;
  doc.tokens.forEach((tok, i) => {
    while (si < spans.length && spans[si].end <= tok.start) si++;
    if (si < spans.length && spans[si].start <= tok.start && tok.end <= spans[si].end) inSpan[i] = si;
  });
  const quoted = (i: number) => inSpan[i] >= 0;
  const sentences: Sentence[] = [];
  let ti = 0;
  for (const s of joinBrokenSentences(doc)) {
    while (ti < doc.tokens.length && doc.tokens[ti].start < s.start) ti++;
    const lo = ti;
    while (ti < doc.tokens.length && doc.tokens[ti].end <= s.end) ti++;
    sentences.push({ lo, hi: ti, frames: findFrames(t, lo, ti, quoted) });
  }
  const frameAt = new Map<number, Frame>();
  for (const s of sentences) for (const f of s.frames) frameAt.set(f.cue[0], f);
  const used = new Set<Frame>();
  const drafts: Quote[] = [];
  const relatives = new Set<Quote>();

  // Direct quotes: each quoted span takes the frame right after it or right before it.
  let last: Quote | undefined;
  let pending: Span[] = []; // paragraphs of a quotation still open: attributed with its last paragraph
  spans.forEach((q, n) => {
    if (q.open && spans[n + 1]?.continues === n) {
      pending.push({ start: q.start, end: q.end });
      return;
    }
    const carried = pending;
    pending = [];
    const tokFirst = firstTokenAtOrAfter(doc, (carried[0] ?? q).start);
    const tokAfter = firstTokenAtOrAfter(doc, q.end);
    const after = dashCredit(t, tokAfter, quoted) ?? frameAfterQuote(t, q, tokAfter, frameAt, quoted);
    const frame = after ?? frameBefore(t, tokFirst, frameAt, quoted) ?? verbCredit(t, q, tokAfter, quoted);
    // `he said "budget reforms" and the collection … would help`: the clause goes on, so it is reported speech
    if (frame && !after && frame.kind === 'clause' && !carried.length && clauseGoesOn(t, tokAfter)) return;
    const part = { start: q.start, end: q.end };
    const all = [...carried, part];
    if (frame && used.has(frame) && last?.cue && last.cue.start === doc.tokens[frame.cue[0]].start) {
      last.parts.push(part); // "…," Lavrov said, "…": the second half of a split quotation
      return;
    }
    if (!frame && !carried.length && embedded(doc.text, q)) return;
    if (!carried.length && subheading(doc.text, q)) return; // 'Legend in the Coal Fields.' between sections
    if (!carried.length && embedded(doc.text, q) && looksLikeTitle(doc.text, q)) return; // on “Fox News Sunday,” // a fragment inside reported speech or a scare quote
    if (
      !frame &&
      last &&
      joinable(doc.text, last, carried.length ? spans[n - carried.length] : q, n - carried.length, spans)
    ) {
      last.parts.push(...all);
      return;
    }
    if (!frame && words(doc.text, q) < 4) return;
    if (frame) used.add(frame);
    if (frame && !frame.speaker) frame.speaker = fallbackSpeaker(t, frame, tokFirst, tokAfter, quoted);
    const lead = frame && !carried.length ? leadIn(t, sentences, tokFirst, frame, frameAt, quoted) : -1;
    if (lead >= 0) all[0] = { start: doc.tokens[lead].start, end: all[0].end };
    const draft: Quote = {
      kind: lead >= 0 ? 'mixed' : 'direct',
      parts: all,
      cue: frame ? tokSpan(doc, frame.cue) : null,
      speaker: frame?.speaker ? tokSpan(doc, frame.speaker) : null,
    };
    drafts.push(draft);
    last = draft;
  });

  // Reported speech: the rest of the frames, with their content clause (mixed when it holds a quotation).
  for (const s of sentences) {
    for (const f of s.frames) {
      if (used.has(f) || !f.speaker) continue;
      let content = indirectContent(t, s, f, quoted);
      if (!content) continue;
      // "which he said were at his side", "what the senators said was …": the relative word is a part
      const rel = relativeBefore(t, f, s.lo);
      if (rel >= 0) {
        content = content.filter(([a]) => a > f.cue[1]);
        if (!content.length) continue;
        content.unshift([rel, rel]);
      }
      const parts = content.map(([a, b]) => {
        while (a < b && EDGE.test(doc.text.slice(doc.tokens[a].start, doc.tokens[a].end))) a++;
        while (b > a && EDGE.test(doc.text.slice(doc.tokens[b].start, doc.tokens[b].end))) b--;
        return { start: doc.tokens[a].start, end: doc.tokens[b].end };
      });
      const last = parts[parts.length - 1];
      const semi = doc.text.slice(last.start, last.end).search(/;\s/);
      if (semi > 0 && !spans.some((q) => q.start < last.start + semi && q.end > last.start + semi))
        last.end = last.start + semi;
      // a quotation opened inside the content belongs to it: the parse may cut the clause short of its close
      for (const q of spans)
        if (q.start >= last.start && q.start < last.end && q.end > last.end) last.end = q.end;
      const span = { start: parts[0].start, end: last.end };
      const within = drafts.filter(
        (d) => d.cue && d.parts.some((p) => p.start >= span.start && p.end <= span.end),
      );
      // a quotation attributed inside this content is part of it (`Flynn said Trump was right when he said
      // that “…”`: one quote, Flynn's); one with its own attribution outside keeps the content from being reported
      if (within.some((d) => d.cue && (d.cue.start < span.start || d.cue.end > span.end))) continue;
      for (const d of within) drafts.splice(drafts.indexOf(d), 1);
      const inner = spans.some((q) => q.start >= span.start && q.end <= span.end);
      const draft: Quote = {
        kind: inner ? 'mixed' : 'indirect',
        parts,
        cue: tokSpan(doc, f.cue),
        speaker: tokSpan(doc, f.speaker),
      };
      if (rel >= 0) relatives.add(draft);
      drafts.push(draft);
    }
  }
  drafts.push(...transcriptTurns(doc, drafts), ...headlineQuotes(doc, drafts));
  // attributions with no source, unless inside another quote's content (PolNeAR nests none)
  for (const s of sentences)
    for (const q of sourcelessQuotes(t, s, quoted))
      if (!drafts.some((d) => d.parts.some((p) => p.start <= q.cue!.start && q.cue!.end <= p.end)))
        drafts.push(q);
  const out = outermost(doc.text, drafts, relatives).sort((a, b) => a.parts[0].start - b.parts[0].start);
  borrowSpeakers(doc, out, sentences);
  // a quotation with neither cue nor speaker (a scare quote, a title, a slogan on a sign) attributes nothing
  const attributed = out.filter(
    (q) =>
      (q.cue || q.speaker) &&
      wordyParts(doc.text, q) &&
      (opts.convention !== 'speaker' || (q.speaker && isTrackedSpeech(doc, q))),
  );
  linkSpeakers(doc, attributed);
  return attributed;
}

/** Drops parts without a word (a stray `"` after `he said.` opens a quotation of nothing); false if none is left. */
function wordyParts(text: string, q: Quote): boolean {
  q.parts = q.parts.filter((p) => /[\p{L}\p{N}]/u.test(text.slice(p.start, p.end)));
  return q.parts.length > 0;
}

/**
 * Nested attributions: an attribution inside another's content is dropped (`She said she recalls …` is one
 * quote, cue `said`), unless a conjunction joins it to that content (`… and said she would`, `, though she
 * acknowledged …`): then the outer content ends before it and both stay.
 */
function outermost(text: string, drafts: Quote[], relatives: Set<Quote>): Quote[] {
  const drop = new Set<Quote>();
  for (const q of drafts) {
    if (!q.cue) continue;
    const cue = q.cue;
    for (const o of drafts) {
      const k = o === q ? -1 : o.parts.findIndex((p) => p.start <= cue.start && cue.end <= p.end);
      if (k < 0) continue;
      const p = o.parts[k];
      const from =
        q.speaker && q.speaker.end <= cue.start && q.speaker.start >= p.start ? q.speaker.start : cue.start;
      if (relatives.has(q)) {
        // the relative clause ends the outer content (at the comma before it, if any)
        const at = q.parts[0].start;
        if (at < p.start || at >= p.end) continue;
        const comma = text.slice(p.start, at).search(/,\s*(?:\S+\s+){0,2}$/);
        const end = comma >= 0 ? p.start + comma : at;
        if (text.slice(p.start, end).trim() === '' && k === 0) drop.add(o);
        else {
          p.end = p.start + text.slice(p.start, end).trimEnd().length;
          o.parts.splice(k + 1);
        }
        continue;
      }
      const m = JOINED.exec(text.slice(p.start, from));
      // "Democrats and the media are to blame": a common noun after "and" is a coordinated subject
      const coordinated =
        m &&
        from !== cue.start &&
        /^\s*and\s*$/.test(m[0]) &&
        /^\p{Ll}/u.test(text[from]) &&
        !PERSONAL.test(text.slice(from, q.speaker?.end));
      if (!m || q.kind !== 'indirect' || coordinated) drop.add(q);
      else if (m.index === 0 && k === 0)
        drop.add(o); // the outer content was only the joined clause
      else {
        p.end = p.start + m.index;
        o.parts.splice(m.index === 0 ? k : k + 1);
      }
    }
  }
  return drafts.filter((q) => !drop.has(q));
}

const PERSONAL = /^(he|she|they|we|i|it|you)$/;
const JOINED = /\s*(?:(?:^|[,;]\s*|\s)(?:and|but|though|although|while|whereas)\s+|;\s*)$/;

/**
 * A direct quotation with no attribution of its own, in a paragraph that names a speaker before it, right
 * after a quote from the previous paragraph or right before an attributed quotation paragraph, is that
 * speaker's (news style: one speaker per run of quotes).
 */
function borrowSpeakers(doc: Doc, out: Quote[], sentences: Sentence[]): void {
  const paraOf = paragraphIndex(doc.text);
  out.forEach((q, n) => {
    if (q.kind !== 'direct' || q.speaker || q.cue) return;
    const at = q.parts[0].start;
    const para = paraOf(at);
    let best: Frame | undefined;
    for (const s of sentences) {
      for (const f of s.frames) {
        const start = doc.tokens[f.cue[0]].start;
        if (start < at && f.speaker && paraOf(start) === para) best = f;
      }
    }
    if (best?.speaker) {
      q.speaker = { start: doc.tokens[best.speaker[0]].start, end: doc.tokens[best.speaker[1]].end };
      return;
    }
    const prev = out[n - 1];
    const prevEnd = prev?.parts[prev.parts.length - 1].end ?? -1;
    if (prev?.speaker && prev.kind !== 'indirect' && para - paraOf(prevEnd) <= 1) {
      q.speaker = { ...prev.speaker };
      return;
    }
    // a bare quotation paragraph right before an attributed one (`“…”` ¶ `“…,” Viguerie notes.`)
    const next = out[n + 1];
    if (next?.speaker && next.kind === 'direct' && next.cue && paraOf(next.parts[0].start) === para + 1)
      q.speaker = { ...next.speaker };
  });
}

const RELATIVE = /^(which|who|whom)$/i;

/** The relative word right before a frame's subject ("which he said", "which, Tompkins said,"), or -1. */
function relativeBefore(t: Toks, f: Frame, lo: number): number {
  if (!f.speaker || f.inverted || f.speaker[1] >= f.cue[0]) return -1;
  if (f.kind !== 'clause') return -1;
  let r = f.speaker[0] - 1;
  if (r > lo && word(t, r) === ',') r--;
  if (r < lo || !RELATIVE.test(word(t, r))) return -1;
  return r > lo && t.toks[r - 1].pos === 'ADP' ? -1 : r; // "in which he called …" is no reported clause
}

/** Does a lower-case word follow a quotation in its sentence (`“…” against what …`)? */
function clauseGoesOn(t: Toks, i: number): boolean {
  if (i >= t.toks.length || t.text.slice(t.toks[i - 1].end, t.toks[i].start).includes('\n')) return false;
  return /^\p{Ll}/u.test(word(t, i));
}

/** Paragraph number (count of blank-line or line breaks before) of an offset. */
function paragraphIndex(text: string): (at: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text.slice(breaks.length ? breaks[breaks.length - 1] : 0, i).trim() !== '') breaks.push(i);
  }
  return (at: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * `However laudable the goal, using the tax “is a misguided approach,” said Mr. Burman`: a quotation that ends
 * its attribution's clause but starts inside it takes the clause's words before it (a mixed quote). Returns the
 * sentence's first token, or -1 when the quotation starts its sentence or a cue or quotation precedes it.
 */
function leadIn(
  t: Toks,
  sentences: Sentence[],
  first: number,
  frame: Frame,
  frameAt: Map<number, Frame>,
  quoted: (i: number) => boolean,
): number {
  if (
    frame.cue[0] < first ||
    frame.cue[0] !== frame.cue[1] ||
    !/\p{L}/u.test(t.text[t.toks[frame.cue[0]].start])
  )
    return -1; // a dash credit (`” ― Name`) is no clause
  const s = sentences.find((x) => x.lo <= first && first < x.hi);
  if (!s || s.lo >= first) return -1;
  if (t.text.slice(t.toks[s.lo].start, t.toks[first].start).includes('\n')) return -1;
  let words = 0;
  for (let k = s.lo; k < first; k++) {
    if (quoted(k) || frameAt.has(k)) return -1;
    if (/\p{L}/u.test(t.text[t.toks[k].start])) words++;
  }
  return words >= 2 ? s.lo : -1;
}

/** A paragraph that is only a short title-case quotation is a section heading, not speech. */
function subheading(text: string, q: { start: number; end: number }): boolean {
  const before = text.lastIndexOf('\n', q.start - 1);
  const after = text.indexOf('\n', q.end);
  const line = text.slice(before + 1, after < 0 ? text.length : after).trim();
  if (line !== text.slice(q.start, q.end).trim() && line !== `${text.slice(q.start, q.end).trim()}.`)
    return false;
  return looksLikeTitle(text, { start: q.start, end: q.end, open: false });
}

/** Sentences, with splits after abbreviations or parentheses mended ("Rep. Lynch (D-Mass.) | said …"). */
function joinBrokenSentences(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    const gap = prev ? doc.text.slice(prev.end, s.start) : '\n';
    const tail = prev ? doc.text.slice(Math.max(prev.start, prev.end - 4), prev.end) : '';
    const broken =
      /(\)|\b[A-Z][a-z]{0,3}\.)$/.test(tail) &&
      !gap.includes('\n') &&
      /^\s*\p{Ll}/u.test(doc.text.slice(s.start, s.start + 2));
    if (prev && broken) prev.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out.flatMap((s) => splitAfterTypewriterQuotes(doc.text, s));
}

const TYPEWRITER_END = /[.?!]''(?=\s+[A-Z])/g;

/** `… editorial policy.'' The network said …`: a typewriter close quote after a full stop ends a sentence. */
function splitAfterTypewriterQuotes(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  for (const m of text.slice(s.start, s.end).matchAll(TYPEWRITER_END)) {
    const end = s.start + (m.index ?? 0) + m[0].length;
    out.push({ start, end });
    start = end + (text.slice(end).match(/^\s*/)?.[0].length ?? 0);
  }
  out.push({ start, end: s.end });
  return out;
}

/** A cue with no subject found by the phrase rules: the nearest name or pronoun in the attribution. */
function fallbackSpeaker(t: Toks, f: Frame, qFirst: number, qAfter: number, quoted: (i: number) => boolean) {
  const k = f.cue[0];
  // stay on the attribution's side of the quotation, within its clause
  let lo = k;
  while (lo > 0 && !quoted(lo - 1) && !stops(t, lo - 1)) lo--;
  let hi = k;
  while (hi < t.toks.length && !quoted(hi) && !stops(t, hi)) hi++;
  if (k >= qAfter) lo = Math.max(lo, qAfter);
  if (k < qFirst) hi = Math.min(hi, qFirst);
  return nearestName(t, k, lo, hi, quoted);
}

function tokSpan(doc: Doc, [a, b]: [number, number]): Span {
  return { start: doc.tokens[a].start, end: doc.tokens[b].end };
}

function firstTokenAtOrAfter(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
