import { parseAnchor } from './calendar.js';
import { tagTimexes } from './tagger.js';
/** TIMEX3 dates, times, durations and sets, normalised against the publication date. */
export const time = {
    name: 'time',
    needs: ['sentences', 'tokens'],
    makes: ['timexes'],
    run(doc) {
        const anchor = parseAnchor(doc.meta.published.value);
        if (!anchor) {
            doc.messages.push({
                level: 'info',
                rule: 'time/no-anchor',
                reason: 'no publication date: relative times keep unresolved values',
            });
        }
        for (const t of tagTimexes(doc.text, anchor, doc.sentences))
            doc.timexes.push(t);
    },
};
