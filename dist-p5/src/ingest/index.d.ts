/** Ingest: read files, directories, globs, stdin and JSON Lines into Docs with a publication date. */
export { decodeBytes } from './decode.js';
export { docFromHtml, looksLikeHtml } from './html.js';
export { guessLanguage, type LanguageGuess } from './language.js';
export { normalizeText } from './normalize.js';
export { DEFAULT_MAX_BYTES, type DocMeta, type IngestOptions } from './options.js';
export { detectPublished, type PublishedHints } from './published.js';
export { type Ingested, readInputs, readStream } from './read.js';
export { docFromRecord } from './record.js';
export { docFromText } from './text.js';
