import type { Doc } from '../../model/doc.js';
import type { Quote } from '../../model/schema.js';
/** Sets speaker.entity from the mention that covers (or sits inside) the speaker span, when mentions exist. */
export declare function linkSpeakers(doc: Doc, quotes: Quote[]): void;
