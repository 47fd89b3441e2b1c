import { fork } from 'node:child_process';

/**
 * The URL of a sibling child script: under tsx the .ts source (fork keeps tsx's loader flags), built the .js.
 */
export const childScript = (name: string): URL =>
  new URL(`./${name}.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

/** Runs `script` in a fresh child process, sends it `message` and resolves with the one message it answers. */
export function askChild<T>(script: URL, message: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('message', (answer) => resolve(answer as T));
    child.once('exit', (code) => {
      if (code) reject(new Error(`${what} child exited with code ${code}`));
    });
    child.send(message as object);
  });
}
