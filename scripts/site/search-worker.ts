// Runs the search indexer (search.ts) in a worker thread, so Pagefind is fed pages while the main thread
// renders with Eleventy: in the main thread its messages waited until Eleventy yielded.
import { parentPort, workerData } from 'node:worker_threads';
import { createSearchIndexer, type SearchShard } from './search.ts';

interface Data {
  siteDir: string;
  shards: SearchShard[];
  fingerprints: [string, string][];
  cacheDir: string | null;
}
const data = workerData as Data;
const indexer = createSearchIndexer(data.siteDir, { shards: data.shards, fingerprints: new Map(data.fingerprints), cacheDir: data.cacheDir });
parentPort?.on('message', (m: { type: 'ready'; urls: string[] } | { type: 'finish' } | { type: 'abort' }) => {
  if (m.type === 'ready') indexer.ready(m.urls);
  else if (m.type === 'finish') {
    indexer.finish().then(
      (result) => parentPort?.postMessage({ type: 'done', result }),
      (e) => parentPort?.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  } else {
    indexer.abort().finally(() => parentPort?.postMessage({ type: 'done', result: null }));
  }
});
