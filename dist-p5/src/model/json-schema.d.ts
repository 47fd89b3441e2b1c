/** The Doc JSON Schema as committed in schema/dateline.doc-1.json (regenerate with `npm run schema`). */
export declare function docJsonSchema(): string;
