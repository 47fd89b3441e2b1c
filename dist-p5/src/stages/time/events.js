const EVENT_NOUNS = 'uprising|war|civil war|crisis|conflict|revolution|talks|negotiations|protests|occupation|invasion|siege|strike|campaign|pandemic|outbreak|recession|ceasefire|truce|fighting|election|trial|season|game|tournament|summit|offensive';
/**
 * Event-anchored references: "the start of the uprising", "the end of the war". Typed DATE with an
 * unresolved value: the date depends on the event, which this stage does not know.
 */
export const eventRules = [
    {
        name: 'event-anchored',
        needs: ['start of', 'beginning of', 'end of', 'outbreak of', 'onset of', 'height of'],
        re: new RegExp(`\\bthe (start|beginning|end|outbreak|onset|height|middle) of the (?:[a-z]+ )?(${EVENT_NOUNS})\\b`, 'gi'),
        make(m) {
            const w = m[1].toLowerCase();
            const mod = w === 'end' ? 'END' : w === 'middle' || w === 'height' ? 'MID' : 'START';
            return { type: 'DATE', value: 'XXXX-XX-XX', mod };
        },
    },
];
