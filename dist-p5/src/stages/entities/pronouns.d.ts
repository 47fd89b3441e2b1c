import { type Chains } from './nominal-coref.js';
/**
 * he/she: the nearest earlier singular person (or a resolved he/she of the same gender) within `window`
 * sentences whose gender does not clash; they: an organisation, group or plural person phrase; its: an
 * organisation or country. In an earlier sentence the subject comes first (salience). A mention holding
 * the pronoun ("his father" for "his") is never its antecedent.
 */
export declare function linkThirdPerson(c: Chains, nested: boolean[], window: number): void;
/**
 * First- and second-person pronouns: "I" joins the person who says the sentence ("…," said X / X said
 * "…"), else the previous "I" within a few sentences; "we" and "you" chain to their previous use.
 */
export declare function linkSpeakerPronouns(c: Chains, window: number): void;
