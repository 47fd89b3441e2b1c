import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/schema.js';
import type { Stage } from '../../pipeline/stage.js';
import { sentencesOf } from './sentences.js';
import { fixTokens } from './tokens.js';

type Nlp = ReturnType<typeof winkNLP>;

// One wink-nlp instance per mode, made on first use: a pipeline with the parse stage needs only the untagged one.
const instances: { tagged?: Nlp; plain?: Nlp } = {};
function nlpFor(tags: boolean): Nlp {
  if (tags) {
    instances.tagged ??= winkNLP(model, ['sbd', 'pos']);
    return instances.tagged;
  }
  instances.plain ??= winkNLP(model, ['sbd']);
  return instances.plain;
}

/** The segment stage, with wink-nlp's POS tags and lemmas (`tags`) or without them. */
function segmentStage(tags: boolean): Stage {
  const stage: Stage = {
    name: 'segment',
    needs: [],
    makes: ['sentences', 'tokens'],
    async init() {
      nlpFor(tags);
    },
    run(doc: Doc) {
      const { tokens, starts } = winkTokens(doc.text, tags);
      const fixed = fixTokens(doc.text, tokens);
      doc.sentences.push(...sentencesOf(doc.text, fixed, starts));
      doc.tokens.push(...fixed);
    },
    // The parse stage rewrites every token's pos and lemma: right before it, wink-nlp's tags are wasted work.
    within: (names) => (names[names.indexOf('segment') + 1] === 'parse' ? untagged : tagged),
  };
  return stage;
}

/**
 * Sentences, tokens, UPOS and lemmas from wink-nlp, with offsets found in the original text; tokens are
 * repaired to UD conventions and datelines split off as sentences of their own. In a pipeline where the
 * parse stage comes next, the same sentences and tokens without wink-nlp's tags (pos X, lemma the form).
 */
export const segment: Stage = segmentStage(true);
const tagged = segment;
const untagged = segmentStage(false);

/** wink-nlp's tokens placed in the text, and the offsets where its sentences begin. */
function winkTokens(text: string, tags: boolean): { tokens: Token[]; starts: Set<number> } {
  const nlp = nlpFor(tags);
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  // Whitespace tokens are dropped. Without the POS pass their type says so: over 521 k tokens of GUM,
  // CoNLL-2003 and WikiGold, wink's pos is SPACE exactly where its type is tabCRLF.
  const pos = wdoc.tokens().out(tags ? its.pos : its.type) as string[];
  const space = tags ? 'SPACE' : 'tabCRLF';
  // biome-ignore lint/suspicious/noExplicitAny: wink's typings reject its.lemma in out()
  const lemmas = tags ? (wdoc.tokens().out(its.lemma as any) as string[]) : values;
  const tokenIndex = new Int32Array(values.length).fill(-1);
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) continue; // wink emits empty tokens inside "..": they have no text
    const found = text.indexOf(values[i], at);
    if (found < 0) continue;
    at = found + values[i].length;
    if (pos[i] === space) continue;
    tokenIndex[i] = tokens.length;
    tokens.push({ start: found, end: at, pos: tags ? pos[i] : 'X', lemma: lemmas[i] });
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
