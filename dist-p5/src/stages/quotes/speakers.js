/** Sets speaker.entity from the mention that covers (or sits inside) the speaker span, when mentions exist. */
export function linkSpeakers(doc, quotes) {
    if (!doc.mentions.length)
        return;
    for (const q of quotes) {
        const sp = q.speaker;
        if (!sp)
            continue;
        let best = -1;
        let bestLen = -1;
        doc.mentions.forEach((m, i) => {
            if (m.entity === undefined || m.end <= sp.start || m.start >= sp.end)
                return;
            // prefer a person or organisation named in the phrase, then the longest mention
            const score = (m.type === 'PERSON' ? 1000 : m.type === 'ORG' ? 500 : 0) + (m.end - m.start);
            if (score > bestLen) {
                best = i;
                bestLen = score;
            }
        });
        if (best >= 0)
            sp.entity = doc.mentions[best].entity;
    }
}
