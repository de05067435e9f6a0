// Images of the site: curated actor portraits and the pictures inside HTML sources go through
// @11ty/eleventy-img (avif + webp + jpeg/png, width/height known, hashed names); every actor and event
// page's social preview card is planned here too (preview-cards.ts draws them, in the background).
//
// Why it is shaped like this:
// - The site is rendered into a fresh staging folder each build, so eleventy-img's own "output exists"
//   check would never hit. Its output folder is therefore inside the persistent cache, and the files a
//   page needs are copied (reflinked where the filesystem can) into <outDir>/img/. An unchanged image
//   is never re-encoded.
// - Inputs come from scraped pages and analysts' files: anything odd (missing file, not an image,
//   remote URL, path escaping the sources folder) is a warning or a silent skip, never a throw.

import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { ArticleExtraction, Dossier } from '../lib/types.ts';
import { realPathOf, realPlace } from '../lib/path-containment.ts';
import { IMAGE_PATH } from './addresses.ts';
import { CONCURRENCY, errText, isFile, mapLimit, place } from './image-io.ts';
import { planPreviewCards, writePreviewCards, OG_CARD_LIMIT, type CardPlan, type PageCard } from './preview-cards.ts';
import { cleanText, escapeXml } from './svg-text.ts';

export interface ImageSet {
  html: string;
  width: number;
  height: number;
  alt: string;
}

export interface SiteImages {
  portraits: Record<string, ImageSet>;
  sourceImages: Record<string, ImageSet[]>;
  og: Record<string, PageCard>;
  warnings: string[];
}

export interface PrepareImagesInput {
  dossier: Dossier;
  extractions: ArticleExtraction[];
  sourcesDir: string;
  curationDir: string | null;
  /** The staging site folder: files are written under <outDir>/img/. */
  outDir: string;
  /** <cache>/images: eleventy-img's output cache and the preview-card cache. */
  cacheDir: string;
  /** Project root, the second place a relative portrait path is looked up in (default: the working directory). */
  projectDir?: string;
  /** Individual preview cards per kind of page (default OG_CARD_LIMIT). */
  cardLimit?: number;
}


// ---------------------------------------------------------------------------------------------------
// eleventy-img ships no types: describe the part we use.

interface EleventyImgStat {
  format: string;
  width: number;
  height: number;
  url: string;
  sourceType: string;
  srcset: string;
  filename?: string;
  outputPath?: string;
}
type EleventyImgMetadata = Record<string, EleventyImgStat[]>;
interface EleventyImgFn {
  (src: string | Buffer, options: Record<string, unknown>): Promise<EleventyImgMetadata>;
  concurrency: number;
}

const require = createRequire(import.meta.url);
let eleventyImg: EleventyImgFn | null = null;
function loadEleventyImg(): EleventyImgFn {
  if (!eleventyImg) {
    eleventyImg = require('@11ty/eleventy-img') as EleventyImgFn;
    // Bounded work: the build machine has ~2 cores and rendering runs next to us.
    eleventyImg.concurrency = CONCURRENCY;
  }
  return eleventyImg;
}
const PORTRAIT_WIDTHS = [320, 640];
const PORTRAIT_SIZES = '(max-width: 40rem) 50vw, 320px';
const SOURCE_WIDTHS = [480, 960];
const SOURCE_SIZES = '(max-width: 60rem) 100vw, 960px';
/** AVIF at sharp's default effort costs ~1 s per photo; effort 2 is several times faster for a few % size. */
const AVIF_OPTIONS = { effort: 2 };


// ---------------------------------------------------------------------------------------------------
// Raster images through eleventy-img

function isRemote(src: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src) && !/^file:/i.test(src);
}

function attr(name: string, value: string | number): string {
  return ` ${name}="${escapeXml(String(value))}"`;
}

/** <picture> markup from eleventy-img metadata, built here so every attribute is escaped the same way
 * and the fallback <img> always carries width/height, lazy loading and async decoding. */
export function pictureHtml(meta: EleventyImgMetadata, alt: string, sizes: string): ImageSet | null {
  const order = ['avif', 'webp', 'jpeg', 'png', 'gif', 'svg'];
  const present = Object.keys(meta).filter((f) => Array.isArray(meta[f]) && meta[f].length > 0);
  // Most efficient format first: the browser takes the first <source> it supports.
  const formats = [...order.filter((f) => present.includes(f)), ...present.filter((f) => !order.includes(f)).sort()];
  const fallbackFormat = ['jpeg', 'png', 'gif', 'webp', 'avif'].find((f) => formats.includes(f)) ?? formats[0];
  if (!fallbackFormat) return null;
  const fallback = meta[fallbackFormat];
  const largest = fallback[fallback.length - 1];
  const srcset = (list: EleventyImgStat[]) => list.map((s) => `${s.url} ${s.width}w`).join(', ');
  const multi = fallback.length > 1;
  const sources = formats
    .filter((f) => f !== fallbackFormat)
    .map((f) => `<source${attr('type', meta[f][0].sourceType)}${attr('srcset', srcset(meta[f]))}${attr('sizes', sizes)}>`)
    .join('');
  const cleanAlt = cleanText(alt);
  const img =
    `<img${attr('src', fallback[0].url)}` +
    (multi ? `${attr('srcset', srcset(fallback))}${attr('sizes', sizes)}` : '') +
    `${attr('width', largest.width)}${attr('height', largest.height)}${attr('alt', cleanAlt)} loading="lazy" decoding="async">`;
  return { html: `<picture>${sources}${img}</picture>`, width: largest.width, height: largest.height, alt: cleanAlt };
}

interface RasterJob {
  file: string;
  alt: string;
  widths: number[];
  sizes: string;
}

/** Run one local image through eleventy-img (output in the cache), copy its files into the site. */
async function processRaster(job: RasterJob, cacheDir: string, outDir: string): Promise<ImageSet | string> {
  let info: sharp.Metadata;
  try {
    info = await sharp(job.file, { failOn: 'error' }).metadata();
  } catch (e) {
    return `not a readable image (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!info.width || !info.height) return 'not a readable image (no dimensions)';
  // jpeg for photos; png keeps transparency and flat graphics (gif/svg/png inputs).
  const fallback = info.hasAlpha || info.format === 'gif' || info.format === 'svg' ? 'png' : 'jpeg';
  const Image = loadEleventyImg();
  const eleventyOut = path.join(cacheDir, 'eleventy');
  const run = (useCache: boolean) =>
    Image(job.file, {
      widths: job.widths,
      formats: ['avif', 'webp', fallback],
      outputDir: eleventyOut,
      urlPath: IMAGE_PATH,
      sharpAvifOptions: AVIF_OPTIONS,
      fixOrientation: true,
      failOnError: true,
      useCache,
    });
  const copyAll = async (meta: EleventyImgMetadata) => {
    for (const list of Object.values(meta)) {
      for (const s of list) {
        if (!s.filename) continue;
        await place(s.outputPath ?? path.join(eleventyOut, s.filename), path.join(outDir, 'img', s.filename));
      }
    }
  };
  // eleventy-img also remembers which folders it created, so make sure ours exists.
  await mkdir(eleventyOut, { recursive: true });
  let meta = await run(true);
  try {
    await copyAll(meta);
  } catch (e) {
    // eleventy-img remembers, per process, which outputs exist: if the cache folder was emptied
    // since (long-running serve/watch), encode again without its caches.
    if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') throw e;
    meta = await run(false);
    await copyAll(meta);
  }
  const set = pictureHtml(meta, job.alt, job.sizes);
  if (!set) return 'no image produced';
  return set;
}

/** Resolve an <img src> of an HTML source to a local file inside the sources folder, or null. */
export function resolveSourceImage(src: string, sourceFile: string, sourcesDir: string): { file: string; rootRelative: boolean } | null {
  if (typeof src !== 'string') return null;
  let s = src.trim();
  if (!s || /^data:/i.test(s) || isRemote(s)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^file:/i.test(s)) return null; // blob:, javascript:, about: ...
  const root = path.resolve(sourcesDir);
  let abs: string;
  let rootRelative = false;
  try {
    if (/^file:/i.test(s)) abs = fileURLToPath(s);
    else {
      s = s.replace(/[?#].*$/, '');
      try {
        s = decodeURIComponent(s);
      } catch {
        /* keep as written */
      }
      if (s.startsWith('/')) {
        // Root-relative on the original site: try it against the sources folder.
        rootRelative = true;
        abs = path.resolve(root, '.' + s);
      } else abs = path.resolve(root, path.dirname(sourceFile), s);
    }
  } catch {
    return null;
  }
  // Never publish a file from outside the sources folder because a scraped page pointed at it.
  const rel = path.relative(root, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return { file: abs, rootRelative };
}

type Warn = (line: string) => void;

/** The analysts' portraits (curation file), by actor id; a portrait that cannot be used is a warning. */
async function portraitSets(input: PrepareImagesInput, actors: Dossier['actors'], outDir: string, cacheDir: string, warn: Warn): Promise<Record<string, ImageSet>> {
  const portraits: Record<string, ImageSet> = {};
  const portraitJobs: { id: string; job: RasterJob; label: string }[] = [];
  for (const a of actors) {
    const p = a?.portrait;
    if (typeof p !== 'string' || !p.trim()) continue;
    const label = p.trim();
    if (isRemote(label) || /^data:/i.test(label)) {
      warn(`${label}: portrait of ${a.id} is not a local file (remote images are not fetched); skipped`);
      continue;
    }
    const candidates = path.isAbsolute(label)
      ? [label]
      : [input.curationDir ? path.resolve(input.curationDir, label) : null, path.resolve(input.projectDir ?? process.cwd(), label)].filter((x): x is string => !!x);
    let found: string | null = null;
    for (const c of candidates) {
      if (await isFile(c)) {
        found = c;
        break;
      }
    }
    if (!found) {
      warn(`${label}: portrait of ${a.id} not found (looked in ${candidates.join(', ')}); skipped`);
      continue;
    }
    portraitJobs.push({ id: a.id, label, job: { file: found, alt: `Portrait of ${a.name}`, widths: PORTRAIT_WIDTHS, sizes: PORTRAIT_SIZES } });
  }
  await mapLimit(portraitJobs, CONCURRENCY, async ({ id, job, label }) => {
    try {
      const r = await processRaster(job, cacheDir, outDir);
      if (typeof r === 'string') warn(`${label}: portrait of ${id}: ${r}; skipped`);
      else portraits[id] = r;
    } catch (e) {
      warn(`${label}: portrait of ${id} could not be processed (${errText(e)}); skipped`);
    }
  });
  return portraits;
}

/** The pictures saved with HTML sources (inside the sources folder only), by source id. */
async function sourceImageSets(input: PrepareImagesInput, sources: Dossier['sources'], outDir: string, cacheDir: string, warn: Warn): Promise<Record<string, ImageSet[]>> {
  const sourceImages: Record<string, ImageSet[]> = {};
  const idByFile = new Map(sources.map((s) => [s.file, s.id] as const));
  const sourceJobs: { id: string; file: string; job: RasterJob; src: string; rootRelative: boolean }[] = [];
  for (const x of Array.isArray(input.extractions) ? input.extractions : []) {
    const imgs = Array.isArray(x?.images) ? x.images : [];
    if (!imgs.length || !x.meta) continue;
    const id = idByFile.get(x.meta.file) ?? x.meta.id;
    const seen = new Set<string>();
    for (const im of imgs) {
      const r = resolveSourceImage(im?.src, x.meta.file, input.sourcesDir);
      if (!r || seen.has(r.file)) continue;
      seen.add(r.file);
      sourceJobs.push({
        id,
        file: x.meta.file,
        src: im.src,
        rootRelative: r.rootRelative,
        job: { file: r.file, alt: typeof im.alt === 'string' ? im.alt : '', widths: SOURCE_WIDTHS, sizes: SOURCE_SIZES },
      });
    }
  }
  const sourcesReal = realPathOf(input.sourcesDir);
  const sourceSets = await mapLimit(sourceJobs, CONCURRENCY, async (sj) => {
    // Inside the folder as written, but a symbolic link on the way may lead out of it: the real path decides.
    if (realPlace(sourcesReal, sj.job.file).place === 'outside') {
      warn(`${sj.file}: image ${sj.src} is a symbolic link to outside the sources folder; skipped`);
      return null;
    }
    if (!(await isFile(sj.job.file))) {
      // "/images/x.jpg" usually names a file on the original site, not one saved with the page.
      if (!sj.rootRelative) warn(`${sj.file}: image ${sj.src} not found next to the source; skipped`);
      return null;
    }
    try {
      const r = await processRaster(sj.job, cacheDir, outDir);
      if (typeof r === 'string') {
        warn(`${sj.file}: image ${sj.src}: ${r}; skipped`);
        return null;
      }
      return r;
    } catch (e) {
      warn(`${sj.file}: image ${sj.src} could not be processed (${errText(e)}); skipped`);
      return null;
    }
  });
  sourceJobs.forEach((sj, i) => {
    const set = sourceSets[i];
    if (!set) return;
    (sourceImages[sj.id] ??= []).push(set);
  });
  return sourceImages;
}

/**
 * The images stage: portraits and source pictures encoded and copied into the site (`input.outDir`), and
 * every actor and event page's preview card planned (`images.og`). The cards themselves are drawn by
 * writePreviewCards (in the background: the preview-cards job); `warn` adds its lines to `images.warnings`.
 * An image that cannot be used is a warning; anything else is an error for the stage's boundary (site.ts).
 */
export async function prepareSiteImages(input: PrepareImagesInput): Promise<{ images: SiteImages; cards: CardPlan; warn: Warn }> {
  const images: SiteImages = { portraits: {}, sourceImages: {}, og: {}, warnings: [] };
  const warned = new Set<string>();
  const warn = (line: string) => {
    if (!warned.has(line)) {
      warned.add(line);
      images.warnings.push(line);
    }
  };
  const dossier = input?.dossier;
  const actors = Array.isArray(dossier?.actors) ? dossier.actors : [];
  const events = Array.isArray(dossier?.events) ? dossier.events : [];
  const sources = Array.isArray(dossier?.sources) ? dossier.sources : [];
  const outDir = path.resolve(input.outDir);
  const cacheDir = path.resolve(input.cacheDir);
  images.portraits = await portraitSets(input, actors, outDir, cacheDir, warn);
  images.sourceImages = await sourceImageSets(input, sources, outDir, cacheDir, warn);
  const cards = planPreviewCards(actors, events, input.cardLimit ?? OG_CARD_LIMIT);
  images.og = cards.pages;
  return { images, cards, warn };
}

/** Prepares every image and waits until all preview cards are written. */
export async function prepareImages(input: PrepareImagesInput): Promise<SiteImages> {
  const { images, cards, warn } = await prepareSiteImages(input);
  await writePreviewCards(cards, path.resolve(input.cacheDir), path.resolve(input.outDir), warn).catch((e) => warn(`images: preview cards stopped early (${errText(e)})`));
  return images;
}
