import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { sentencesOf } from './sentences.js';
import { fixTokens } from './tokens.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/**
 * Sentences, tokens, UPOS and lemmas from wink-nlp, with offsets found in the original text; tokens are
 * repaired to UD conventions and datelines split off as sentences of their own.
 */
export const segment: Stage = {
  name: 'segment',
  needs: [],
  makes: ['sentences', 'tokens'],
  async init() {
    nlp ??= winkNLP(model, ['sbd', 'pos']);
  },
  run(doc: Doc) {
    const { tokens, starts } = winkTokens(doc.text);
    const fixed = fixTokens(doc.text, tokens);
    doc.sentences.push(...sentencesOf(doc.text, fixed, starts));
    doc.tokens.push(...fixed);
  },
};

/** wink-nlp's tokens placed in the text, and the offsets where its sentences begin. */
function winkTokens(text: string): { tokens: Token[]; starts: Set<number> } {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  // biome-ignore lint/suspicious/noExplicitAny: wink's typings reject its.lemma in out()
  const lemmas = wdoc.tokens().out(its.lemma as any) as string[];
  const tokenIndex = new Int32Array(values.length).fill(-1);
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) continue; // wink emits empty tokens inside "..": they have no text
    const found = text.indexOf(values[i], at);
    if (found < 0) continue;
    at = found + values[i].length;
    if (pos[i] === 'SPACE') continue;
    tokenIndex[i] = tokens.length;
    tokens.push({ start: found, end: at, pos: pos[i], lemma: lemmas[i] });
  }
  const starts = new Set<number>();
  wdoc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    for (let a = first; a <= last; a++) {
      if (tokenIndex[a] >= 0) {
        starts.add(tokens[tokenIndex[a]].start);
        return;
      }
    }
  });
  return { tokens, starts };
}
