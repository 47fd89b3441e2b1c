import { readFileSync } from 'node:fs';
import { DatelineError } from '../src/model/errors.js';
import { parse } from '../src/stages/parse/index.js';
import { segment } from '../src/stages/segment/index.js';
import { annotateConllu } from '../src/syntax/annotate-conllu.js';
import { scoreSentences } from '../src/syntax/scores.js';
import { DEFAULT_MODEL, SyntaxModel } from '../src/syntax/syntax-model.js';
import { rawTextScores } from './parse-raw.js';
import { round } from './suite.js';
/** Tags and parses gold-tokenised sentences with the committed model; scores and times it. */
export function evalParser(suite, gold, notes) {
    if (!gold)
        throw new DatelineError('DL_EVAL_NO_DATA', '-', `${suite} needs ../shared/data (ud, gum)`);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const model = SyntaxModel.fromBuffer(readFileSync(DEFAULT_MODEL));
    const loadMs = performance.now() - t0;
    const loadCpuMs = cpuMs(c0);
    annotateConllu(model, gold.slice(0, 200)); // warm up the JIT before timing
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const pred = annotateConllu(model, gold);
    const seconds = (performance.now() - t1) / 1000;
    const cpuSeconds = cpuMs(c1) / 1000;
    const s = scoreSentences(gold, pred);
    return {
        suite,
        n: gold.length,
        metrics: {
            words: s.words,
            upos: s.upos,
            xpos: s.xpos,
            lemma: s.lemma,
            uas: s.uas,
            las: s.las,
            tokens_per_s: Math.round(s.words / seconds),
            tokens_per_cpu_s: Math.round(s.words / cpuSeconds),
            model_load_ms: round(loadMs, 0),
            model_load_cpu_ms: round(loadCpuMs, 0),
            ...rawTextScores(gold, [segment, parse]),
        },
        notes: [
            'gold tokens and sentences; predicted tags feed the parser; punctuation counted; LAS on universal relations',
            'raw_*: raw text rebuilt from # text, split and tokenised by the segment stage (wink-nlp), then parsed; F1 over words aligned by character span (CoNLL 2018 style)',
            'tokens_per_s: tag + lemmatise + parse, one thread, after a 200-sentence warm-up (wall clock);',
            'tokens_per_cpu_s / model_load_cpu_ms: the same per CPU second of this process (less hurt by a busy machine)',
            ...notes,
        ],
    };
}
/** CPU milliseconds (user + system) this process used since `from`. */
function cpuMs(from) {
    const d = process.cpuUsage(from);
    return (d.user + d.system) / 1000;
}
