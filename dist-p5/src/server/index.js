export { buildApp, DEFAULT_BODY_LIMIT } from './app.js';
export { problemOf, statusFor } from './problems.js';
export { serve } from './serve.js';
