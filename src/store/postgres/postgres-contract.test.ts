import { storeContract } from '../store-contract.js';
import { pgUnavailable, TestDatabases } from './test-server.js';

const skip = await pgUnavailable();
if (skip) console.log(`# skipping PostgreSQL store tests: ${skip}`);
const dbs = new TestDatabases();

storeContract('PostgreSQL', {
  fresh: () => dbs.create(),
  persistent: true,
  skip: skip ?? false,
  cleanup: () => dbs.dropAll(),
});
