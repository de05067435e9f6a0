// The render step: Eleventy over the pages to render, in batches (the global pages with the first), with
// the dossier, the views and the other page data as global data and the source pages as virtual templates.
import fs from 'node:fs';
import path from 'node:path';
import type { Dossier } from '../lib/types.ts';
import { projectRoot } from '../pipeline.ts';
import { publicRoot, templateFilters } from './addresses.ts';
import type { SiteImages } from './images.ts';
import type { SiteViews } from './views/index.ts';

/** Pages per Eleventy run; DOSSIER_RENDER_BATCH overrides it (tests). */
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

/** The global data of the pages (frozen: see renderPages). */
export interface PageData {
  dossier: Dossier;
  views: SiteViews;
  summary: unknown;
  images: SiteImages;
  network: unknown;
  changes: unknown;
  searchIndex: unknown;
}

export interface RenderInput {
  /** The pages to render (url paths), in order. */
  pages: string[];
  staging: string;
  data: PageData;
  site: { siteUrl: string | null; basePath: string; briefs: boolean };
  markdownOf: (id: string) => string | undefined;
  /** Called with each batch's pages once they are written. */
  written: (urls: Set<string>) => void;
}

/**
 * Eleventy keeps every page it renders in memory until its run ends (~0.25 MB a page): the pages to render
 * go through it in batches, the global pages with the first, so memory stays bounded whatever the corpus
 * size. Eleventy's own log ("[11ty] Wrote N files") is off unless --verbose: the CLI reports what happened.
 */
export async function renderPages(r: RenderInput): Promise<void> {
  const { staging, data, site, markdownOf } = r;
  const batches: Set<string>[] = [];
  for (let i = 0; i < r.pages.length || batches.length === 0; i += RENDER_BATCH) batches.push(new Set(r.pages.slice(i, i + RENDER_BATCH)));
  const globalTemplates = listTemplates(path.join(projectRoot, 'content')).filter((t) => !BATCHED_TEMPLATES.has(t));
  // Frozen at the top: Eleventy's data merge hands a frozen object over as it is instead of deep-copying
  // it into every template's data (its Merge shortcut looks at the top-level object only).
  for (const v of Object.values(data)) Object.freeze(v);
  const { default: Eleventy } = await import('@11ty/eleventy');
  const cwd = process.cwd();
  process.chdir(projectRoot); // Eleventy resolves its input, includes and data folders from the working directory.
  try {
    for (const [b, batch] of batches.entries()) {
      const elev = new Eleventy('content', staging, {
        // 'cli' makes the input/output given here win over the config file's dir settings.
        source: 'cli',
        quietMode: true,
        configPath: '.eleventy.js',
        // Links in the HTML output get the base path from Eleventy's HTML base plugin (.eleventy.js).
        pathPrefix: site.basePath,
        config(cfg: any) {
          for (const [name, filter] of Object.entries(templateFilters)) cfg.addFilter(name, filter);
          if (b > 0) for (const t of globalTemplates) cfg.ignores.add(t);
          cfg.addGlobalData('dossier', data.dossier);
          cfg.addGlobalData('views', data.views);
          // The entity and list pages to render in this batch (all of them, batch by batch, on a cold build).
          cfg.addGlobalData('render', Object.freeze({
            actors: data.views.actors.filter((v) => batch.has(v.actor.url_path)),
            events: data.views.events.filter((e) => batch.has(e.event.url_path)),
            claimPages: data.views.claimPages.filter((p) => batch.has(p.url)),
            timelinePages: data.views.timelinePages.filter((p) => batch.has(p.url)),
            sourcePages: data.views.sourcePages.filter((p) => batch.has(p.url)),
            discrepancyPages: data.views.discrepancyPages.filter((p) => batch.has(p.url)),
          }));
          cfg.addGlobalData('build', Object.freeze({ briefs: site.briefs }));
          cfg.addGlobalData('summary', data.summary);
          cfg.addGlobalData('images', data.images);
          cfg.addGlobalData('network', data.network);
          cfg.addGlobalData('changes', data.changes);
          cfg.addGlobalData('searchIndex', data.searchIndex);
          cfg.addGlobalData('site', Object.freeze({ url: publicRoot(site.siteUrl, site.basePath), title: 'Dossier', basePath: site.basePath }));
          for (const record of data.dossier.sources) {
            if (!batch.has(record.url_path)) continue;
            const text = markdownOf(record.id);
            if (text !== undefined) cfg.addTemplate(`sources/${record.id}.md`, text);
          }
        },
      });
      if (!process.env.DOSSIER_VERBOSE) (elev as unknown as { disableLogger(): void }).disableLogger();
      await elev.write();
      r.written(batch);
    }
  } finally {
    process.chdir(cwd);
  }
}
