const UNIT = { year: 'Y', month: 'M', day: 'D' };
const SHIFT = {
    that: 0,
    'that same': 0,
    'the following': 1,
    'the previous': -1,
    'the prior': -1,
};
/**
 * "that year", "later that year", "earlier that day", "the following year", "the previous month": the
 * value comes from the nearest date before it (`resolveAnaphors`), not from the publication date.
 */
export const anaphoraRules = [
    {
        name: 'that-year',
        needs: ['that year', 'that same', 'that day', 'that month', 'following', 'previous', 'prior'],
        re: /\b(?:(earlier|later) )?(that|that same|the following|the previous|the prior) (year|month|day)\b(?!['’]s|-|\s+(?:of|ago|before|after|that|when|in which|ended|ending)\b)/gi,
        make(m) {
            const unit = UNIT[m[3].toLowerCase()];
            return {
                type: 'DATE',
                value: unit === 'Y' ? 'XXXX' : unit === 'M' ? 'XXXX-XX' : 'XXXX-XX-XX',
                anaphor: { unit, shift: SHIFT[m[2].toLowerCase()] },
            };
        },
    },
];
const SHAPE = {
    Y: /^(\d{4})/,
    M: /^(\d{4})-(\d\d)(?:$|-\d\d(?:$|T))/,
    D: /^(\d{4})-(\d\d)-(\d\d)(?:$|T)/,
};
/** The value of an anaphoric date given the values of the dates before it, nearest last; null if none fits. */
export function resolveAnaphor(a, before) {
    for (let i = before.length - 1; i >= 0; i--) {
        const m = SHAPE[a.unit].exec(before[i]);
        if (!m)
            continue;
        const y = Number(m[1]);
        if (a.unit === 'Y')
            return String(y + a.shift).padStart(4, '0');
        if (a.unit === 'M') {
            const k = y * 12 + Number(m[2]) - 1 + a.shift;
            return `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}`;
        }
        const t = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3]) + a.shift));
        return t.toISOString().slice(0, 10);
    }
    return null;
}
