export * from './doc.js';
export * from './errors.js';
export * from './schema.js';
export { validateDoc } from './validate.js';
