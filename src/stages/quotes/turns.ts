import type { Doc } from '../../model/doc.js';
import type { Quote } from '../../model/schema.js';
import { findQuoteSpans } from './marks.js';

/** Attributions marked by layout rather than by a verb: transcript turns and "Name: …" headlines. */

const kindOf = (text: string): Quote['kind'] => {
  const spans = findQuoteSpans(text);
  if (!spans.length) return 'indirect';
  const outside = spans.reduce((rest, q) => rest.replace(text.slice(q.start, q.end), ''), text);
  return /[\p{L}\p{N}]/u.test(outside) ? 'mixed' : 'direct';
};

/**
 * Interview transcripts: a paragraph "PENCE: Well, look, …" is the capitalised speaker's turn (a transcript
 * quoted whole may open each turn with a quotation mark; that quotation is the turn, not a direct quote).
 */
export function transcriptTurns(doc: Doc, drafts: Quote[]): Quote[] {
  const out: Quote[] = [];
  const re = /^(["\u201c]?)([A-Z][A-Z.'\- ]{1,30}[A-Z.]):[ \t]+(\S[^\n]*)$/gm;
  const turns = [...doc.text.matchAll(re)];
  if (turns.length < 2) return out; // one "WASHINGTON: …" is a dateline, not a transcript
  for (const m of turns) {
    const nameAt = m.index + m[1].length;
    const colon = nameAt + m[2].length;
    const start = m.index + m[0].length - m[3].length;
    let end = start + m[3].length;
    while (end > start && /[\s"\u201d]/.test(doc.text[end - 1])) end--;
    if (m[1]) {
      // the quotation a turn opens, also when it runs on over later turns (`"(CROSSTALK.)` ¶ `"WALLACE: …`)
      const at = drafts.findIndex((q) => q.parts.some((p) => p.start === m.index));
      if (at >= 0) drafts.splice(at, 1);
    }
    if (drafts.some((q) => q.kind === 'direct' && q.parts.some((p) => p.start < end && p.end > start)))
      continue;
    out.push({
      kind: kindOf(doc.text.slice(start, end)),
      parts: [{ start, end }],
      cue: { start: colon, end: colon + 1 },
      speaker: { start: nameAt, end: colon },
    });
  }
  return out;
}

const RUBRIC =
  /\b(latest|breaking|revealed|update|bombshell|leaked|notice|daily|circle|exclusive|watch|video|live|win|analysis|opinion|editorial|explainer|fact check)$/i;

/**
 * A headline "Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance" (the article's first line) is the
 * named source's statement; the name is short, capitalised and has no sentence of its own.
 */
export function headlineQuotes(doc: Doc, drafts: Quote[]): Quote[] {
  const m = /^([\p{Lu}][\p{L}.'\u2019-]*(?: [\p{L}.'\u2019-]+){0,4}): +(\S[^\n]{8,})$/mu.exec(doc.text);
  if (!m || doc.text.slice(0, m.index).trim() !== '') return [];
  const name = m[1];
  if (
    /^[\p{Lu}\s.]+$/u.test(name) ||
    !/^(?:\p{Lu}\S*|of|on|de|van|von)(?: (?:\p{Lu}\S*|of|on|de|van|von))*$/u.test(name)
  )
    return []; // a dateline "WASHINGTON:" or a phrase, not a name
  if (RUBRIC.test(name)) return []; // "The Latest: …", "Breaking: …": a rubric, nobody's words
  const start = m.index + m[0].length - m[2].length;
  let end = start + m[2].length;
  while (end > start && /[\s.]/.test(doc.text[end - 1])) end--;
  const cue = { start: m.index + name.length, end: m.index + name.length + 1 };
  const speaker = { start: m.index, end: m.index + name.length };
  const inside = drafts.filter((q) => q.parts.some((p) => p.start < end && p.end > start));
  // `Kasich: ‘We Are Going To Go All The Way …’`: the headline's quotation, unattributed so far, is the name's
  if (inside.some((q) => q.speaker || q.parts.some((p) => p.start < start || p.end > end + 2))) return [];
  if (inside.length && kindOf(doc.text.slice(start, end)) === 'direct') {
    for (const q of inside) Object.assign(q, { cue: { ...cue }, speaker: { ...speaker } });
    return [];
  }
  for (const q of inside) drafts.splice(drafts.indexOf(q), 1);
  return [
    {
      kind: kindOf(doc.text.slice(start, end)),
      parts: [{ start, end }],
      cue,
      speaker,
    },
  ];
}
