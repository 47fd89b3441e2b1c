import type { Doc } from '../../model/doc.js';
import { tokensIn } from '../../model/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { MentionFinder } from './rules.js';

/** Whether text[from, to) holds a line break (no slice made). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Mentions: names (countries and demonyms from world-countries, organisations and titles from our
 * lexicons, capitalised sequences typed by cues), titles before names, definite descriptions
 * ("the Foreign Minister", "the Syrian opposition") and third-person pronouns.
 */
export const mentions: Stage = {
  name: 'mentions',
  needs: ['sentences', 'tokens'],
  makes: ['mentions'],
  run(doc: Doc) {
    const finder = new MentionFinder(doc);
    const lines: [number, number][] = [];
    for (const s of doc.sentences) {
      const [a, b] = tokensIn(doc, s);
      // A line break ends a name: headlines, datelines and table rows sit on their own lines.
      let from = a;
      for (let i = a + 1; i <= b; i++) {
        if (i === b || hasNewline(doc.text, doc.tokens[i - 1].end, doc.tokens[i].start)) {
          if (i > from) lines.push([from, i]);
          from = i;
        }
      }
    }
    // All-caps lines (headlines, tables) are read after the body, whose names they repeat.
    const shouting = lines.map(
      ([a, b]) => !/\p{Ll}/u.test(doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end)),
    );
    for (const pass of [false, true]) {
      lines.forEach(([a, b], k) => {
        if (shouting[k] === pass) finder.sentence(a, b, pass);
      });
    }
    finder.harmonise();
    finder.out.sort((x, y) => x.start - y.start || y.end - x.end);
    doc.mentions.push(...finder.out);
  },
};
