// The write stage: generated Markdown + data -> Eleventy -> a complete site, swapped into place atomically.
// The site is built in a staging folder inside the cache and only replaces the previous site once it is
// complete, so an interrupted or failed build leaves the previous site as it was.
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { sourceMarkdown } from './markdown.ts';
import { summarise } from './summarise.ts';
import { buildNetwork, egoSvg, layoutNetwork, networkPage } from './network.ts';
import { diffDossiers } from './changes.ts';
import { writeDataFilesInBackground } from './exports.ts';
import { prepareImagesInBackground, type SiteImages } from './images.ts';
import type { ArticleExtraction, Dossier, SourceRecord } from '../lib/types.ts';
import type { SentenceMarkup } from './markdown.ts';
import { buildViews, type SiteViews } from './views.ts';
import { actorRelationLines, relationLines } from './relations.ts';
import { fileHash, loadManifest, pageFingerprints, relinkAnchors, reusePages, saveManifest, statPages, templateHash, type PageManifest } from './incremental.ts';
import { projectRoot, type CorpusResult } from '../pipeline.ts';
import { bundlePath, planSearchShards, startSearchIndexer } from './search.ts';
import type { Progress } from '../lib/progress.ts';
import { silentProgress } from '../lib/progress.ts';

/** Bump when sourceMarkdown's output changes for the same input (it is part of a source's input key). */
const SOURCE_INPUT_VERSION = 'source-md-1';

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
  /** The sources folder (for images inside HTML sources) and the curation file applied (for portraits). */
  sourcesDir: string;
  curationFile: string | null;
  progress?: Progress;
}


/**
 * Keeps <contentDir>/sources/<id>.md (the generated Markdown, for people to read) in step with the sources:
 * files of removed sources go; a file is (re)written unless its source is unchanged since the last build
 * and the file is there.
 */
function writeGeneratedMarkdown(contentDir: string, sources: Map<string, unknown>, markdownOf: (id: string) => string | undefined, unchanged: (id: string) => boolean): void {
  const dir = path.join(contentDir, 'sources');
  fs.mkdirSync(dir, { recursive: true });
  const wanted = new Set([...sources.keys()].map((id) => `${id}.md`));
  const present = new Set(fs.readdirSync(dir));
  for (const f of present) if (f.endsWith('.md') && !wanted.has(f)) fs.rmSync(path.join(dir, f));
  for (const id of sources.keys()) {
    const file = path.join(dir, `${id}.md`);
    if (present.has(`${id}.md`) && unchanged(id)) continue;
    const text = markdownOf(id);
    if (text === undefined) continue;
    if (!present.has(`${id}.md`) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  }
}

/** Replaces `target` by `staging` with renames; falls back to a copy across file systems. */
export function swapInto(staging: string, target: string): void {
  // A unique name: an earlier build's old site may still be being removed in the background.
  const trash = `${staging}.old-${process.pid}-${Date.now().toString(36)}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    if (fs.existsSync(target)) fs.renameSync(target, trash);
    fs.renameSync(staging, target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(staging, target, { recursive: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
  removeLater(trash);
}

/**
 * Removes a folder after the build: deleting a previous site of thousands of pages takes seconds that
 * no one waits for, so a detached `rm -rf` does it (synchronously where there is no `rm`). Leftovers of an
 * interrupted removal are swept by the next build (sweepOldSites).
 */
function removeLater(dir: string): void {
  if (!fs.existsSync(dir)) return;
  if (process.platform !== 'win32' && fs.existsSync('/bin/rm')) {
    try {
      spawn('/bin/rm', ['-rf', dir], { detached: true, stdio: 'ignore' }).unref();
      return;
    } catch {
      // fall through
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Old sites left next to the staging folder by builds whose background removal did not finish. */
function sweepOldSites(staging: string): void {
  const dir = path.dirname(staging);
  const prefix = `${path.basename(staging)}.old`;
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir)) if (e.startsWith(prefix)) removeLater(path.join(dir, e));
}

/** Pages per Eleventy run (see the render stage); DOSSIER_RENDER_BATCH overrides it (tests). */
const RENDER_BATCH = Math.max(1, Number(process.env.DOSSIER_RENDER_BATCH) || 500);
/** Templates whose pages are chosen page by page (global data `render`); every other template is a global page. */
const BATCHED_TEMPLATES = new Set([
  'content/actors/actor.njk',
  'content/events/event.njk',
  'content/claims-pages.njk',
  'content/timeline-months.njk',
  'content/sources-list.njk',
  'content/discrepancies.njk',
]);

/** Template files under content/ (project-relative, as Eleventy's ignores take them), without generated sources and assets. */
function listTemplates(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'sources' && e.name !== 'assets') walk(p);
      } else if (/\.(?:njk|md|html|liquid|11ty\.js)$/.test(e.name)) out.push(path.relative(projectRoot, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Who-against-whom lines on an actor page (most reported first; a bounded page). */
const ACTOR_RELATIONS = 30;
/** Open discrepancies listed on the summary page (a bounded page; /discrepancies/ has them all). */
const SUMMARY_DISCREPANCIES = 50;

export interface SiteResult {
  views: SiteViews;
  pages: number;
  /** Entity pages (source, actor, event) rendered by Eleventy this time, and reused unchanged from the previous build. */
  rendered: number;
  reused: number;
}

export async function buildSite(corpus: CorpusResult, opts: SiteOptions): Promise<SiteResult> {
  const progress = opts.progress ?? silentProgress;
  progress.stage('write');
  const t0 = Date.now();
  const views = buildViews(corpus.dossier, corpus.extractions, corpus.actorOf, corpus.copies);
  // Links to a claim cluster or a discrepancy must reach the page that holds it (those lists are paginated).
  const relink = { '/claims/#': views.clusterHref, '/discrepancies/#': views.discrepancyHref };
  const summary = relinkAnchors(summarise(corpus.dossier), relink);
  // The summary page lists open discrepancies; the discrepancies pages hold them all.
  if (Array.isArray(summary.discrepancies)) summary.discrepancies = summary.discrepancies.slice(0, SUMMARY_DISCREPANCIES);
  const t1 = Date.now();
  const network = layoutNetwork(buildNetwork(corpus.dossier, views.sentenceActors), 960, 720);
  for (const v of views.actors) v.egoSvg = egoSvg(network, v.actor.id);
  const lines = relationLines(corpus.dossier);
  for (const v of views.actors) v.relations = actorRelationLines(lines, v.actor.id).slice(0, ACTOR_RELATIONS);
  const changes = relinkAnchors(diffDossiers(opts.previous ?? null, corpus.dossier), relink);
  const t2 = Date.now();
  const siteUrl = opts.siteUrl ?? null;
  const xs = new Map(corpus.extractions.map((x) => [x.meta.id, x]));
  const viewOf = new Map(views.sources.map((s) => [s.id, s]));

  const outKey = createHash('sha256').update(path.resolve(opts.outDir)).digest('hex').slice(0, 12);
  const staging = path.join(opts.cacheDir, 'staging', outKey);
  fs.rmSync(staging, { recursive: true, force: true });
  sweepOldSites(staging);
  fs.mkdirSync(staging, { recursive: true });

  // Incremental rendering: every source, actor and event page has a fingerprint of exactly what it shows;
  // pages whose fingerprint is the one the previous build recorded (and whose file is still there, as
  // written) are copied from the previous site instead of rendered again.
  const manifestFile = path.join(opts.cacheDir, 'site', outKey, 'manifest.json');
  const previous: PageManifest | null = loadManifest(manifestFile);
  const globalHash = templateHash(projectRoot, { siteUrl, briefs: opts.briefs });

  // A source page's Markdown is a function of its extraction (content-addressed key), its record, the
  // actor links in its sentences and two display fields: when none changed since the last build, its
  // fingerprint is the recorded one and the Markdown is only generated if the page must be rendered.
  const sourceInputs = new Map<string, { record: SourceRecord; extraction: ArticleExtraction; markup: Map<number, SentenceMarkup>; extra: Record<string, unknown>; key: string }>();
  for (const record of corpus.dossier.sources) {
    const x = xs.get(record.id);
    if (!x) continue;
    const v = viewOf.get(record.id);
    const markup = views.markup.get(record.id) ?? new Map<number, SentenceMarkup>();
    const extra = {
      displayTitle: v?.title ?? record.file,
      copies: (v?.copies ?? []).map((c) => ({ id: c.id, title: c.title, outlet: c.outlet, url_path: c.url_path })),
    };
    const key = createHash('sha256')
      .update(`${SOURCE_INPUT_VERSION}\n${globalHash}\n${x.key}\n${JSON.stringify(record)}\n${JSON.stringify([...markup])}\n${JSON.stringify(extra)}`)
      .digest('hex');
    sourceInputs.set(record.id, { record, extraction: x, markup, extra, key });
  }
  const markdownMemo = new Map<string, string>();
  const markdownOf = (id: string): string | undefined => {
    let text = markdownMemo.get(id);
    const input = sourceInputs.get(id);
    if (text === undefined && input) {
      text = sourceMarkdown({ record: input.record, extraction: input.extraction, markup: input.markup, extra: input.extra });
      markdownMemo.set(id, text);
    }
    return text;
  };
  const sourceFingerprint = (id: string, url: string): string | undefined => {
    const p = previous?.pages[url];
    const input = sourceInputs.get(id);
    if (p?.input && input && p.input === input.key) return p.base;
    return undefined;
  };
  writeGeneratedMarkdown(opts.contentDir, sourceInputs, markdownOf, (id) => {
    const input = sourceInputs.get(id)!;
    return previous?.pages[input.record.url_path]?.input === input.key;
  });
  const t3 = Date.now();
  const base = pageFingerprints({ views, markdown: markdownOf, knownSource: sourceFingerprint, globalHash, listTemplateHash: (t) => fileHash(projectRoot, t) });
  const prevValid = (url: string, key: 'base' | 'fp', fp: string) => {
    const p = previous?.pages[url];
    return (
      !!p &&
      p[key] === fp &&
      statMatches(path.join(opts.outDir, url), p) &&
      // Its preview card must still be there to be carried over.
      (!p.og || fs.existsSync(path.join(opts.outDir, p.og.url.replace(/^\/+/, ''))))
    );
  };
  const t4 = Date.now();
  const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
  if (process.env.DOSSIER_VERBOSE) progress.info(`write: views+summary ${t1 - t0} ms, network ${t2 - t1} ms, markdown ${t3 - t2} ms (${markdownMemo.size} generated), fingerprints ${t4 - t3} ms; rss ${rssMb()} MB`);
  const changedBase = new Set([...base].filter(([url, fp]) => !prevValid(url, 'base', fp)).map(([url]) => url));

  progress.stage('images');
  const { images, cardsWritten } = await prepareImagesInBackground({
    dossier: corpus.dossier,
    extractions: corpus.extractions,
    sourcesDir: opts.sourcesDir,
    curationDir: opts.curationFile ? path.dirname(opts.curationFile) : null,
    outDir: staging,
    cacheDir: path.join(opts.cacheDir, 'images'),
    projectDir: projectRoot,
  });
  const fingerprints = new Map<string, string>();
  for (const [url, fp] of base) {
    fingerprints.set(url, createHash('sha256').update(fp).update(JSON.stringify(pageImages(images, url)) ?? '').digest('hex'));
  }
  const render = new Set([...fingerprints].filter(([url, fp]) => changedBase.has(url) || !prevValid(url, 'fp', fp)).map(([url]) => url));

  progress.stage('render');
  const { default: Eleventy } = await import('@11ty/eleventy');
  // Search shards are known before the render: the search page names their bundles.
  const searchUrls = [...views.sources.map((s) => s.url_path), ...views.actors.map((v) => v.actor.url_path), ...views.events.map((e) => e.event.url_path)];
  const searchShards = planSearchShards(searchUrls);
  const searchIndex = Object.freeze({ bundles: searchShards.map(bundlePath) });
  const networkData = networkPage(network, corpus.dossier);
  // Eleventy keeps every page it renders in memory until its run ends (~0.25 MB a page): the pages to
  // render go through it in batches, the global pages with the first batch, so memory stays bounded
  // whatever the corpus size.
  // Frozen at the top: Eleventy's data merge hands a frozen object over as it is instead of deep-copying
  // it into every template's data (its Merge shortcut looks at the top-level object only).
  for (const v of [corpus.dossier, views, summary, images, networkData, changes]) Object.freeze(v);
  const order = [...render];
  const batches: Set<string>[] = [];
  for (let i = 0; i < order.length || batches.length === 0; i += RENDER_BATCH) batches.push(new Set(order.slice(i, i + RENDER_BATCH)));
  const globalTemplates = listTemplates(path.join(projectRoot, 'content')).filter((t) => !BATCHED_TEMPLATES.has(t));
  // Unchanged pages come from the previous site first, so search shards can start as soon as the pages
  // rendered in a batch complete them: Pagefind indexes in its own process while Eleventy renders.
  const reuse = [...fingerprints.keys()].filter((url) => !render.has(url));
  reusePages(opts.outDir, staging, reuse, []);
  const searchIndexer = startSearchIndexer(staging, { shards: searchShards, fingerprints, cacheDir: opts.cacheDir });
  // data/dossier.json and the exports are written on the other core while Eleventy renders.
  const dataFilesWritten = writeDataFilesInBackground(corpus.dossier, network, staging, { compiled: views.meta.compiled, siteUrl });
  dataFilesWritten.catch(() => undefined); // awaited after the render; a failed render must not leave it unhandled
  searchIndexer.ready(reuse);
  const cwd = process.cwd();
  process.chdir(projectRoot); // Eleventy resolves its input, includes and data folders from the working directory.
  try {
    for (const [b, batch] of batches.entries()) {
      const elev = new Eleventy('content', staging, {
        // 'cli' makes the input/output given here win over the config file's dir settings.
        source: 'cli',
        quietMode: true,
        configPath: '.eleventy.js',
        config(cfg: any) {
          if (b > 0) for (const t of globalTemplates) cfg.ignores.add(t);
          cfg.addGlobalData('dossier', corpus.dossier);
          cfg.addGlobalData('views', views);
          // The entity and list pages to render in this batch (all of them, batch by batch, on a cold build).
          cfg.addGlobalData('render', Object.freeze({
            actors: views.actors.filter((v) => batch.has(v.actor.url_path)),
            events: views.events.filter((e) => batch.has(e.event.url_path)),
            claimPages: views.claimPages.filter((p) => batch.has(p.url)),
            timelinePages: views.timelinePages.filter((p) => batch.has(p.url)),
            sourcePages: views.sourcePages.filter((p) => batch.has(p.url)),
            discrepancyPages: views.discrepancyPages.filter((p) => batch.has(p.url)),
          }));
          cfg.addGlobalData('build', Object.freeze({ briefs: opts.briefs }));
          cfg.addGlobalData('summary', summary);
          cfg.addGlobalData('images', images);
          cfg.addGlobalData('network', networkData);
          cfg.addGlobalData('changes', changes);
          cfg.addGlobalData('searchIndex', searchIndex);
          cfg.addGlobalData('site', Object.freeze({ url: siteUrl, title: 'Dossier' }));
          for (const record of corpus.dossier.sources) {
            if (!batch.has(record.url_path)) continue;
            const text = markdownOf(record.id);
            if (text !== undefined) cfg.addTemplate(`sources/${record.id}.md`, text);
          }
        },
      });
      await elev.write();
      searchIndexer.ready(batch);
    }
  } catch (err) {
    await searchIndexer.abort();
    throw err;
  } finally {
    process.chdir(cwd);
  }
  // The preview cards were drawn next to the render; every page names its card, so wait for the files.
  await cardsWritten;
  for (const w of images.warnings) progress.info(`warning: ${w}`);
  if (process.env.DOSSIER_VERBOSE) progress.info(`render: ${render.size} of ${fingerprints.size} pages rendered, ${reuse.length} reused; rss ${rssMb()} MB`);

  await dataFilesWritten;

  progress.stage('search');
  const search = await searchIndexer.finish();
  for (const e of search.errors) progress.info(`warning: search index: ${e}`);
  if (process.env.DOSSIER_VERBOSE) progress.info(`search: ${search.pages} pages in ${search.shards} shards, ${search.indexed} indexed, ${search.shards - search.indexed} reused`);

  if (opts.briefs) {
    const { makeBriefs } = await import('./briefs.ts');
    try {
      await makeBriefs(staging, corpus.dossier, { cacheDir: opts.cacheDir, compiled: views.meta.compiled, progress });
    } catch (err) {
      // The site is still worth publishing without PDFs; the reason is one line.
      progress.info(`warning: briefs: not printed (${(err as Error).message.split('\n')[0]})`);
    }
  }

  const inputKeyOf = new Map([...sourceInputs.values()].map((i) => [i.record.url_path, i.key]));
  // Record what each page file is now (size and time survive the rename into place) before the swap.
  const stats = statPages(staging, [...fingerprints.keys()]);
  progress.stage('publish');
  // The old manifest goes first: a crash between the swap and the new manifest only costs a full render.
  fs.rmSync(manifestFile, { force: true });
  swapInto(staging, opts.outDir);
  saveManifest(manifestFile, {
    version: 1,
    stats: { rendered: render.size, reused: reuse.length, renderedUrls: [...render].sort() },
    pages: Object.fromEntries(
      [...fingerprints].map(([url, fp]) => [
        url,
        { fp, base: base.get(url) as string, og: images.og[url] ?? null, ...(stats.get(url) ?? { size: -1, mtimeMs: -1 }), ...(inputKeyOf.has(url) ? { input: inputKeyOf.get(url) } : {}) },
      ]),
    ),
  });
  progress.done();
  return { views, pages: sourceInputs.size, rendered: render.size, reused: reuse.length };
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

function statMatches(dir: string, p: { size: number; mtimeMs: number }): boolean {
  try {
    const st = fs.statSync(path.join(dir, 'index.html'));
    return st.size === p.size && st.mtimeMs === p.mtimeMs;
  } catch {
    return false;
  }
}
