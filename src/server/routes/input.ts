import { type Static, Type as T } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import type { FastifyRequest } from 'fastify';
import { DatelineError } from '../../model/errors.js';
import type { ExtractOptions } from '../context.js';
import { DocIdParam } from '../schemas.js';

/** Metadata for a text or HTML body travels in the query string. */
export const ExtractQuery = T.Object({
  published: T.Optional(T.String({ maxLength: 40, description: 'publication date, ISO' })),
  title: T.Optional(T.String({ maxLength: 1000 })),
  url: T.Optional(T.String({ maxLength: 2000 })),
  only: T.Optional(T.String({ maxLength: 200, description: 'stages to run, comma-separated' })),
  'quote-convention': T.Optional(
    T.Union([T.Literal('attribution'), T.Literal('speaker')], {
      description:
        'attribution (default): every attributed statement; speaker: only quotes with a named speaker',
    }),
  ),
});
export type ExtractQueryT = Static<typeof ExtractQuery>;

/** A JSON record: the same fields as a JSONL line for `dateline ingest`. */
export const RecordBody = T.Object({
  id: T.Optional(DocIdParam),
  url: T.Optional(T.String({ maxLength: 2000 })),
  title: T.Optional(T.String({ maxLength: 1000 })),
  published: T.Optional(T.String({ maxLength: 40 })),
  text: T.Optional(T.String()),
  html: T.Optional(T.String()),
});
type RecordT = Static<typeof RecordBody>;

/** Body schema per content type (text/plain and text/html are the article itself). */
export const extractBody = {
  content: {
    'application/json': { schema: RecordBody },
    'text/plain': { schema: T.String() },
    'text/html': { schema: T.String() },
  },
};

const splitList = (s?: string) =>
  s
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The article and the options for `extract()` from a request of any accepted content type. */
export function extractInput(req: FastifyRequest<{ Querystring: ExtractQueryT }>): {
  input: string;
  opts: ExtractOptions;
} {
  const q = req.query;
  const only = splitList(q.only);
  const quoteConvention = q['quote-convention'];
  const base: ExtractOptions = { published: q.published, title: q.title, url: q.url, only, quoteConvention };
  if (typeof req.body === 'string') {
    const html = /^text\/html\b/i.test(req.headers['content-type'] ?? '');
    return { input: req.body, opts: strip({ ...base, html }) };
  }
  const rec = req.body as RecordT;
  const input = rec.text ?? rec.html;
  if (typeof input !== 'string') {
    throw new DatelineError('DL_INGEST_BAD_RECORD', rec.id ?? '-', 'the JSON record needs "text" or "html"');
  }
  return {
    input,
    opts: strip({
      published: rec.published ?? base.published,
      title: rec.title ?? base.title,
      url: rec.url ?? base.url,
      id: rec.id,
      html: rec.text === undefined,
      only,
      quoteConvention,
    }),
  };
}

/** Drops undefined keys so extract() sees only what was given. */
function strip(o: ExtractOptions): ExtractOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as ExtractOptions;
}

// Bodies are checked without type coercion (the app's default coerces, which query strings need):
// `{"text": 5}` is a bad record, not the article "5".
const strictAjv = new Ajv({
  coerceTypes: false,
  removeAdditional: true,
  useDefaults: true,
  allErrors: false,
});

/** Route-level validator for the write routes: strict types for the body and the (all-string) query. */
export const strictValidator = ({ schema }: { schema: object }) => strictAjv.compile(schema);
