/**
 * What the syntax training scripts read: EWT train + GUM train's open-licence genres (the shipped models'
 * data) and EWT dev. Exits with a message when ../shared/data is absent.
 */
import { execFileSync } from 'node:child_process';
import type { ConlluSentence } from '../src/syntax/conllu.js';
import { GUM_OPEN_GENRES, loadEwt, loadGum } from '../src/syntax/treebanks.js';

/** The training sentences and EWT dev. */
export function trainingTreebanks(): { train: ConlluSentence[]; dev: ConlluSentence[] } {
  const ewt = loadEwt('train');
  const gum = loadGum('train', GUM_OPEN_GENRES);
  const dev = loadEwt('dev');
  if (!ewt || !gum || !dev) {
    console.error('needs ../shared/data/ud and ../shared/data/gum');
    process.exit(2);
  }
  return { train: [...ewt, ...gum], dev };
}

/** The checkout's short commit hash, recorded beside a model; 'unknown' outside git. */
export function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
