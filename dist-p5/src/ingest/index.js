/** Ingest: read files, directories, globs, stdin and JSON Lines into Docs with a publication date. */
export { decodeBytes } from './decode.js';
export { docFromHtml, looksLikeHtml } from './html.js';
export { guessLanguage } from './language.js';
export { normalizeText } from './normalize.js';
export { DEFAULT_MAX_BYTES } from './options.js';
export { detectPublished } from './published.js';
export { readInputs, readStream } from './read.js';
export { docFromRecord } from './record.js';
export { docFromText } from './text.js';
