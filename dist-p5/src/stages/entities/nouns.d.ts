import type { EntityType } from '../../model/schema.js';
/** The entity type a common noun (lemma) refers to, if it names people, organisations or places. */
export declare const nounType: (lemma: string) => EntityType | undefined;
/** First- and second-person pronouns and indefinite people: mentions GUM-style coreference counts. */
export declare const SPEAKER_PRONOUNS: Set<string>;
