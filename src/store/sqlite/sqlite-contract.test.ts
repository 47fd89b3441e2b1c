import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeContract } from '../store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
let n = 0;

storeContract('SQLite file', {
  fresh: async () => join(dir, `t${n++}.db`),
  persistent: true,
  skip: false,
  checkIntegrity: async (file) => {
    const db = new Database(file);
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      db.exec("INSERT INTO docs_fts (docs_fts) VALUES ('integrity-check')");
      db.exec("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')");
    } finally {
      db.close();
    }
  },
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

storeContract('SQLite :memory:', { fresh: async () => ':memory:', persistent: false, skip: false });
