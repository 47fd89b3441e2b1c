import raw from './speech-verbs.json' with { type: 'json' };

/** The cue lexicon (speech-verbs.json beside this file), as sets of lemmas. */
export interface CueLexicon {
  clause: Set<string>;
  objectFirst: Set<string>;
  object: Set<string>;
  quoteOnly: Set<string>;
  particle: Map<string, string>;
  nounThat: Set<string>;
  /** Cues of belief, intention, perception or stance, not speech: a quote tracker does not count them. */
  notSpeech: Set<string>;
  /** Head nouns of sources that are things, not people (`the poll shows`). */
  inanimate: Set<string>;
}

/** Cue lemmas by the frame they take: a clause, an object, or only a direct quote. */
export const CUES: CueLexicon = {
  clause: new Set(raw.clause),
  objectFirst: new Set(raw.objectFirst),
  object: new Set(raw.object),
  quoteOnly: new Set(raw.quoteOnly),
  particle: new Map(Object.entries(raw.particle)),
  nounThat: new Set(raw.nounThat),
  notSpeech: new Set(raw.notSpeech),
  inanimate: new Set(raw.inanimate),
};

const isCue = (l: string) => CUES.clause.has(l) || CUES.object.has(l) || CUES.quoteOnly.has(l);
const ENDINGS: [RegExp, string][] = [
  [/ied$/, 'y'],
  [/ies$/, 'y'],
  [/ing$/, ''],
  [/ing$/, 'e'],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/es$/, ''],
  [/s$/, ''],
];

/**
 * The cue lemma of a verb form, or null: the tagger's lemma when the lexicon knows it, else one from the
 * word's ending (the lemmatizer slips on some forms: "blasted" → "blaste").
 */
export function cueLemma(lemma: string, form: string): string | null {
  const l = lemma.toLowerCase();
  if (isCue(l)) return l;
  const w = form.toLowerCase();
  for (const [re, rep] of ENDINGS) {
    if (!re.test(w)) continue;
    const base = w.replace(re, rep);
    if (isCue(base)) return base;
    if (/([b-df-hj-np-tv-z])\1$/.test(base) && isCue(base.slice(0, -1))) return base.slice(0, -1); // slammed
  }
  return null;
}
