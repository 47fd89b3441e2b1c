import { type Doc } from './doc.js';
/** Checks a Doc against the JSON Schema and every span against its text; throws the first problem. */
export declare function validateDoc(doc: Doc): void;
