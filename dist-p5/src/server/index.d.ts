export { type AppOptions, buildApp, DEFAULT_BODY_LIMIT } from './app.js';
export type { ExtractFn, ExtractOptions } from './context.js';
export { type Problem, problemOf, statusFor } from './problems.js';
export { type ServeOptions, serve } from './serve.js';
