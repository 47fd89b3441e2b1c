import { type Doc } from '../model/doc.js';
/** The article with every layer highlighted (ANSI colours), then a list of what was found. */
export declare function renderDoc(doc: Doc, color?: boolean): string;
