// The whole extraction pipeline, from a sources folder to the dossier data:
//   read -> (per article, cached, in parallel) extract -> assemble (cross-source stages).
import os from 'node:os';
import path from 'node:path';
import { readSourceFolder, assignSourceIds } from './ingest/read.ts';
import { decodeEntry, ExtractionCache, extractionKey, type ExtractResult } from './extract/cache.ts';
import type { AssembleOptions } from './assemble/assemble.ts';
import type { ArticleExtraction, Dossier, InputFile, Warning } from './lib/types.ts';
import type { Progress } from './lib/progress.ts';
import { defaultCurationFile } from './lib/project.ts';

export interface ExtractOptions {
  curation: boolean;
  /** Analyst curation file; defaults to _data/curation.yml of the project. */
  curationFile?: string;
  cacheDir?: string | null;
  /** Where the cross-source stages keep their indexes between builds (null or absent: none). */
  indexDir?: string | null;
  quiet?: boolean;
  progress?: Progress;
  /** Worker threads for per-article extraction; 0 = in this thread. Default: cores when there is enough work. */
  workers?: number;
  /** Only this shard of the corpus ("i/n", 1-based), for `extract --shard`. */
  shard?: { index: number; count: number };
  /** false: stop after the per-article stage (`extract`: a shard only fills the cache; the final job assembles). */
  assemble?: boolean;
  /** Called as the cache is read: work this thread may do between reads (loading the modules of later stages). */
  meanwhile?: () => void;
}

export interface CorpusResult {
  extractions: ArticleExtraction[];
  dossier: Dossier;
  warnings: Warning[];
  /** Fatal problems (e.g. a malformed curation file): no site may be built. */
  errors: string[];
  /** Source id + local entity key -> actor id, for linking mentions in source text. */
  actorOf: Map<string, string>;
  copies: { report: string; sources: string[]; wire: string | null; shared_sentences: number }[];
  stats: { files: number; usable: number; cached: number; extracted: number };
}

export { projectRoot, defaultCurationFile } from './lib/project.ts';

/** Below this many articles to extract, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 40;
/**
 * With at least this many cached results to read, a few articles to extract go to one worker thread, which
 * loads the per-article stages (~0.6 s of module loading) and extracts on the other core while this thread
 * reads and parses the cache (4,000 cached results: ~1 s); this thread never loads the stages.
 */
const OVERLAP_THRESHOLD = 100;
/**
 * Cached results read between two turns of the event loop, where the worker pool's messages are handled and
 * the modules of later stages (loaded meanwhile: `meanwhile`, the cross-source stages) go on loading.
 */
const READ_CHUNK = 250;

/** Per-article extraction of every usable file, from the cache where possible. Order follows the file list. */
export async function extractAll(
  files: InputFile[],
  ids: Map<string, string>,
  opts: Pick<ExtractOptions, 'cacheDir' | 'progress' | 'workers' | 'meanwhile'>,
): Promise<{ results: ExtractResult[]; cached: number }> {
  const cache = new ExtractionCache(opts.cacheDir ?? null);
  const keys = files.map((f) => extractionKey(f, ids.get(f.file) as string));
  const stored = keys.map((k) => cache.has(k));
  const missing = stored.flatMap((s, i) => (s ? [] : [i]));
  const storedCount = files.length - missing.length;
  opts.progress?.stage('extract', files.length, storedCount);
  const results: (ExtractResult | null)[] = keys.map(() => null);
  // Later stages' modules start loading once the extraction has started (they would hold up its own).
  let meanwhile = opts.meanwhile;
  let begin = () => {};
  const begun = new Promise<void>((resolve) => (begin = resolve));
  const started = () => {
    meanwhile?.();
    meanwhile = undefined;
    begin();
  };
  const extract = (todo: number[], workers: number) => extractInto(results, todo, workers, { files, ids, keys, cache, progress: opts.progress, started });
  // The articles not in the cache are extracted while the cached results are read.
  const first = missing.length ? extract(missing, opts.workers ?? (missing.length >= WORKER_THRESHOLD ? cores() : storedCount >= OVERLAP_THRESHOLD ? 1 : 0)) : null;
  first?.catch(() => undefined); // awaited below, once the cache is read: a failure is thrown there
  if (!first) started();
  // The reading starts once the pool's threads have: the pool's module loads only as this thread's event loop
  // turns, which it does every READ_CHUNK entries, and a one-changed rebuild waited ~1 s longer for its thread.
  await Promise.race([begun, first]);
  for (let i = 0; i < files.length; i++) {
    if (stored[i]) results[i] = cache.get(keys[i]);
    if (i % READ_CHUNK === READ_CHUNK - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  started();
  await first;
  // Entries that could not be read (damaged, removed meanwhile) are extracted again.
  const unreadable = stored.flatMap((s, i) => (s && !results[i] ? [i] : []));
  if (unreadable.length) await extract(unreadable, opts.workers ?? (unreadable.length >= WORKER_THRESHOLD ? cores() : 0));
  return { results: results as ExtractResult[], cached: storedCount - unreadable.length };
}

const cores = () => Math.max(1, os.availableParallelism());

/** Extracts the articles `todo` (indexes into the file list) into `results`, on `workers` threads (0: this one). */
async function extractInto(
  results: (ExtractResult | null)[],
  todo: number[],
  workers: number,
  c: { files: InputFile[]; ids: Map<string, string>; keys: string[]; cache: ExtractionCache; progress?: Progress; started: () => void },
): Promise<void> {
  const { files, ids, keys, cache } = c;
  // One worker thread when asked for (it extracts while this thread reads the cache); several when there is work for them.
  if (workers === 1 || (workers > 1 && todo.length > 1)) {
    const { runInPool } = await import('./extract/pool.ts');
    const running = runInPool(
      todo.map((i) => ({ file: files[i], id: ids.get(files[i].file) as string, key: keys[i] })),
      Math.min(workers, todo.length),
      (j, entry) => {
        const i = todo[j];
        results[i] = decodeEntry(entry);
        cache.setEncoded(keys[i], entry);
        c.progress?.tick();
      },
    );
    c.started(); // the pool has started its threads
    await running;
    return;
  }
  // The per-article stages are loaded only when an article is extracted in this thread.
  c.started();
  const { extractArticle } = await import('./extract/extract.ts');
  for (const i of todo) {
    const result = extractArticle(files[i], ids.get(files[i].file) as string, keys[i]);
    results[i] = result;
    cache.set(keys[i], result);
    c.progress?.tick();
  }
}

export async function extractCorpus(sourcesDir: string, opts: ExtractOptions): Promise<CorpusResult> {
  const warnings: Warning[] = [];
  const t0 = performance.now();
  const read = readSourceFolder(sourcesDir);
  warnings.push(...read.warnings);
  let files = read.files;
  const named = assignSourceIds(files.map((f) => f.file));
  warnings.push(...named.warnings);
  if (opts.shard) {
    const { index, count } = opts.shard;
    files = files.filter((_, i) => i % count === index - 1);
  }

  const t1 = performance.now();
  // Module loading mostly waits on the loader's thread: the cross-source stages load while the cache is read.
  let assembler: Promise<typeof import('./assemble/assemble.ts')> | null = null;
  const loadAssembler = () => (assembler ??= import('./assemble/assemble.ts'));
  const meanwhile = () => {
    if (opts.assemble !== false) loadAssembler().catch(() => undefined); // a failure is reported where it is used
    opts.meanwhile?.();
  };
  const { results, cached } = await extractAll(files, named.ids, { ...opts, meanwhile });
  // --verbose: where a rebuild's time goes before the cross-source stages (assemble.ts times those).
  if (process.env.DOSSIER_VERBOSE) process.stderr.write(`read: ${Math.round(t1 - t0)} ms, extract (${cached} from the cache): ${Math.round(performance.now() - t1)} ms\n`);
  const extractions: ArticleExtraction[] = [];
  results.forEach((r, i) => {
    if (r.ok) {
      extractions.push(r.extraction);
      for (const w of r.extraction.warnings) warnings.push({ file: files[i].file, message: w });
    } else {
      warnings.push({ file: files[i].file, message: `skipped: ${r.reason}` });
    }
  });

  const stats = { files: files.length, usable: extractions.length, cached, extracted: files.length - cached };
  if (opts.assemble === false) {
    const empty: Dossier = { sources: [], actors: [], claims: [], events: [], discrepancies: [], relations: [] };
    return { extractions, dossier: empty, warnings, errors: [], actorOf: new Map(), copies: [], stats };
  }
  opts.progress?.stage('assemble');
  const assembleOpts: AssembleOptions = {
    curationFile: opts.curation ? (opts.curationFile ?? defaultCurationFile) : null,
    indexDir: opts.indexDir ?? null,
  };
  const { assembleDossier } = await loadAssembler();
  const assembled = assembleDossier(extractions, assembleOpts);
  warnings.push(...assembled.warnings);
  return {
    extractions,
    dossier: assembled.dossier,
    warnings,
    errors: assembled.errors,
    actorOf: assembled.actorOf,
    copies: assembled.copies,
    stats,
  };
}
