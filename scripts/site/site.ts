// The write stage: generated Markdown + data -> Eleventy -> a complete site, swapped into place atomically.
// The site is built in a staging folder beside the output folder and only replaces the previous site once
// it is complete (atomic-swap.ts), so an interrupted or failed build leaves the previous site as it was.
//
// buildSite runs these steps, in order (each a function below):
//   1. site data     the page plan and its anchors, the mention index, the network (built and laid out),
//                    the views of every page, the summary, the change list
//   2. source pages  each source's generated Markdown (only where needed), kept in the content folder
//   3. fingerprints  what each page shows, compared with the previous build's manifest (manifest.ts)
//   4. images        portraits and source pictures; every page's preview card planned
//   5. render        unchanged pages reused from the previous site, the others rendered by Eleventy, while
//                    the background jobs (jobs.ts: search index, preview cards) run beside it
//   6. jobs          the data files written, the background jobs finished
//   7. briefs        the PDF briefs printed from the finished pages (a background job started last)
//   8. manifest      what each page is now
// and then publishes the staging folder and saves the manifest.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Dossier, Network } from '../lib/types.ts';
import type { Progress } from '../lib/progress.ts';
import { silentProgress } from '../lib/progress.ts';
import { projectRoot, type CorpusResult } from '../pipeline.ts';
import { IMAGE_PATH, withBasePath } from './addresses.ts';
import { discardStaging, prepareStaging, removeLater, swapInto } from './atomic-swap.ts';
import { briefsPossible } from './browser.ts';
import { diffDossiers, firstBuildChanges, type Changes } from './changes.ts';
import { prepareSiteImages, type SiteImages } from './images.ts';
import { collectGarbage } from '../lib/heap-growth.ts';
import { fileHash, markdownDigest, pageFingerprints, templateHash } from './incremental.ts';
import { briefsJob, dataFilesJob, previewCardsJob, reusedPagesJob, searchJob, type SearchJob, type SiteJob } from './jobs.ts';
import { loadManifest, manifestFile, recordManifest, reusable, saveManifest, type PageManifest } from './manifest.ts';
import { indexMentions } from './mentions.ts';
import { findOutlets } from './outlets.ts';
import { claimSpeakers } from './speakers.ts';
import { buildNetwork } from './network.ts';
import { networkPage, type NetworkPage } from './network-page.ts';
import { writeBuildMarker } from './output-guard.ts';
import { planAnchors, planPages } from './page-plan.ts';
import { renderPages } from './render.ts';
import { bundlePath, planSearchShards, type SearchShard } from './search.ts';
import { markdownFile, sourcePageInputs, writeGeneratedMarkdown, type SourcePages } from './source-pages.ts';
import { emptySummary, summarise, summaryMaterialOf, type Summary } from './summarise.ts';
import { claimClauseMemo } from './summary-acts.ts';
import { optionalStage, optionalStageSync, requiredStage, requiredStageSync } from './stage-boundary.ts';
import { buildViews, type SiteViews } from './views/index.ts';
import { RecordDigests } from './record-digests.ts';
import type { DataFilesStats } from './data-files.ts';

export interface SiteOptions {
  outDir: string;
  cacheDir: string;
  /** Where the generated Markdown of source pages is written for people to read. */
  contentDir: string;
  /** Print the per-actor PDF briefs (needs Chromium). */
  briefs: boolean;
  /** An earlier build's dossier.json, for the "what changed" page. */
  previous?: Dossier | null;
  /** Public base URL of the site, for the feed and exports (DOSSIER_SITE_URL). */
  siteUrl?: string | null;
  /** The path the site is served under (--base-path, normalised by parseBasePath): "/" or "/dossier/". */
  basePath?: string;
  /** The sources folder (for images inside HTML sources) and the curation file applied (for portraits). */
  sourcesDir: string;
  curationFile: string | null;
  progress?: Progress;
}

export interface SiteResult {
  views: SiteViews;
  pages: number;
  /** Entity pages (source, actor, event) rendered by Eleventy this time, and reused unchanged from the previous build. */
  rendered: number;
  reused: number;
}

/** Open discrepancies listed on the summary page (a bounded page; /discrepancies/ has them all). */
const SUMMARY_DISCREPANCIES = 50;
/** The size the network is laid out in (the /network/ drawing; actor pages scale their part of it). */

/**
 * Builds the site from the corpus, and takes the corpus over: its per-article extractions are let go (the
 * array emptied) once the source pages and images are made, since the render does not need them and at
 * 10,000 articles they are a quarter of the heap.
 */
export async function buildSite(corpus: CorpusResult, opts: SiteOptions): Promise<SiteResult> {
  const progress = opts.progress ?? silentProgress;
  progress.stage('write');
  // Staging folders of earlier versions were inside the cache.
  removeLater(path.join(opts.cacheDir, 'staging'));
  const staging = prepareStaging(opts.outDir);
  try {
    const built = await buildIntoStaging(corpus, opts, staging, progress);
    progress.stage('publish');
    const t = Date.now();
    publish(staging, opts.outDir, built.manifestFile, built.manifest);
    if (process.env.DOSSIER_VERBOSE) progress.info(`publish: ${Date.now() - t} ms`);
    progress.done();
    return built.result;
  } catch (err) {
    discardStaging(staging);
    throw err;
  }
}

/** The site in place of the previous one, then its manifest (a crash between the two only costs a full render next time). */
function publish(staging: string, outDir: string, file: string, manifest: PageManifest): void {
  writeBuildMarker(staging);
  fs.rmSync(file, { force: true });
  swapInto(staging, outDir);
  saveManifest(file, manifest);
}

/** What every step may read: where and how the site is published, and what the previous build left. */
interface BuildSettings {
  siteUrl: string | null;
  basePath: string;
  /** Actor pages link their PDF brief only when it can be printed: with no browser, none is linked. */
  briefs: boolean;
  /** Hash of the templates and site-wide settings: part of every page's fingerprint. */
  globalHash: string;
  manifestFile: string;
  previous: PageManifest | null;
}

function buildSettings(opts: SiteOptions, progress: Progress): BuildSettings {
  const siteUrl = opts.siteUrl ?? null;
  const basePath = opts.basePath ?? '/';
  const briefs = opts.briefs && briefsPossible((why) => progress.info(`warning: briefs: not printed (${why})`));
  const file = manifestFile(opts.cacheDir, opts.outDir);
  return {
    siteUrl,
    basePath,
    briefs,
    globalHash: templateHash(projectRoot, { siteUrl, briefs, ...(basePath === '/' ? {} : { basePath }) }),
    manifestFile: file,
    previous: loadManifest(file),
  };
}

/** Verbose timings of the steps (--verbose). */
function stepClock(progress: Progress) {
  let last = Date.now();
  const laps: string[] = [];
  return {
    lap(name: string) {
      const now = Date.now();
      laps.push(`${name} ${now - last} ms`);
      last = now;
    },
    report(stage: string, extra = '') {
      if (process.env.DOSSIER_VERBOSE) progress.info(`${stage}: ${laps.join(', ')}${extra}; rss ${rssMb()} MB`);
      laps.length = 0;
    },
  };
}
const rssMb = () => {
  const m = process.memoryUsage();
  return `${Math.round(m.rss / 2 ** 20)} (heap ${Math.round(m.heapUsed / 2 ** 20)}, external ${Math.round(m.external / 2 ** 20)})`;
};

/** "actors 45, sources 3": pages by the first segment of their URL (--verbose: what a change touched). */
function byKind(urls: Iterable<string>): string {
  const count = new Map<string, number>();
  for (const u of urls) {
    const kind = u.split('/')[1] || 'home';
    count.set(kind, (count.get(kind) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
}

/** Everything of a build but its publication: the complete site in `staging`, and its page manifest. */
async function buildIntoStaging(
  corpus: CorpusResult,
  opts: SiteOptions,
  staging: string,
  progress: Progress,
): Promise<{ result: SiteResult; manifest: PageManifest; manifestFile: string }> {
  const clock = stepClock(progress);
  const warn = (line: string) => progress.info(`warning: ${line}`);
  const data = siteData(corpus, opts.previous ?? null, opts.cacheDir, warn, clock);
  const settings = requiredStageSync('build settings', () => buildSettings(opts, progress));
  let sources: (SourcePages & { digests: Map<string, string> }) | null = requiredStageSync('source pages', () => sourcePages(corpus, data.views, opts.contentDir, settings));
  clock.lap('markdown');
  const fingerprints = requiredStageSync('fingerprints', () => fingerprintPages(data.views, sources!, settings, opts.outDir));
  clock.lap('fingerprints');
  clock.report('write', ` (${sources.digests.size} markdown generated)`);

  progress.stage('images');
  const images = await optionalStage('images', () => siteImages(corpus, opts, staging), () => noImages(staging), 'pages are built without images and preview cards', warn);
  const pages = requiredStageSync('fingerprints', () => pagesToRender(fingerprints, images.images, settings.previous, opts.outDir));
  const markdown = requiredStageSync('source pages', () => markdownToRender(sources!, pages.render, opts.contentDir));
  const inputKeys = new Map([...sources.inputs.values()].map((i) => [i.record.url_path, i.key]));
  // The render needs neither the extractions nor the source pages' inputs: let them go.
  sources = null;
  corpus.extractions.length = 0;
  collectGarbage();
  if (process.env.DOSSIER_VERBOSE) progress.info(`before the render: rss ${rssMb()} MB`);
  clock.lap('images');

  progress.stage('render');
  const jobs = requiredStageSync('render', () => startJobs(corpus.dossier, data, pages, opts, settings, staging, images.cards, fingerprints.records));
  try {
    await requiredStage('render', () => render(corpus.dossier, data, images.images, pages, markdown, settings, staging, jobs));
    clock.lap('render');
    // Written once Eleventy's memory is free, while Pagefind finishes the search index on the other core.
    jobs.data.start(staging);
    await finishJobs(jobs, images.images, progress);
    clock.lap('jobs');
    if (process.env.DOSSIER_VERBOSE) progress.info(`render: ${pages.render.size} of ${pages.fingerprints.size} pages rendered (${byKind(pages.render)}), ${pages.reuse.length} reused; rss ${rssMb()} MB`);
  } catch (err) {
    await jobs.search.abort?.();
    await jobs.reuse.abort?.();
    throw err;
  }
  progress.stage('search');
  await requiredStage('search index', () => finishSearch(jobs.search, progress));
  clock.lap('search');
  const unlinked = await requiredStage('briefs', () => printBriefs(corpus.dossier, data.views, opts, settings, staging, progress));

  const manifest = requiredStageSync('manifest', () =>
    recordManifest({
      staging,
      fingerprints: pages.fingerprints,
      base: fingerprints.base,
      og: images.images.og,
      inputKeys,
      rendered: pages.render,
      reused: pages.reuse.length,
      changedSince: unlinked,
    }),
  );
  clock.lap('manifest');
  clock.report('steps');
  return { result: { views: data.views, pages: inputKeys.size, rendered: pages.render.size, reused: pages.reuse.length }, manifest, manifestFile: settings.manifestFile };
}

/** Step 1's output: what the pages show. */
interface SiteData {
  /** The laid-out network; null when its stage failed (the GraphML export then links actors by shared events). */
  network: Network | null;
  views: SiteViews;
  summary: Summary;
  networkPage: NetworkPage;
  changes: Changes;
}

const NO_NETWORK_PAGE: NetworkPage = { svg: '', drawn: { shown: 0, of: 0 }, legend: [], edges: [], actors: [], nodes: 0, totalEdges: 0 };

/**
 * Step 1, one stage at a time. Links to a claim cluster or a discrepancy reach the page that holds it: the
 * lists are paginated once (the page plan), and every link is made from that plan's anchors. The site is
 * worth publishing without the network, the summary or the change list (a warning says what is left out);
 * not without the page plan or the views.
 */
function siteData(corpus: CorpusResult, previous: Dossier | null, cacheDir: string, warn: (line: string) => void, clock: ReturnType<typeof stepClock>): SiteData {
  const { dossier } = corpus;
  const { plan, anchors } = requiredStageSync('page plan', () => {
    const plan = planPages(dossier);
    return { plan, anchors: planAnchors(plan) };
  });
  const mentions = requiredStageSync('mention index', () => indexMentions(dossier, corpus.extractions, corpus.actorOf));
  // Cited outlets are sources, not actors; described speakers are linked to the group they speak for.
  const { outlets, speakers, material } = requiredStageSync('speakers', () => {
    const outlets = findOutlets({ dossier, extractions: corpus.extractions, actorOf: corpus.actorOf });
    const speakers = claimSpeakers({ dossier, actorsInSentence: mentions.actorsInSentence, outlets });
    // Claims are worded as clauses from a memo kept between builds: a rebuild words only new claims.
    const clauses = claimClauseMemo(cacheDir);
    const material = summaryMaterialOf(dossier, { outlets, speakers, clauses });
    clauses.save();
    return { outlets, speakers, material };
  });
  const network = optionalStageSync(
    'network',
    () => buildNetwork(dossier, mentions.actorsInSentence, { leaveOut: outlets }),
    () => null,
    'the site is built without the actor network',
    warn,
  );
  clock.lap('network');
  const views = requiredStageSync('views', () =>
    buildViews({ dossier, extractions: corpus.extractions, copies: corpus.copies, mentions, network: network ?? { nodes: [], edges: [] }, plan, anchors, outlets, speakers, material }),
  );
  clock.lap('views');
  const summary = optionalStageSync('summary', () => summarise(dossier, { anchors, outlets, speakers, material }), emptySummary, 'the summary page is built without its content', warn);
  // The summary page lists open discrepancies; the discrepancies pages hold them all.
  if (Array.isArray(summary.discrepancies)) summary.discrepancies = summary.discrepancies.slice(0, SUMMARY_DISCREPANCIES);
  const changes = optionalStageSync(
    'changes',
    () => diffDossiers(previous, dossier, { anchors }),
    () => firstBuildChanges(dossier),
    'the "what changed" page treats this as the first build',
    warn,
  );
  clock.lap('summary and changes');
  const page = network ? optionalStageSync('network page', () => networkPage(network, dossier), () => NO_NETWORK_PAGE, 'the network page is built without its drawing and tables', warn) : NO_NETWORK_PAGE;
  return { network, views, summary, networkPage: page, changes };
}

/**
 * Step 2: the Markdown of the source pages, and its copy for people to read where it changed. `digests`:
 * the Markdown generated this time (by source id), whose file in the content folder now holds it.
 */
function sourcePages(corpus: CorpusResult, views: SiteViews, contentDir: string, settings: BuildSettings): SourcePages & { digests: Map<string, string> } {
  const sources = sourcePageInputs(corpus, views, settings.globalHash);
  const digests = new Map<string, string>();
  const unchanged = (id: string) => {
    const input = sources.inputs.get(id)!;
    return settings.previous?.pages[input.record.url_path]?.input === input.key;
  };
  writeGeneratedMarkdown(contentDir, sources.inputs, sources.markdownOf, unchanged, (id, text) => digests.set(id, markdownDigest(text)));
  return { ...sources, digests };
}

/**
 * The Markdown of the source pages to render, by source id: read back from the content folder where this
 * build wrote it, made now for the others (unchanged sources whose page is rendered again for its images),
 * so the render holds one batch of texts at a time, not every source's.
 */
function markdownToRender(sources: SourcePages & { digests: Map<string, string> }, render: Set<string>, contentDir: string): (id: string) => string | undefined {
  const made = new Map<string, string>();
  const written = new Set<string>();
  for (const [id, input] of sources.inputs) {
    if (!render.has(input.record.url_path)) continue;
    if (sources.digests.has(id)) written.add(id);
    else {
      const text = sources.markdownOf(id);
      if (text !== undefined) made.set(id, text);
    }
  }
  return (id) => made.get(id) ?? (written.has(id) ? fs.readFileSync(markdownFile(contentDir, id), 'utf8') : undefined);
}

/**
 * Step 3. Incremental rendering: every source, actor and event page (and every page of a paginated list)
 * has a fingerprint of exactly what it shows; pages whose fingerprint is the one the previous build
 * recorded (and whose file is still there, as written) are copied from the previous site instead of
 * rendered again. `changed`: the pages whose fingerprint without images changed.
 */
function fingerprintPages(
  views: SiteViews,
  sources: SourcePages & { digests: Map<string, string> },
  settings: BuildSettings,
  outDir: string,
): { base: Map<string, string>; changed: Set<string>; records: RecordDigests } {
  const { previous } = settings;
  // A source page's fingerprint is the recorded one when its inputs are unchanged (its Markdown is not made).
  const knownSource = (id: string, url: string): string | undefined => {
    const p = previous?.pages[url];
    const input = sources.inputs.get(id);
    if (p?.input && input && p.input === input.key) return p.base;
    return undefined;
  };
  const digestOf = (id: string) => {
    const digest = sources.digests.get(id);
    if (digest !== undefined) return digest;
    const text = sources.markdownOf(id);
    return text === undefined ? undefined : markdownDigest(text);
  };
  // The cards' hashes are the records' digests for the data files (record-digests.ts).
  const records = new RecordDigests();
  const base = pageFingerprints({ views, markdownDigest: digestOf, knownSource, globalHash: settings.globalHash, listTemplateHash: (t) => fileHash(projectRoot, t), digests: records });
  const changed = new Set([...base].filter(([url, fp]) => !reusable(previous, outDir, url, 'base', fp)).map(([url]) => url));
  return { base, changed, records };
}

/** Step 4: portraits and source pictures into the staging folder; preview cards planned, drawn by a background job. */
async function siteImages(corpus: CorpusResult, opts: SiteOptions, staging: string): Promise<{ images: SiteImages; cards: SiteJob<void> }> {
  const cacheDir = path.join(opts.cacheDir, 'images');
  const { images, cards, warn } = await prepareSiteImages({
    dossier: corpus.dossier,
    extractions: corpus.extractions,
    sourcesDir: opts.sourcesDir,
    curationDir: opts.curationFile ? path.dirname(opts.curationFile) : null,
    outDir: staging,
    cacheDir,
    projectDir: projectRoot,
  });
  return { images, cards: previewCardsJob(cards, path.resolve(cacheDir), warn) };
}

/** The images step's output when it failed: no image files in the site, no portraits, pictures or cards. */
function noImages(staging: string): { images: SiteImages; cards: SiteJob<void> } {
  fs.rmSync(path.join(staging, IMAGE_PATH), { recursive: true, force: true });
  const cards: SiteJob<void> = { name: 'preview cards', start() {}, finish: async () => undefined };
  return { images: { portraits: {}, sourceImages: {}, og: {}, warnings: [] }, cards };
}

/** The pages of the build with their fingerprints (images included), those to render and those reused. */
interface PagesToRender {
  fingerprints: Map<string, string>;
  render: Set<string>;
  reuse: string[];
}

function pagesToRender(pages: { base: Map<string, string>; changed: Set<string> }, images: SiteImages, previous: PageManifest | null, outDir: string): PagesToRender {
  const fingerprints = new Map<string, string>();
  for (const [url, fp] of pages.base) {
    fingerprints.set(url, createHash('sha256').update(fp).update(JSON.stringify(pageImages(images, url)) ?? '').digest('hex'));
  }
  const render = new Set([...fingerprints].filter(([url, fp]) => pages.changed.has(url) || !reusable(previous, outDir, url, 'fp', fp)).map(([url]) => url));
  return { fingerprints, render, reuse: [...fingerprints.keys()].filter((url) => !render.has(url)) };
}

/** The images a page shows beyond its record: a source's pictures, an actor's portrait and every preview card. */
function pageImages(images: SiteImages, url: string): unknown {
  const m = /^\/(sources|actors)\/([^/]+)\/$/.exec(url);
  return {
    og: images.og[url] ?? null,
    source: m?.[1] === 'sources' ? (images.sourceImages[m[2]] ?? null) : null,
    portrait: m?.[1] === 'actors' ? (images.portraits[m[2]] ?? null) : null,
  };
}

interface Jobs {
  cards: SiteJob<void>;
  data: SiteJob<DataFilesStats>;
  search: SearchJob;
  /** The unchanged pages put in place (by a worker thread), then handed to the search index. */
  reuse: SiteJob<void>;
  reused: Promise<void>;
  /** The search index's shards: known before the render, since the search page names their bundles. */
  shards: SearchShard[];
}

/**
 * Step 5, before the render: unchanged pages are put in place from the previous site by a worker thread
 * while Eleventy renders, and handed to the search index once there, so search shards can start as soon as
 * the pages rendered in a batch complete them (Pagefind indexes in its own process while Eleventy renders).
 * The data files' job is made here and started after the render.
 */
function startJobs(dossier: Dossier, data: SiteData, pages: PagesToRender, opts: SiteOptions, settings: BuildSettings, staging: string, cards: SiteJob<void>, records: RecordDigests): Jobs {
  cards.start(staging);
  const shards = planSearchShards([...data.views.sources.map((s) => s.url_path), ...data.views.actors.map((v) => v.actor.url_path), ...data.views.events.map((e) => e.event.url_path)]);
  const search = searchJob({ shards, fingerprints: pages.fingerprints, cacheDir: opts.cacheDir });
  search.start(staging);
  // The pages of shards that hold a rendered page first, by this thread: those shards are indexed again, as
  // soon as complete.
  const indexed = new Set(shards.filter((s) => s.urls.some((u) => pages.render.has(u))).flatMap((s) => s.urls));
  const urgent = pages.reuse.filter((u) => indexed.has(u));
  const reuse = reusedPagesJob(opts.outDir, [...urgent, ...pages.reuse.filter((u) => !indexed.has(u))], [], (urls) => search.ready(urls), urgent.length);
  reuse.start(staging);
  const meta = { compiled: data.views.meta.compiled, siteUrl: settings.siteUrl, basePath: settings.basePath };
  const dataFiles = dataFilesJob(dossier, data.network, meta, { outDir: opts.outDir, indexFile: path.join(path.dirname(settings.manifestFile), 'data-files.json'), digests: records });
  const reused = reuse.finish();
  reused.catch(() => undefined); // observed by finishJobs; a failed build must not leave it unhandled
  return { cards, data: dataFiles, search, shards, reuse, reused };
}

/** Step 5: the pages to render through Eleventy, each batch handed to the search index once written. */
async function render(dossier: Dossier, data: SiteData, images: SiteImages, pages: PagesToRender, markdownOf: (id: string) => string | undefined, settings: BuildSettings, staging: string, jobs: Jobs): Promise<void> {
  // `bundles` go into src/href attributes (prefixed by Eleventy's HTML base plugin); `urls` into the search
  // page's script, which no HTML transform reads.
  const bundles = jobs.shards.map(bundlePath);
  const searchIndex = Object.freeze({ bundles, urls: bundles.map((b) => withBasePath(settings.basePath, b)) });
  await renderPages({
    pages: inShardOrder([...pages.render], jobs.shards),
    staging,
    data: { dossier, views: data.views, summary: data.summary, images, network: data.networkPage, changes: data.changes, searchIndex },
    site: { siteUrl: settings.siteUrl, basePath: settings.basePath, briefs: settings.briefs },
    markdownOf,
    written: (urls) => jobs.search.ready(urls),
  });
}

/**
 * The pages to render, a search shard's pages together (the rest after them, in their order): a shard is
 * indexed once all its pages are written, so Pagefind starts after the first batch instead of once every
 * page of a kind is written (shards spread a kind's pages by hash).
 */
export function inShardOrder(urls: string[], shards: SearchShard[]): string[] {
  const shardOf = new Map<string, number>();
  shards.forEach((shard, i) => shard.urls.forEach((u) => shardOf.set(u, i)));
  return urls.map((url, i) => ({ url, i, shard: shardOf.get(url) ?? shards.length })).sort((a, b) => a.shard - b.shard || a.i - b.i).map((p) => p.url);
}

/** Step 6: the reused pages, the preview cards (every page names its card, so the files must be there) and the data files. */
async function finishJobs(jobs: Jobs, images: SiteImages, progress: Progress): Promise<void> {
  await requiredStage('reused pages', () => jobs.reused);
  await jobs.cards.finish();
  for (const w of images.warnings) progress.info(`warning: ${w}`);
  const d = await requiredStage('data files', () => jobs.data.finish());
  if (process.env.DOSSIER_VERBOSE) progress.info(`data files: ${d.linked} of ${d.files} unchanged, ${d.made} of ${d.pieces} pieces made`);
}

async function finishSearch(search: SearchJob, progress: Progress): Promise<void> {
  const r = await search.finish();
  for (const e of r.errors) progress.info(`warning: search index: ${e}`);
  if (process.env.DOSSIER_VERBOSE) progress.info(`search: ${r.pages} pages in ${r.shards} shards, ${r.indexed} indexed, ${r.shards - r.indexed} reused`);
}

/** Step 7. Returns the pages whose brief link was taken out because the PDF is missing (rendered again next time). */
async function printBriefs(dossier: Dossier, views: SiteViews, opts: SiteOptions, settings: BuildSettings, staging: string, progress: Progress): Promise<string[]> {
  if (!settings.briefs) return [];
  const job = briefsJob(dossier, { cacheDir: opts.cacheDir, compiled: views.meta.compiled, progress, basePath: settings.basePath, siteUrl: settings.siteUrl });
  job.start(staging);
  return job.finish();
}
