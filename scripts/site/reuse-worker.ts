// Puts the previous build's files of unchanged pages into the staging folder (incremental.ts reusePages)
// in a worker thread, while the main thread renders: a folder per page, and making folders is slow on
// some file systems (at 4,000 articles, 7,700 of them took 0.5 to 1.7 s of system calls). The pages are
// reported placed a batch at a time, so the search index can take a complete shard before the end.
import { parentPort, workerData } from 'node:worker_threads';
import { reusePages } from './incremental.ts';

/** Pages placed between two reports. */
const BATCH = 250;

const data = workerData as { previousDir: string; staging: string; urls: string[]; files: string[] };
try {
  for (let k = 0; k < data.urls.length; k += BATCH) {
    const urls = data.urls.slice(k, k + BATCH);
    reusePages(data.previousDir, data.staging, urls, []);
    parentPort?.postMessage({ type: 'placed', urls });
  }
  reusePages(data.previousDir, data.staging, [], data.files);
  parentPort?.postMessage({ type: 'done' });
} catch (e) {
  parentPort?.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
}
