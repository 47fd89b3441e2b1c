import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { docJsonSchema } from './json-schema.js';
writeFileSync(join(PACKAGE_ROOT, 'schema', 'dateline.doc-1.json'), docJsonSchema());
