import type { Doc } from '../../model/doc.js';
import type { Span } from '../../model/schema.js';
/** What a count of people says happened to them: killed, injured, arrested, displaced, missing. */
export type OutcomeKind = 'killed' | 'injured' | 'arrested' | 'displaced' | 'missing';
/** The outcome word a count is tied to ("killed 12 people", "12 were killed", "12 dead"), or null. */
export declare function outcomeOf(doc: Doc, first: number, last: number, counts: string | undefined): (Span & {
    kind: OutcomeKind;
}) | null;
