import { hashString } from '../feature-hash.js';
import { normalizeWord, wordShape } from '../word-atoms.js';

/** Word ids 0 and 1 are NULL and ROOT; then unknown-word buckets; then known words, most frequent first. */
export const UNKNOWN_BUCKETS = 128;
const FIRST_WORD = 2 + UNKNOWN_BUCKETS;

/** Unknown words share an id per (coarse shape, last two letters) bucket. */
function unknownId(form: string, norm: string): number {
  const key = `${wordShape(form).slice(0, 3)}|${norm.slice(-2)}`;
  return 2 + ((hashString(key) >>> 0) % UNKNOWN_BUCKETS);
}

/** Word vocabulary of the neural parser: normalised forms seen at least `minCount` times in training. */
export class WordVocab {
  private readonly index: Map<string, number>;

  constructor(readonly words: string[]) {
    this.index = new Map(words.map((w, i) => [w, FIRST_WORD + i]));
  }

  /** Builds the vocabulary from training forms, most frequent first (ties by first sight). */
  static learn(forms: Iterable<string>, minCount = 2): WordVocab {
    const counts = new Map<string, number>();
    for (const f of forms) {
      const n = normalizeWord(f);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const kept = [...counts].filter(([, c]) => c >= minCount);
    kept.sort((a, b) => b[1] - a[1]);
    return new WordVocab(kept.map(([w]) => w));
  }

  get size(): number {
    return FIRST_WORD + this.words.length;
  }

  /** Id of a word form. */
  id(form: string): number {
    const n = normalizeWord(form);
    return this.index.get(n) ?? unknownId(form, n);
  }
}
