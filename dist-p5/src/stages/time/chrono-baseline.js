import * as chrono from 'chrono-node';
import { fmtDay, fmtMonth, pad } from './calendar.js';
/** The chrono-node baseline: chrono's parses mapped straight to TIMEX3 DATE/TIME values. */
export function chronoTimexes(text, anchor) {
    const ref = anchor ? new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12)) : new Date();
    const out = [];
    for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
        const c = r.start;
        const y = c.get('year') ?? 0;
        const m = c.get('month') ?? 1;
        const d = c.get('day') ?? 1;
        let value;
        let type = 'DATE';
        if (c.isCertain('hour')) {
            type = 'TIME';
            value = `${fmtDay({ y, m, d })}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
        }
        else if (c.isCertain('day') || c.isCertain('weekday'))
            value = fmtDay({ y, m, d });
        else if (c.isCertain('month'))
            value = fmtMonth(y, m);
        else
            value = pad(y, 4);
        out.push({ start: r.index, end: r.index + r.text.length, type, value });
    }
    return out;
}
