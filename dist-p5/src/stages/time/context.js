/** Tense around an expression: which way a bare weekday or month points from the publication date. */
const FUTURE = /\b(?:will|won't|wo|ll|shall|going to|due to|scheduled|expected|set to|plan(?:s|ned|ning)? to|is to|are to|next(?! to)|upcoming|as (?:soon|early) as|effective)\b/gi;
const PAST = /\b(?:said|was|were|had|did|told|announced|reported|ago|last|earlier|since|(?!\w*(?:eed|expected|scheduled|planned)\b|(?:united|limited|hundred|kindred|hatred|sacred)\b)\w{3,}ed)\b/gi;
/** The tense cue nearest to [start, end) inside [from, to), future beating past on a tie. */
export function tenseNear(text, start, end, from, to) {
    const left = text.slice(Math.max(from, start - 120), start);
    const right = text.slice(end, Math.min(to, end + 80));
    const dist = (re) => {
        let best = Number.POSITIVE_INFINITY;
        re.lastIndex = 0;
        for (let m = re.exec(left); m; m = re.exec(left)) {
            best = Math.min(best, left.length - m.index - m[0].length + 1); // from the cue's end
        }
        re.lastIndex = 0;
        const m = re.exec(right);
        if (m)
            best = Math.min(best, m.index + 1);
        return best;
    };
    const f = dist(FUTURE);
    const p = dist(PAST);
    if (f === Number.POSITIVE_INFINITY && p === Number.POSITIVE_INFINITY)
        return 'present';
    return f <= p ? 'future' : 'past';
}
