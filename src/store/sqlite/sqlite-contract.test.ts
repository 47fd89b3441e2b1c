import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
let n = 0;

storeContract('SQLite file', {
  fresh: async () => join(dir, `t${n++}.db`),
  persistent: true,
  skip: false,
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

storeContract('SQLite :memory:', { fresh: async () => ':memory:', persistent: false, skip: false });
