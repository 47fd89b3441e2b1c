/** Precision, recall and F1 (in percent, 0 when undefined) from counts. */
export function prf(tp, predicted, gold) {
    const p = predicted ? tp / predicted : 0;
    const r = gold ? tp / gold : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    return { p: round(100 * p), r: round(100 * r), f1: round(100 * f1) };
}
export const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
