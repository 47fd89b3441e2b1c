import { parseAnchor } from './calendar.js';
import { chronoTimexes } from './chrono-baseline.js';
import { tagTimexes } from './tagger.js';
function timeOnce(texts, anchors, f, reps) {
    // CPU time, not wall time: other processes on a shared machine would otherwise skew the ratio.
    const t0 = process.cpuUsage();
    for (let r = 0; r < reps; r++)
        for (let i = 0; i < texts.length; i++)
            f(texts[i], parseAnchor(anchors[i]));
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1000;
}
/**
 * Times the time stage (rules alone, no segmentation) against chrono-node parsing the same texts with
 * the same anchors; each after a warm-up pass, best of `rounds`.
 */
export function timeTexts(texts, anchors, rounds = 5) {
    // Each side warms up and runs its rounds on its own, so one side's garbage is not collected on the other's clock.
    const chars = texts.reduce((n, t) => n + t.length, 0);
    // Small sets are passed over several times per round, so each timing covers about 400k characters.
    const reps = Math.max(1, Math.ceil(400_000 / Math.max(1, chars)));
    const best = (f) => {
        timeOnce(texts, anchors, f, reps);
        let ms = Number.POSITIVE_INFINITY;
        for (let r = 0; r < rounds; r++)
            ms = Math.min(ms, timeOnce(texts, anchors, f, reps));
        return ms / reps;
    };
    const oursMs = best(tagTimexes);
    const chronoMs = best(chronoTimexes);
    return { texts: texts.length, chars, oursMs, chronoMs, ratio: chronoMs / oursMs };
}
