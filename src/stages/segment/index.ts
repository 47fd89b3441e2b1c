import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Doc } from '../../model/doc.js';
import type { Sentence, Token } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Sentences, tokens, UPOS and lemmas from wink-nlp, with offsets found in the original text. */
export const segment: Stage = {
  name: 'segment',
  needs: [],
  makes: ['sentences', 'tokens'],
  async init() {
    nlp ??= winkNLP(model, ['sbd', 'pos']);
  },
  run(doc: Doc) {
    nlp ??= winkNLP(model, ['sbd', 'pos']);
    const its = nlp.its;
    const wdoc = nlp.readDoc(doc.text);
    const values = wdoc.tokens().out(its.value) as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    // biome-ignore lint/suspicious/noExplicitAny: wink's typings reject its.lemma in out()
    const lemmas = wdoc.tokens().out(its.lemma as any) as string[];
    const starts = new Int32Array(values.length);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const found = doc.text.indexOf(values[i], at);
      starts[i] = found < 0 ? -1 : found;
      if (found >= 0) at = found + values[i].length;
    }
    const tokenIndex = new Int32Array(values.length).fill(-1);
    const tokens: Token[] = [];
    for (let i = 0; i < values.length; i++) {
      if (pos[i] === 'SPACE' || starts[i] < 0) continue;
      tokenIndex[i] = tokens.length;
      tokens.push({ start: starts[i], end: starts[i] + values[i].length, pos: pos[i], lemma: lemmas[i] });
    }
    const sentences: Sentence[] = [];
    wdoc.sentences().each((s: { out(f: unknown): unknown }) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      let a = first;
      let b = last;
      while (a <= b && tokenIndex[a] < 0) a++;
      while (b >= a && tokenIndex[b] < 0) b--;
      if (a > b) return;
      const start = tokens[tokenIndex[a]].start;
      const end = tokens[tokenIndex[b]].end;
      const prev = sentences[sentences.length - 1];
      if (!prev || start >= prev.end) sentences.push({ start, end });
    });
    doc.sentences.push(...splitAtBlankLines(doc.text, sentences));
    doc.tokens.push(...tokens);
  },
};

/** A blank line always ends a sentence (headlines and datelines have no final stop). */
function splitAtBlankLines(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let start = s.start;
    const re = /\n\s*\n/g;
    re.lastIndex = start;
    for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) {
      const end = trimEnd(text, start, m.index);
      if (end > start) out.push({ start, end });
      start = m.index + m[0].length;
    }
    if (s.end > start) out.push({ start, end: s.end });
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
