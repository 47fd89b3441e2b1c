import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The package root (works from src/ under tsx and from dist/src/ when built). */
export const PACKAGE_ROOT = (() => {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json'))) {
        const up = dirname(dir);
        if (up === dir)
            throw new Error('package.json not found above ' + dir);
        dir = up;
    }
    return dir;
})();
/** Where the shared gold data lives: $DATELINE_SHARED or ../shared beside the checkout. */
export function sharedDir() {
    return resolve(process.env.DATELINE_SHARED ?? join(PACKAGE_ROOT, '..', 'shared'));
}
/** A path under ../shared/data, or null when that data is absent (a user's clone has none). */
export function sharedData(...parts) {
    const p = join(sharedDir(), 'data', ...parts);
    return existsSync(p) ? p : null;
}
