import raw from './speech-verbs.json' with { type: 'json' };

/** The cue lexicon (speech-verbs.json beside this file), as sets of lemmas. */
export interface CueLexicon {
  clause: Set<string>;
  objectFirst: Set<string>;
  object: Set<string>;
  quoteOnly: Set<string>;
  particle: Map<string, string>;
  nounThat: Set<string>;
}

/** Cue lemmas by the frame they take: a clause, an object, or only a direct quote. */
export const CUES: CueLexicon = {
  clause: new Set(raw.clause),
  objectFirst: new Set(raw.objectFirst),
  object: new Set(raw.object),
  quoteOnly: new Set(raw.quoteOnly),
  particle: new Map(Object.entries(raw.particle)),
  nounThat: new Set(raw.nounThat),
};
