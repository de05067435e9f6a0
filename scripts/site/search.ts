// The search stage: a Pagefind index of the source, actor and event pages, with filters for page kind,
// actor type and outlet (set in the templates with data-pagefind-filter). Runs on every build, after
// Eleventy.
//
// Why shards: Pagefind has no incremental mode, and indexing costs ~2 ms a page, the largest cost of a
// rebuild after one article changed. The pages are split into shards (per kind of page, ~SHARD_PAGES
// each, by a stable hash of the URL), each shard is its own Pagefind bundle kept in the cache under a
// key made of its pages' fingerprints, and the search page merges the bundles (Pagefind's mergeIndex).
// A rebuild re-indexes only the shards whose pages changed. A small dossier is one bundle at /pagefind/.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startTsWorker } from '../lib/ts-worker.ts';
import { searchBundlePath } from './addresses.ts';

/** Pages per shard (bounded re-index cost on a rebuild; the browser fetches one small entry file per shard). */
export const SHARD_PAGES = Math.max(1, Number(process.env.DOSSIER_SEARCH_SHARD_PAGES) || 300);

/** Shards indexed at once after the render (Pagefind indexes each on its own thread). */
const FINISH_LANES = Math.min(4, Math.max(1, os.availableParallelism()));

export interface SearchShard {
  /** Folder name under /pagefind/ ('' for the single bundle of a small dossier). */
  name: string;
  /** Root-relative page URLs ("/sources/x/"), sorted. */
  urls: string[];
}

/** The bundle URL of a shard, as the search page loads it. */
export function bundlePath(shard: SearchShard): string {
  return searchBundlePath(shard.name);
}

function hashOf(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/**
 * Splits the pages to index into shards: one bundle when there are at most `shardPages`, otherwise per kind
 * of page (the URL's first segment) into ceil(n / shardPages) buckets by a hash of the URL, so a page stays
 * in its shard while the corpus grows within the same bucket count; when the count grows by one, linear
 * hashing splits one bucket in two and leaves the others as they were (one more article re-indexes two
 * shards of that kind, not all of them).
 */
/** Linear hashing's bucket of hash `h` among `n`: buckets below n - 2^k are split by one more bit. */
export function linearBucket(h: number, n: number): number {
  let low = 1;
  while (low * 2 <= n) low *= 2; // 2^k <= n < 2^(k+1)
  const b = h % (low * 2);
  return b < n ? b : h % low;
}

export function planSearchShards(urls: string[], shardPages = SHARD_PAGES): SearchShard[] {
  const sorted = [...new Set(urls)].sort();
  if (sorted.length <= shardPages) return [{ name: '', urls: sorted }];
  const byKind = new Map<string, string[]>();
  for (const u of sorted) {
    const kind = /^\/([a-z0-9-]+)\//.exec(u)?.[1] ?? 'pages';
    const list = byKind.get(kind) ?? [];
    list.push(u);
    byKind.set(kind, list);
  }
  const shards: SearchShard[] = [];
  for (const [kind, list] of [...byKind].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const n = Math.max(1, Math.ceil(list.length / shardPages));
    const buckets: string[][] = Array.from({ length: n }, () => []);
    for (const u of list) buckets[linearBucket(parseInt(hashOf(u).slice(0, 8), 16), n)].push(u);
    buckets.forEach((b, i) => b.length && shards.push({ name: `${kind}-${i + 1}`, urls: b }));
  }
  return shards;
}

function pagefindVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return String((require('pagefind/package.json') as { version?: string }).version ?? '');
  } catch {
    return '';
  }
}

/** Hard-links a folder tree (falls back to copying across file systems). */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (e.name === '.complete') continue;
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) linkTree(a, b);
    else {
      try {
        fs.linkSync(a, b);
      } catch {
        fs.copyFileSync(a, b);
      }
    }
  }
}

/**
 * What Pagefind reads of a page: its HTML without the targets and titles of its links, which Pagefind does
 * not index (its bundle is byte-identical either way: test/site/search.test.ts) and which change in every
 * page naming an actor whose canonical name, and so its address, changed.
 */
export function searchableHtml(html: string): string {
  return html.replace(/<a\b[^>]*>/g, (tag) => tag.replace(/\s(?:href|title)="[^"]*"/g, ''));
}

export interface IndexOptions {
  shards: SearchShard[];
  /** Page URL -> fingerprint of what the page shows (a shard is re-indexed when one of its pages changes). */
  fingerprints: Map<string, string>;
  /** Where finished shard bundles are kept between builds (null: no reuse). */
  cacheDir: string | null;
}

export interface IndexResult {
  pages: number;
  errors: string[];
  shards: number;
  /** Shards indexed this time (the rest were reused from the cache). */
  indexed: number;
}

/**
 * Indexes shards while the site is still being rendered: `ready(urls)` tells it which pages are written;
 * a shard is indexed (in Pagefind's own process, so on the other core) as soon as all its pages are. `finish()`
 * indexes whatever is left and resolves with the totals. Output does not depend on the timing.
 */
export function createSearchIndexer(siteDir: string, opts: IndexOptions) {
  const version = pagefindVersion();
  const errors: string[] = [];
  let pages = 0;
  let indexed = 0;
  let pagefind: typeof import('pagefind') | null = null;
  const cacheRoot = opts.cacheDir ? path.join(opts.cacheDir, 'search') : null;
  const keep = new Set<string>();
  const written = new Set<string>();
  const pending = new Set(opts.shards);

  /** A finished bundle in the cache: linked into the site, its page count added. */
  const reuse = (cached: string, target: string) => {
    linkTree(cached, target);
    pages += Number(fs.readFileSync(path.join(cached, '.complete'), 'utf8')) || 0;
  };
  const indexShard = async (shard: SearchShard): Promise<void> => {
    const name = shard.name || 'all';
    const target = path.join(siteDir, 'pagefind', shard.name);
    // First by what the pages show (no page read); then by what Pagefind reads of them, so pages that only
    // link elsewhere now (an actor renamed) keep their shard's bundle.
    const byPages = hashOf([version, shard.name, ...shard.urls.map((u) => `${u} ${opts.fingerprints.get(u) ?? ''}`)].join('\n')).slice(0, 20);
    const alias = cacheRoot ? path.join(cacheRoot, `${name}-${byPages}.alias`) : null;
    if (alias && fs.existsSync(alias)) {
      const entry = fs.readFileSync(alias, 'utf8');
      if (fs.existsSync(path.join(cacheRoot!, entry, '.complete'))) {
        keep.add(path.basename(alias)).add(entry);
        return reuse(path.join(cacheRoot!, entry), target);
      }
    }
    const contents: { url: string; content: string }[] = [];
    for (const url of shard.urls) {
      try {
        contents.push({ url, content: searchableHtml(fs.readFileSync(path.join(siteDir, url.replace(/^\/+/, ''), 'index.html'), 'utf8')) });
      } catch {
        // a page Eleventy did not write: nothing to index
      }
    }
    const entry = `${name}-c${hashOf([version, shard.name, ...contents.map((c) => `${c.url} ${hashOf(c.content)}`)].join('\n')).slice(0, 20)}`;
    const cached = cacheRoot ? path.join(cacheRoot, entry) : null;
    if (alias) keep.add(path.basename(alias)).add(entry);
    if (cached && fs.existsSync(path.join(cached, '.complete'))) {
      fs.writeFileSync(alias!, entry);
      return reuse(cached, target);
    }
    pagefind ??= await import('pagefind');
    const { index, errors: created } = await pagefind.createIndex({ forceLanguage: 'en' });
    errors.push(...created);
    if (!index) return;
    for (const page of contents) errors.push(...(await index.addHTMLFile(page)).errors);
    const out = cached ? `${cached}.tmp-${process.pid}` : target;
    fs.rmSync(out, { recursive: true, force: true });
    const result = await index.writeFiles({ outputPath: out });
    errors.push(...result.errors);
    await index.deleteIndex();
    pages += contents.length;
    indexed += 1;
    if (cached) {
      fs.writeFileSync(path.join(out, '.complete'), String(contents.length));
      fs.rmSync(cached, { recursive: true, force: true });
      fs.renameSync(out, cached);
      fs.writeFileSync(alias!, entry);
      linkTree(cached, target);
    }
  };
  // Shards are indexed in one Pagefind process, in the order they become ready: one at a time while the
  // render has the other core, then on a lane per core once it is done (`finish`). Each shard is its own
  // index and bundle, so the output does not depend on the lanes.
  const queue: SearchShard[] = [];
  let lanes = 1;
  let running = 0;
  let idle: Promise<void> = Promise.resolve();
  let settle = () => {};
  const lane = async (): Promise<void> => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) {
      try {
        await indexShard(shard);
      } catch (e) {
        errors.push(`${shard.name || 'index'}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    running -= 1;
    if (running === 0) settle();
  };
  const pump = () => {
    while (running < lanes && queue.length) {
      if (running === 0) idle = new Promise<void>((resolve) => (settle = resolve));
      running += 1;
      void lane();
    }
  };
  const start = (shards: SearchShard[]) => {
    for (const shard of shards) {
      pending.delete(shard);
      queue.push(shard);
    }
    pump();
  };
  return {
    ready(urls: Iterable<string>): void {
      for (const u of urls) written.add(u);
      start([...pending].filter((s) => s.urls.every((u) => written.has(u))));
    },
    /** Stops after the shard in progress and closes Pagefind (a failed build must not hang on it). */
    async abort(): Promise<void> {
      pending.clear();
      queue.length = 0;
      try {
        await idle;
      } finally {
        if (pagefind) await pagefind.close();
      }
    },
    async finish(): Promise<IndexResult> {
      lanes = FINISH_LANES;
      start([...pending]);
      try {
        await idle;
      } finally {
        if (pagefind) await pagefind.close();
      }
      // Shard bundles no longer named by any page set are dropped, so the cache does not grow without end.
      if (cacheRoot && fs.existsSync(cacheRoot)) {
        for (const e of fs.readdirSync(cacheRoot)) if (!keep.has(e)) fs.rmSync(path.join(cacheRoot, e), { recursive: true, force: true });
      }
      return { pages, errors, shards: opts.shards.length, indexed };
    },
  };
}

export interface SearchIndexer {
  ready(urls: Iterable<string>): void;
  abort(): Promise<void>;
  finish(): Promise<IndexResult>;
}

/**
 * The indexer in a worker thread (search-worker.ts): the main thread is busy rendering, and Pagefind must
 * be fed pages meanwhile. Same interface and output as createSearchIndexer.
 */
export function startSearchIndexer(siteDir: string, opts: IndexOptions): SearchIndexer {
  const worker = startTsWorker(new URL('./search-worker.ts', import.meta.url), { siteDir, shards: opts.shards, fingerprints: [...opts.fingerprints], cacheDir: opts.cacheDir });
  let failure: Error | null = null;
  const done = new Promise<IndexResult | null>((resolve, reject) => {
    worker.on('message', (m: { type: 'done'; result: IndexResult | null } | { type: 'failed'; message: string }) => {
      if (m.type === 'done') resolve(m.result);
      else reject(new Error(m.message));
    });
    worker.on('error', (e: Error) => {
      failure = e;
      reject(e);
    });
    worker.on('exit', (code) => reject(new Error(`search worker exited with code ${code}`)));
  });
  done.catch(() => undefined); // observed by finish/abort
  const end = async <T>(type: 'finish' | 'abort'): Promise<T> => {
    if (!failure) worker.postMessage({ type });
    try {
      return (await done) as T;
    } finally {
      await worker.terminate();
    }
  };
  return {
    ready(urls) {
      if (!failure) worker.postMessage({ type: 'ready', urls: [...urls] });
    },
    abort: async () => {
      await end<IndexResult | null>('abort').catch(() => undefined);
    },
    finish: async () => {
      const r = await end<IndexResult | null>('finish');
      if (!r) throw new Error('search worker returned no result');
      return r;
    },
  };
}
