import type { Doc } from '../../model/doc.js';
import type { Quote, Span } from '../../model/schema.js';
import { CUES, cueLemma } from './lexicon.js';

/** Tokens [lo, hi) inside a span. */
function tokensIn(doc: Doc, s: Span): [number, number] {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < doc.tokens.length && doc.tokens[end].end <= s.end) end++;
  return [lo, end];
}

/** The cue's lexicon lemma (its first word the lexicon knows), or null. */
function cueLemmaOf(doc: Doc, cue: Span): string | null {
  const [lo, hi] = tokensIn(doc, cue);
  for (let i = lo; i < hi; i++) {
    const tok = doc.tokens[i];
    const l = cueLemma(tok.lemma, doc.text.slice(tok.start, tok.end));
    if (l) return l;
  }
  return null;
}

/** The head word of a speaker phrase: the token whose parse head lies outside it, else its last noun. */
function headOf(doc: Doc, s: Span): string | null {
  const [lo, hi] = tokensIn(doc, s);
  if (lo >= hi) return null;
  let head = -1;
  for (let i = lo; i < hi && head < 0; i++) {
    const h = doc.tokens[i].head;
    if (h !== undefined && (h < lo || h >= hi)) head = i;
  }
  if (head < 0)
    for (let i = lo; i < hi; i++) {
      if (doc.tokens[i].pos === 'ADP') break;
      if (doc.tokens[i].pos === 'NOUN') head = i;
    }
  // a common noun only: `Bill Clinton` is no bill
  return head < 0 || doc.tokens[head].pos !== 'NOUN' ? null : doc.tokens[head].lemma.toLowerCase();
}

/**
 * Is a quote speech by a person, as a quote tracker counts it (the `speaker` convention)? Reported speech
 * with a cue of belief, intention or stance (`wants to`, `believes`, `supports`) is not, nor anything a
 * thing says (`the poll shows`, `the report said`). Quotations keep their cue: the marks make them speech.
 */
export function isTrackedSpeech(doc: Doc, q: Quote): boolean {
  if (q.kind === 'indirect' && q.cue) {
    const lemma = cueLemmaOf(doc, q.cue);
    if (lemma && CUES.notSpeech.has(lemma)) return false;
  }
  if (q.speaker) {
    const head = headOf(doc, q.speaker);
    if (head && CUES.inanimate.has(head)) return false;
  }
  return true;
}
