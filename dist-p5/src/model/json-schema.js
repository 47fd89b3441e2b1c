import { DocSchema } from './schema.js';
/** The Doc JSON Schema as committed in schema/dateline.doc-1.json (regenerate with `npm run schema`). */
export function docJsonSchema() {
    return JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...DocSchema }, null, 2) + '\n';
}
