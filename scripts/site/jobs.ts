// The background jobs of a build: work that runs beside the render, on the other core, into the staging
// folder. Each is started with the staging folder and finished before the manifest is written; buildSite
// (site.ts) decides when. The search index is written by a worker thread and Pagefind's process, the
// preview cards by libvips threads, the data files by this thread once the render has finished (while the
// search index is finished on the other core); the briefs are printed by Chromium once the pages are there.
import type { Dossier, Network } from '../lib/types.ts';
import type { Progress } from '../lib/progress.ts';
import type { BriefOptions } from './briefs.ts';
import type { ExportMeta } from './exports.ts';
import { writeDataFilesFromPieces, type DataFilesStats } from './data-files.ts';
import type { RecordDigests } from './record-digests.ts';
import { writePreviewCards, type CardPlan } from './preview-cards.ts';
import { startSearchIndexer, type IndexOptions, type IndexResult, type SearchIndexer } from './search.ts';
import { errText } from './image-io.ts';
import { reusePages } from './incremental.ts';
import { startTsWorker } from '../lib/ts-worker.ts';
import type { Worker } from 'node:worker_threads';

export interface SiteJob<T> {
  /** What the job makes (for messages). */
  readonly name: string;
  /** Starts the work on the staging folder; returns at once. */
  start(staging: string): void;
  /** Waits until the work is done; rejects when it failed and the site cannot be published without it. */
  finish(): Promise<T>;
  /** Stops the work when the build fails before finishing it (jobs without it are left to end on their own). */
  abort?(): Promise<void>;
}

/** Runs `job`'s finish only after start: a job finished without being started is a bug of the caller. */
function started<T>(name: string, promise: Promise<T> | null): Promise<T> {
  if (!promise) throw new Error(`${name}: finished before it was started`);
  return promise;
}

/** Where the data files' previous pieces are (data-files.ts): the previous site, its index, the records' digests. */
export interface DataFilesReuse {
  outDir: string;
  indexFile: string;
  digests?: RecordDigests;
}

/**
 * data/dossier.json and the exports (CSV, iCalendar, GraphML, JSON Schema), written by this thread on its
 * next turn, from the previous build's pieces where they are unchanged (data-files.ts). Not in a worker
 * thread: the worker's copy of the dossier and the texts made from it were 250 MB at 4,000 articles, beside
 * the render's own memory.
 */
export function dataFilesJob(dossier: Dossier, network: Network | null, meta: ExportMeta, reuse: DataFilesReuse): SiteJob<DataFilesStats> {
  let written: Promise<DataFilesStats> | null = null;
  return {
    name: 'data files',
    start(staging) {
      written = new Promise<DataFilesStats>((resolve, reject) => {
        setImmediate(() => {
          try {
            resolve(writeDataFilesFromPieces(dossier, network, staging, meta, reuse));
          } catch (e) {
            reject(e);
          }
        });
      });
      written.catch(() => undefined); // observed by finish; a failed build must not leave it unhandled
    },
    finish: async () => started('data files', written),
  };
}

/** Fewer reused pages and files than this are put in place by this thread (a worker takes longer to start). */
const REUSE_WORKER_MIN = 500;

/**
 * The previous build's files of unchanged pages (and other reused files) put into the staging folder by a
 * worker thread (reuse-worker.ts) while this one renders, in the order given; `placed` is told the pages in
 * place, a batch at a time, and `finish` resolves once they all are. The first `urgent` pages are placed by
 * this thread at start (the search index waits for them; the worker takes a moment to start). A worker that
 * fails or cannot start leaves the work to this thread (what it did is skipped: files already there are left
 * as they are).
 */
export function reusedPagesJob(
  previousDir: string,
  urls: string[],
  files: string[],
  placed: (urls: string[]) => void = () => undefined,
  urgent = 0,
): SiteJob<void> {
  let done: Promise<void> | null = null;
  let worker: Worker | null = null;
  let aborted = false;
  const told = new Set<string>();
  const tell = (batch: string[]) => {
    const fresh = batch.filter((u) => !told.has(u));
    for (const u of fresh) told.add(u);
    if (fresh.length) placed(fresh);
  };
  return {
    name: 'reused pages',
    start(staging) {
      const here = () => {
        reusePages(previousDir, staging, urls, files);
        tell(urls);
      };
      if (urls.length + files.length < REUSE_WORKER_MIN + urgent) {
        done = Promise.resolve().then(here);
        return;
      }
      const first = urls.slice(0, urgent);
      const rest = urls.slice(urgent);
      try {
        reusePages(previousDir, staging, first, []);
      } catch (e) {
        done = Promise.reject(e);
        done.catch(() => undefined);
        return;
      }
      tell(first);
      done = new Promise<void>((resolve, reject) => {
        let settled = false;
        const fallBack = () => {
          if (settled) return;
          settled = true;
          worker = null;
          if (aborted) return resolve();
          try {
            here();
            resolve();
          } catch (e) {
            reject(e);
          }
        };
        try {
          const w = startTsWorker(new URL('./reuse-worker.ts', import.meta.url), { previousDir, staging, urls: rest, files });
          worker = w;
          w.on('message', (m: { type: 'placed'; urls: string[] } | { type: 'done' } | { type: 'failed'; message: string }) => {
            if (m.type === 'placed') {
              if (!settled) tell(m.urls);
            } else if (m.type !== 'done') fallBack();
            else if (!settled) {
              settled = true;
              resolve();
            }
          });
          w.once('error', fallBack);
          // Ended without a word (terminated by abort, or stopped): this thread finishes the work.
          w.once('exit', () => {
            worker = null;
            fallBack();
          });
        } catch {
          fallBack();
        }
      });
      done.catch(() => undefined); // observed by finish; a failed build must not leave it unhandled
    },
    finish: async () => started('reused pages', done),
    abort: async () => {
      aborted = true;
      await worker?.terminate();
    },
  };
}

/** The search index, shard by shard as the render completes their pages (`ready`). */
export interface SearchJob extends SiteJob<IndexResult> {
  ready(urls: Iterable<string>): void;
}

export function searchJob(opts: IndexOptions): SearchJob {
  let indexer: SearchIndexer | null = null;
  return {
    name: 'search index',
    start(staging) {
      indexer = startSearchIndexer(staging, opts);
    },
    ready(urls) {
      indexer?.ready(urls);
    },
    finish: async () => started('search index', indexer && indexer.finish()),
    abort: async () => {
      await indexer?.abort();
    },
  };
}

/** The preview cards the pages name: drawn where the cache lacks them, copied into the site. Never fails: problems are lines for `warn`. */
export function previewCardsJob(cards: CardPlan, cacheDir: string, warn: (line: string) => void): SiteJob<void> {
  let written: Promise<void> | null = null;
  return {
    name: 'preview cards',
    start(staging) {
      written = writePreviewCards(cards, cacheDir, staging, warn).catch((e) => warn(`images: preview cards stopped early (${errText(e)})`));
    },
    finish: async () => started('preview cards', written),
  };
}

/**
 * The PDF briefs, printed from the finished pages; a failure is one warning (briefs.ts briefsStage). Resolves
 * with the URLs of the pages whose brief link was taken out because their PDF is missing.
 */
export function briefsJob(dossier: Dossier, opts: BriefOptions & { progress: Progress }): SiteJob<string[]> {
  let printed: Promise<string[]> | null = null;
  return {
    name: 'briefs',
    start(staging) {
      // Loaded only when briefs are printed.
      printed = import('./briefs.ts').then(({ briefsStage }) => briefsStage(staging, dossier, opts));
    },
    finish: async () => started('briefs', printed),
  };
}
