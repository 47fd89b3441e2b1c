// Child process for the crash test: stores a batch of documents, printing each index once it is committed.
import { ARTICLES, articleDoc } from './fixtures.js';
import { openStore } from './index.js';
const [file, count, extra] = process.argv.slice(2);
const store = await openStore(file);
for (let i = 0; i < Number(count); i++) {
    await store.putDoc(articleDoc(ARTICLES[i % ARTICLES.length], i, Number(extra)));
    process.stdout.write(`${i}\n`);
}
await store.close();
