/** Tense around an expression: which way a bare weekday or month points from the publication date. */

export type Tense = 'past' | 'future' | 'present';

// "had been due to expire Friday", "had planned to": a plan told from after it, so past.
const FUTURE =
  /\b(?<!\bhad (?:been )?)(?:will|would(?! have)|won't|wo|ll|shall|going to|due to|scheduled|expected|set to|plan(?:s|ned|ning)? to|is to|are to|next(?! to)|upcoming|as (?:soon|early) as|effective)\b/gi;
// A participle after "be" is passive, not past: "will be announced Friday", "to be held Friday".
const PAST =
  /\b(?<!\bbe )(?:said|was|were|had|did|told|announced|reported|ago|last|earlier|since|(?:went|came|began|rose|fell|left|met|took|gave|won|lost|ran|saw|flew|spoke|wrote|struck|fled|fought|sent|held|led|paid|sold|made|found|kept|brought|bought|became|got)|(?!\w*(?:eed|expected|scheduled|planned)\b|(?:united|limited|hundred|kindred|hatred|sacred)\b)\w{3,}ed)\b/gi;

const QUOTE = /''|``|"|\u201c|\u201d/g;

/** [from, to) narrowed to the quotation holding [start, end), if any: a quote keeps its own tense. */
export function quoteAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): [number, number] {
  let open = -1;
  let inside = false;
  QUOTE.lastIndex = from;
  for (let m = QUOTE.exec(text); m && m.index < to; m = QUOTE.exec(text)) {
    if (m.index >= start) {
      if (inside && m.index >= end) return [open, m.index];
      if (m.index >= end) break;
      continue;
    }
    inside = !inside;
    open = m.index + m[0].length;
  }
  return inside ? [open, to] : [from, to];
}

/** The tense cue nearest to [start, end) inside [from, to), future beating past on a tie. */
export function tenseNear(text: string, start: number, end: number, from: number, to: number): Tense {
  [from, to] = quoteAround(text, start, end, from, to);
  const left = text.slice(Math.max(from, start - 120), start);
  const right = text.slice(end, Math.min(to, end + 80));
  const dist = (re: RegExp): number => {
    let best = Number.POSITIVE_INFINITY;
    re.lastIndex = 0;
    for (let m = re.exec(left); m; m = re.exec(left)) {
      best = Math.min(best, left.length - m.index - m[0].length + 1); // from the cue's end
    }
    re.lastIndex = 0;
    const m = re.exec(right);
    if (m) best = Math.min(best, m.index + 1);
    return best;
  };
  const f = dist(FUTURE);
  const p = dist(PAST);
  if (f === Number.POSITIVE_INFINITY && p === Number.POSITIVE_INFINITY) return 'present';
  return f <= p ? 'future' : 'past';
}
