import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../src/paths.js';

export interface BenchText {
  id: string;
  text: string;
  published: string | null;
}

/** GUM news articles as raw text (rebuilt from CoNLL-U forms and SpaceAfter), with their creation dates. */
export function gumNews(): BenchText[] {
  const dir = sharedData('gum', 'dep');
  if (!dir) return [];
  return readdirSync(dir)
    .filter((f) => /^GUM_news_.*\.conllu$/.test(f))
    .sort()
    .map((f) => rebuild(f.replace(/\.conllu$/, ''), readFileSync(join(dir, f), 'utf8')));
}

/** Every GUM text (all genres, GENTLE too) as raw text, for checks that need more than the news articles. */
export function gumAll(): BenchText[] {
  const dir = sharedData('gum', 'dep');
  if (!dir) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => rebuild(f.replace(/\.conllu$/, ''), readFileSync(join(dir, f), 'utf8')));
}

function rebuild(id: string, conllu: string): BenchText {
  let text = '';
  let published: string | null = null;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# meta::dateCreated = ')) published = line.slice(22).trim().slice(0, 10);
    else if (line.startsWith('# newpar') && !line.startsWith('# newpar_'))
      text = text.trimEnd() + (text ? '\n\n' : '');
    else if (/^\d+\t/.test(line)) {
      const cols = line.split('\t');
      text += cols[1] + (/SpaceAfter=No/.test(cols[9]) ? '' : ' ');
    }
  }
  return { id, text: text.trim(), published };
}
