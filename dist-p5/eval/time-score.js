import { round } from './suite.js';
export const emptyCounts = () => ({
    gold: 0,
    system: 0,
    relaxed: 0,
    strict: 0,
    typeMatch: 0,
    valueMatch: 0,
});
/** Adds one document: greedy one-to-one pairing by largest overlap, as scorer/score_timex.py does. */
export function countDoc(c, gold, sys) {
    c.gold += gold.length;
    c.system += sys.length;
    const pairs = [];
    for (let i = 0; i < gold.length; i++) {
        for (let j = 0; j < sys.length; j++) {
            const ov = Math.min(gold[i].end, sys[j].end) - Math.max(gold[i].start, sys[j].start);
            if (ov > 0)
                pairs.push([ov, i, j]);
        }
    }
    // Python sorts the tuples descending: overlap, then gold index, then system index.
    pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
    const usedG = new Set();
    const usedS = new Set();
    for (const [, i, j] of pairs) {
        if (usedG.has(i) || usedS.has(j))
            continue;
        usedG.add(i);
        usedS.add(j);
        c.relaxed++;
        const g = gold[i];
        const s = sys[j];
        if (g.start === s.start && g.end === s.end)
            c.strict++;
        if (g.type === s.type)
            c.typeMatch++;
        if (s.value != null && g.value === s.value)
            c.valueMatch++;
    }
}
const prf = (tp, nSys, nGold) => {
    const p = nSys ? tp / nSys : 0;
    const r = nGold ? tp / nGold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
/** The TempEval-3 measures as fractions (0-1), in the reference scorer's shape. */
export function measures(c) {
    const relaxed = prf(c.relaxed, c.system, c.gold);
    const strict = prf(c.strict, c.system, c.gold);
    const typeAcc = c.relaxed ? c.typeMatch / c.relaxed : 0;
    const valueAcc = c.relaxed ? c.valueMatch / c.relaxed : 0;
    return {
        gold: c.gold,
        system: c.system,
        relaxed,
        strict,
        typeAcc,
        typeF1: typeAcc * relaxed.f1,
        valueAcc,
        valueF1: valueAcc * relaxed.f1,
    };
}
/** The measures in percent, flat, for an EvalResult. */
export function percentMetrics(c) {
    const m = measures(c);
    const pc = (x) => round(100 * x);
    return {
        strict_p: pc(m.strict.p),
        strict_r: pc(m.strict.r),
        strict_f1: pc(m.strict.f1),
        relaxed_p: pc(m.relaxed.p),
        relaxed_r: pc(m.relaxed.r),
        relaxed_f1: pc(m.relaxed.f1),
        type_acc: pc(m.typeAcc),
        type_f1: pc(m.typeF1),
        value_acc: pc(m.valueAcc),
        value_f1: pc(m.valueF1),
        gold: c.gold,
        system: c.system,
    };
}
