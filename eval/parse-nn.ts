import { existsSync, readFileSync } from 'node:fs';
import { DatelineError } from '../src/model/errors.js';
import { universalRel } from '../src/syntax/conllu.js';
import { NeuralParser } from '../src/syntax/neural/neural-parser.js';
import { NEURAL_MODEL, tagAndParse } from '../src/syntax/neural/tag-and-parse.js';
import { loadSyntaxModel } from '../src/syntax/syntax-model.js';
import { loadEwt, type Split } from '../src/syntax/treebanks.js';
import { type EvalSuite, round } from './suite.js';

/**
 * The neural parser trial on UD English EWT, gold tokens, our tagger's tags. The model is
 * models/parser-nn.bin.gz, or the file named by DATELINE_PARSER_NN (to score a trial model).
 */
export const suite: EvalSuite = {
  name: 'ud-ewt-nn',
  describe: 'neural parser trial on UD English EWT (gold tokens): UAS, LAS; tokens/s',
  async run(opts) {
    const split = (opts.split ?? 'test') as Split;
    let gold = loadEwt(split);
    if (!gold) throw new DatelineError('DL_EVAL_NO_DATA', '-', 'ud-ewt-nn needs ../shared/data/ud');
    if (opts.limit) gold = gold.slice(0, opts.limit);
    const path = process.env.DATELINE_PARSER_NN ?? NEURAL_MODEL;
    if (!existsSync(path))
      throw new DatelineError('DL_EVAL_NO_DATA', '-', `no neural parser model at ${path}`);
    const c0 = process.cpuUsage();
    const parser = NeuralParser.fromBuffer(readFileSync(path));
    const load = process.cpuUsage(c0);
    const tagger = loadSyntaxModel().tagger;
    const sentences = gold.map((s) => s.words.map((w) => w.form));
    for (const f of sentences.slice(0, 200)) tagAndParse(tagger, parser, f); // JIT warm-up
    const c1 = process.cpuUsage();
    const out = sentences.map((f) => tagAndParse(tagger, parser, f));
    const used = process.cpuUsage(c1);
    let words = 0;
    let upos = 0;
    let uas = 0;
    let las = 0;
    gold.forEach((s, i) => {
      const p = out[i];
      s.words.forEach((w, k) => {
        words++;
        if (p.upos[k] === w.upos) upos++;
        if (p.heads[k] !== w.head) return;
        uas++;
        if (universalRel(parser.labelNames[p.labels[k]] ?? 'dep') === universalRel(w.deprel)) las++;
      });
    });
    const pct = (x: number) => round((100 * x) / words);
    return {
      suite: 'ud-ewt-nn',
      n: gold.length,
      metrics: {
        words,
        upos: pct(upos),
        uas: pct(uas),
        las: pct(las),
        tokens_per_cpu_s: Math.round(words / ((used.user + used.system) / 1e6)),
        model_load_cpu_ms: round((load.user + load.system) / 1000, 0),
      },
      notes: [
        `model: ${path} (${JSON.stringify(parser.info.options ?? {})}, epoch ${parser.info.epoch ?? '?'})`,
        'gold tokens; tags from the committed tagger; punctuation counted; LAS on universal relations',
        'tokens_per_cpu_s: tag + neural parse (no lemmas), one thread, after a 200-sentence warm-up',
        `data: ../shared/data/ud/en_ewt-ud-${split}.conllu`,
      ],
    };
  },
};
