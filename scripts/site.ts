// The write stage: generated Markdown + data -> Eleventy -> a complete site, swapped into place atomically.
// The site is built in a staging folder inside the cache and only replaces the previous site once it is
// complete, so an interrupted or failed build leaves the previous site as it was.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { sourceMarkdown } from './markdown.ts';
import { summarise } from './summarise.ts';
import { buildNetwork, egoSvg, layoutNetwork, networkPage } from './network.ts';
import { diffDossiers } from './changes.ts';
import { writeExports } from './exports.ts';
import { prepareImages } from './images.ts';
import type { Dossier } from './types.ts';
import { buildViews, type SiteViews } from './views.ts';
import { projectRoot, type CorpusResult } from './pipeline.ts';
import type { Progress } from './progress.ts';
import { silentProgress } from './progress.ts';

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

/** Stable JSON: keys in the order the records were built (fixed by the code), arrays pre-sorted. */
export function dossierJson(corpus: CorpusResult): string {
  return JSON.stringify(corpus.dossier, null, 2) + '\n';
}

function writeGeneratedMarkdown(contentDir: string, pages: Map<string, string>): void {
  const dir = path.join(contentDir, 'sources');
  fs.mkdirSync(dir, { recursive: true });
  const wanted = new Set([...pages.keys()].map((id) => `${id}.md`));
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.md') && !wanted.has(f)) fs.rmSync(path.join(dir, f));
  for (const [id, text] of pages) {
    const file = path.join(dir, `${id}.md`);
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  }
}

/** Replaces `target` by `staging` with renames; falls back to a copy across file systems. */
export function swapInto(staging: string, target: string): void {
  const trash = `${staging}.old`;
  fs.rmSync(trash, { recursive: true, force: true });
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
  fs.rmSync(trash, { recursive: true, force: true });
}

export async function buildSite(corpus: CorpusResult, opts: SiteOptions): Promise<{ views: SiteViews; pages: number }> {
  const progress = opts.progress ?? silentProgress;
  progress.stage('write');
  const views = buildViews(corpus.dossier, corpus.extractions, corpus.actorOf, corpus.copies);
  const summary = summarise(corpus.dossier);
  const network = layoutNetwork(buildNetwork(corpus.dossier, views.sentenceActors), 960, 720);
  for (const v of views.actors) v.egoSvg = egoSvg(network, v.actor.id);
  const changes = diffDossiers(opts.previous ?? null, corpus.dossier);
  const siteUrl = opts.siteUrl ?? null;
  const xs = new Map(corpus.extractions.map((x) => [x.meta.id, x]));
  const viewOf = new Map(views.sources.map((s) => [s.id, s]));
  const pages = new Map<string, string>();
  for (const record of corpus.dossier.sources) {
    const x = xs.get(record.id);
    if (!x) continue;
    const v = viewOf.get(record.id);
    pages.set(
      record.id,
      sourceMarkdown({
        record,
        extraction: x,
        markup: views.markup.get(record.id) ?? new Map(),
        extra: {
          displayTitle: v?.title ?? record.file,
          copies: (v?.copies ?? []).map((c) => ({ id: c.id, title: c.title, outlet: c.outlet, url_path: c.url_path })),
        },
      }),
    );
  }
  writeGeneratedMarkdown(opts.contentDir, pages);

  const staging = path.join(opts.cacheDir, 'staging', createHash('sha256').update(path.resolve(opts.outDir)).digest('hex').slice(0, 12));
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });

  progress.stage('images');
  const images = await prepareImages({
    dossier: corpus.dossier,
    extractions: corpus.extractions,
    sourcesDir: opts.sourcesDir,
    curationDir: opts.curationFile ? path.dirname(opts.curationFile) : null,
    outDir: staging,
    cacheDir: path.join(opts.cacheDir, 'images'),
    projectDir: projectRoot,
  });
  for (const w of images.warnings) progress.info(`warning: ${w}`);

  progress.stage('render');
  const { default: Eleventy } = await import('@11ty/eleventy');
  const cwd = process.cwd();
  process.chdir(projectRoot); // Eleventy resolves its input, includes and data folders from the working directory.
  try {
    const elev = new Eleventy('content', staging, {
      // 'cli' makes the input/output given here win over the config file's dir settings.
      source: 'cli',
      quietMode: true,
      configPath: '.eleventy.js',
      config(cfg: any) {
        cfg.addGlobalData('dossier', corpus.dossier);
        cfg.addGlobalData('views', views);
        cfg.addGlobalData('build', { briefs: opts.briefs });
        cfg.addGlobalData('summary', summary);
        cfg.addGlobalData('images', images);
        cfg.addGlobalData('network', networkPage(network, corpus.dossier));
        cfg.addGlobalData('changes', changes);
        cfg.addGlobalData('site', { url: siteUrl, title: 'Dossier' });
        for (const [id, text] of pages) cfg.addTemplate(`sources/${id}.md`, text);
      },
    });
    await elev.write();
  } finally {
    process.chdir(cwd);
  }

  const dataDir = path.join(staging, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'dossier.json'), dossierJson(corpus));
  writeExports(corpus.dossier, network, staging, { compiled: views.meta.compiled, siteUrl });

  progress.stage('search');
  const { indexSite } = await import('./search.ts');
  const search = await indexSite(staging);
  for (const e of search.errors) progress.info(`warning: search index: ${e}`);

  if (opts.briefs) {
    const { makeBriefs } = await import('./briefs.ts');
    try {
      await makeBriefs(staging, corpus.dossier, { cacheDir: opts.cacheDir, compiled: views.meta.compiled, progress });
    } catch (err) {
      // The site is still worth publishing without PDFs; the reason is one line.
      progress.info(`warning: briefs: not printed (${(err as Error).message.split('\n')[0]})`);
    }
  }

  progress.stage('publish');
  swapInto(staging, opts.outDir);
  progress.done();
  return { views, pages: pages.size };
}
