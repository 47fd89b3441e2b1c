import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { Lemmatizer } from './lemmatizer.js';
import { packModel, unpackModel } from './model-file.js';
import { Parser } from './parser.js';
import { interleaveSlots } from './perceptron.js';
import { Tagger } from './tagger.js';
import { wordAtoms } from './word-atoms.js';

/** Tags, lemmas and a dependency tree for one sentence (heads 1-based, 0 = root). */
export interface Analysis {
  upos: string[];
  xpos: string[];
  lemma: string[];
  head: number[];
  deprel: string[];
}

interface Header {
  format: 'dateline-syntax/1';
  upos: string[];
  xpos: string[];
  labels: string[];
  tagLexicon: [string, number, number][];
  ambiguity: [string, number][];
  lemmaLexicon: [string, string][];
  lemmaRules: [string, string][];
  /** Tagger passes (absent = 1). */
  tagPasses?: number;
  info: Record<string, unknown>;
}

/** Forms kept per tag pair in the lemma memo (it starts over when full). */
const LEMMA_MEMO = 4096;

/** The committed model's path. */
export const DEFAULT_MODEL = join(PACKAGE_ROOT, 'models', 'syntax-en.bin.gz');

/** Tagger + lemmatizer + parser, loaded together from one file. */
export class SyntaxModel {
  /** Lemmas by tag pair (XPOS id × UPOS count + UPOS id), then form: `lemma` is a pure function of the three. */
  private readonly lemmaMemo: Map<string, string>[] = [];

  constructor(
    readonly tagger: Tagger,
    readonly lemmatizer: Lemmatizer,
    readonly parser: Parser,
    readonly info: Record<string, unknown> = {},
  ) {}

  /** Tags, lemmatises and parses a sentence of word forms. */
  analyze(forms: readonly string[]): Analysis {
    const atoms = wordAtoms(forms);
    const tags = this.tagger.tag(forms, atoms);
    const n = forms.length;
    const { uposTags, xposTags } = this.tagger;
    // plain loops: Array.from with a callback or map cost more per sentence than the work they do
    const upos = new Array<string>(n);
    const xpos = new Array<string>(n);
    const lemma = new Array<string>(n);
    const memos = this.lemmaMemo;
    for (let i = 0; i < n; i++) {
      upos[i] = uposTags[tags.upos[i]];
      xpos[i] = xposTags[tags.xpos[i]];
      const key = tags.xpos[i] * uposTags.length + tags.upos[i];
      let memo = memos[key];
      if (!memo) {
        memo = new Map();
        memos[key] = memo;
      }
      let l = memo.get(forms[i]);
      if (l === undefined) {
        l = this.lemmatizer.lemma(forms[i], xpos[i], upos[i]);
        if (memo.size >= LEMMA_MEMO) memo.clear();
        memo.set(forms[i], l);
      }
      lemma[i] = l;
    }
    const tree = this.parser.parse({
      lower: atoms.lower,
      suffix3: atoms.suffix3,
      xpos: tags.xpos,
      upos: tags.upos,
    });
    const labels = this.parser.labelNames;
    const head = new Array<number>(n);
    const deprel = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      head[i] = tree.heads[i];
      deprel[i] = labels[tree.labels[i]] ?? 'dep';
    }
    return { upos, xpos, lemma, head, deprel };
  }

  /** Serialises to a gzip buffer (weights as companded int8 codes; weights within ±prune dropped). */
  save(prune = 0): Buffer {
    const header: Omit<Header, 'tables'> = {
      format: 'dateline-syntax/1',
      upos: this.tagger.uposTags,
      xpos: this.tagger.xposTags,
      labels: this.parser.labelNames,
      tagLexicon: [...this.tagger.lexicon].map(([w, [x, u]]) => [w, x, u]),
      ambiguity: [...this.tagger.ambiguity],
      lemmaLexicon: [...this.lemmatizer.lexicon],
      lemmaRules: [...this.lemmatizer.rules],
      ...(this.tagger.passes > 1 ? { tagPasses: this.tagger.passes } : {}),
      info: this.info,
    };
    return packModel(
      header,
      [this.tagger.xposModel, this.tagger.uposModel, this.parser.transitions, this.parser.labeler],
      prune,
    );
  }

  /** Reads a model saved by `save`. */
  static fromBuffer(data: Uint8Array): SyntaxModel {
    const { header, tables } = unpackModel<Header>(data);
    if (header.format !== 'dateline-syntax/1')
      throw new Error(`not a Dateline syntax model: ${header.format}`);
    const [xm, um] = interleaveSlots(tables[0], tables[1]);
    const [, , tm, lm] = tables;
    const tagger = new Tagger(
      header.upos,
      header.xpos,
      xm,
      um,
      new Map(header.tagLexicon.map(([w, x, u]) => [w, [x, u]])),
      new Map(header.ambiguity),
      header.tagPasses ?? 1,
    );
    const lemmatizer = new Lemmatizer(new Map(header.lemmaLexicon), new Map(header.lemmaRules));
    return new SyntaxModel(tagger, lemmatizer, new Parser(header.labels, tm, lm), header.info);
  }
}

let cached: SyntaxModel | undefined;

/** The committed model, loaded once per process; throws when the file is missing. */
export function loadSyntaxModel(path = DEFAULT_MODEL): SyntaxModel {
  if (path === DEFAULT_MODEL && cached) return cached;
  if (!existsSync(path)) throw new Error(`syntax model not found at ${path} (run npm run train:parser)`);
  const model = SyntaxModel.fromBuffer(readFileSync(path));
  if (path === DEFAULT_MODEL) cached = model;
  return model;
}
