import { parseAnchor } from './calendar.js';
import { tagTimexes } from './tagger.js';
/** [surface text, type, value] of every timex against an anchor date; throws on an offset out of range. */
export function surfaceTriples(text, anchor) {
    return tagTimexes(text, parseAnchor(anchor)).map((t) => {
        if (!(t.start >= 0 && t.end <= text.length && t.start < t.end)) {
            throw new Error(`timex offsets [${t.start}, ${t.end}) out of range`);
        }
        return [text.slice(t.start, t.end), t.type, t.value];
    });
}
