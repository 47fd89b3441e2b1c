import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

const cache = new Map<string, unknown>();

/** Reads a JSON lexicon from lexicons/ once per process; callers treat it as read-only. */
export function loadLexicon<T>(file: string): T {
  let v = cache.get(file);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'lexicons', file), 'utf8'));
    cache.set(file, v);
  }
  return v as T;
}

export interface OfficeHolder {
  name: string;
  aliases: string[];
  office: string;
  org: string | null;
  country: string | null;
  code: string;
  start: string;
  end: string | null;
}

/** The dated office-holder knowledge base (lexicons/office-holders.json). */
export const officeHolders = (): OfficeHolder[] =>
  loadLexicon<{ holders: OfficeHolder[] }>('office-holders.json').holders;
