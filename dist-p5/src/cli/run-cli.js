import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
/** Runs the CLI from source in a child process (for tests): `dateline ...args`. */
export function runCli(args, opts = {}) {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/entry.ts'), ...args], {
        cwd: opts.cwd ?? PACKAGE_ROOT,
        env: { ...process.env, NO_COLOR: '1', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
        stdout += d;
    });
    child.stderr.on('data', (d) => {
        stderr += d;
    });
    child.stdin.end(opts.input ?? '');
    const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
    return { child, done };
}
