import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { docFromText } from '../src/ingest/index.js';
import { DatelineError } from '../src/model/errors.js';
import { sharedData } from '../src/paths.js';
import { round } from './suite.js';
/**
 * Ingest on real newswire: the publication date found in CoNLL-2003 Reuters texts against their dateline
 * date (`dct`), and how many English news texts the language check wrongly rejects.
 */
export const suite = {
    name: 'ingest',
    describe: 'publication dates on CoNLL-2003 Reuters datelines; English texts wrongly rejected as non-English',
    async run(opts) {
        const split = opts.split ?? 'test';
        const conll = sharedData('ner', `conll2003_${split}.docs.jsonl`);
        if (!conll)
            throw new DatelineError('DL_EVAL_NO_DATA', 'ingest', `needs ../shared/data/ner/conll2003_${split}.docs.jsonl`);
        const english = [conll, sharedData('ner', 'wikigold_all.docs.jsonl')];
        english.push(sharedData('timex', split === 'test' ? 'tempeval3_test_platinum.jsonl' : 'tempeval3_train_tbaq.jsonl'));
        const conllDates = await scoreDates(conll, opts.limit);
        const te3 = english[2];
        const te3Dates = te3 ? await scoreDates(te3, opts.limit) : null;
        let texts = 0;
        let rejected = 0;
        const rejectedIds = [];
        for (const path of english) {
            if (!path)
                continue;
            for await (const rec of records(path, opts.limit)) {
                texts++;
                try {
                    docFromText(rec.text, { id: rec.id });
                }
                catch (err) {
                    if (!(err instanceof DatelineError) || err.code !== 'DL_INGEST_NOT_ENGLISH')
                        throw err;
                    rejected++;
                    if (rejectedIds.length < 5)
                        rejectedIds.push(rec.id);
                }
            }
        }
        const { dated, correct, wrong, missing, spurious, from } = conllDates;
        return {
            suite: 'ingest',
            n: dated,
            metrics: {
                'published.accuracy': round((100 * correct) / (dated || 1)),
                'published.precision': round((100 * correct) / (correct + wrong || 1)),
                'published.counts': { correct, wrong, missing, undated_docs_given_a_date: spurious },
                'published.from': from,
                ...(te3Dates && {
                    'te3.published.counts': {
                        docs: te3Dates.dated,
                        correct: te3Dates.correct,
                        wrong: te3Dates.wrong,
                        missing: te3Dates.missing,
                    },
                }),
                'english.texts': texts,
                'english.wrongly_rejected_pct': round((100 * rejected) / (texts || 1)),
            },
            notes: [
                `publication dates: conll2003_${split}.docs.jsonl, gold = its dct (the YYYY-MM-DD of the Reuters dateline)`,
                'te3: TempEval-3 TEXT elements against their DCT; the dates sit in headers these texts lack, so most are missing',
                `language: English texts from conll2003_${split}, wikigold and TempEval-3 (${split === 'test' ? 'platinum' : 'TBAQ'}); rejected = DL_INGEST_NOT_ENGLISH${rejectedIds.length ? ` (e.g. ${rejectedIds.join(', ')})` : ''}`,
            ],
        };
    },
};
async function scoreDates(path, limit) {
    const c = { dated: 0, correct: 0, wrong: 0, missing: 0, spurious: 0, from: {} };
    for await (const rec of records(path, limit)) {
        const got = docFromText(rec.text, { id: rec.id }, { allowNonEnglish: true }).meta.published;
        c.from[got.from] = (c.from[got.from] ?? 0) + 1;
        if (!rec.dct) {
            if (got.value)
                c.spurious++;
            continue;
        }
        c.dated++;
        if (!got.value)
            c.missing++;
        else if (got.value.slice(0, 10) === rec.dct.slice(0, 10))
            c.correct++;
        else
            c.wrong++;
    }
    return c;
}
async function* records(path, limit) {
    let n = 0;
    for await (const line of createInterface({
        input: createReadStream(path),
        crlfDelay: Number.POSITIVE_INFINITY,
    })) {
        if (!line.trim())
            continue;
        if (limit !== undefined && n++ >= limit)
            return;
        yield JSON.parse(line);
    }
}
