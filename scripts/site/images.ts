// Images of the site: curated actor portraits and the pictures inside HTML sources go through
// @11ty/eleventy-img (avif + webp + jpeg/png, width/height known, hashed names), and every actor and
// event page gets a social preview card (1200×630 PNG) drawn from an SVG we generate.
//
// Why it is shaped like this:
// - The site is rendered into a fresh staging folder each build, so eleventy-img's own "output exists"
//   check would never hit. Its output folder is therefore inside the persistent cache, and the files a
//   page needs are copied (reflinked where the filesystem can) into <outDir>/img/. An unchanged image
//   is never re-encoded.
// - Preview cards are content-addressed: the PNG's name is a hash of the SVG text, and the PNG is kept
//   in <cacheDir>/og/, so a warm build copies ~3,000 files instead of rasterising them.
// - Inputs come from scraped pages and analysts' files: anything odd (missing file, not an image,
//   remote URL, path escaping the sources folder) is a warning or a silent skip, never a throw.

import { createHash } from 'node:crypto';
import { constants as fsConstants, existsSync } from 'node:fs';
import { copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { ActorRecord, ArticleExtraction, Dossier, EventRecord } from '../lib/types.ts';
import { MONTH_NAMES } from '../lib/months.ts';
import { realPathOf, realPlace } from '../lib/path-containment.ts';
import { IMAGE_PATH, previewCardPath } from './addresses.ts';

export interface ImageSet {
  html: string;
  width: number;
  height: number;
  alt: string;
}

export interface SiteImages {
  portraits: Record<string, ImageSet>;
  sourceImages: Record<string, ImageSet[]>;
  og: Record<string, { url: string; width: number; height: number; alt: string }>;
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

/** Parallel encodes at once (sharp/libvips already uses threads inside each). */
const CONCURRENCY = 2;
/** Parallel file copies on a warm build (I/O, not CPU). */
const COPY_CONCURRENCY = 16;
/** Bump when the card layout changes: part of the card hash, so old cached PNGs are not reused. */
const CARD_VERSION = 'og-card-v1';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const PORTRAIT_WIDTHS = [320, 640];
const PORTRAIT_SIZES = '(max-width: 40rem) 50vw, 320px';
const SOURCE_WIDTHS = [480, 960];
const SOURCE_SIZES = '(max-width: 60rem) 100vw, 960px';
/** AVIF at sharp's default effort costs ~1 s per photo; effort 2 is several times faster for a few % size. */
const AVIF_OPTIONS = { effort: 2 };

// ---------------------------------------------------------------------------------------------------
// Text helpers

/** XML/HTML text and attribute escaping; also drops characters XML 1.0 forbids (an SVG with a stray
 * control character or lone surrogate would not render at all). */
export function escapeXml(s: string): string {
  return cleanText(s).replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

function cleanText(s: unknown): string {
  if (typeof s !== 'string') return '';
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Approximate advance width in em of a string in a bold system sans-serif (DejaVu Sans Bold is the
 * widest common fallback, so the estimate is on the generous side): there are no font metrics at build
 * time, and overflowing the card is worse than wrapping a little early. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === ' ') w += 0.35;
    else if (/[ilj.,:;'!|()\[\]`]/.test(ch)) w += 0.38;
    else if (/[MW]/.test(ch)) w += 1.07;
    else if (/[mw@]/.test(ch)) w += 1.0;
    else if (/[A-Z]/.test(ch)) w += 0.8;
    else if (/[0-9a-z]/.test(ch)) w += 0.7;
    else if (c >= 0x1100) w += 1.0; // CJK, emoji and other wide scripts
    else w += 0.75;
  }
  return w;
}

/** Greedy word wrap to `max` units of `measure` (characters by default). A word longer than a line is
 * cut; text beyond `maxLines` is dropped and the last line ends in an ellipsis. */
export function wrapText(text: string, max: number, maxLines: number, measure: (s: string) => number = (s) => [...s].length): string[] {
  const words = cleanText(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let truncated = false;
  const push = (l: string): boolean => {
    if (lines.length >= maxLines) {
      truncated = true;
      return false;
    }
    lines.push(l);
    return true;
  };
  outer: for (const word of words) {
    const joined = line ? line + ' ' + word : word;
    if (measure(joined) <= max) {
      line = joined;
      continue;
    }
    if (line && !push(line)) break;
    line = '';
    // Hard-cut a word wider than a line (URLs, long compounds).
    let rest = word;
    while (measure(rest) > max) {
      let cut = '';
      for (const ch of rest) {
        if (cut && measure(cut + ch) > max) break;
        cut += ch;
      }
      if (!push(cut)) break outer;
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  if (line && !truncated) push(line);
  if (truncated && lines.length) {
    let last = lines[lines.length - 1].replace(/[\s,;:.\-–—]+$/, '');
    // Make room for the ellipsis by dropping whole words first, characters only within a single word.
    while (last && measure(last + '…') > max) {
      const sp = last.lastIndexOf(' ');
      last = (sp > 0 ? last.slice(0, sp) : [...last].slice(0, -1).join('')).replace(/[\s,;:.\-–—]+$/, '');
    }
    lines[lines.length - 1] = last + '…';
  }
  return lines;
}

/** "2020-01-03" -> "3 January 2020", "2020-01" -> "January 2020", "2020" -> "2020"; anything else as is. */
export function dateLabel(d: string | null | undefined): string {
  if (typeof d !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return cleanText(d);
  const month = m[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (m[2] && !month) return d;
  if (m[3]) return `${Number(m[3])} ${month} ${m[1]}`;
  if (month) return `${month} ${m[1]}`;
  return m[1];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------------
// Preview cards

export interface CardText {
  /** Kicker above the title: "Person", "Event · attack". */
  kind: string;
  title: string;
  /** Line under the title: date and counts. */
  detail: string;
  /** Accent colour (#rrggbb). */
  accent: string;
}

const ACCENTS: Record<string, string> = {
  person: '#9a3412',
  organization: '#1e4e79',
  place: '#2f6b3a',
  event: '#6b2e5f',
};

export function actorCard(a: ActorRecord): CardText {
  const sources = new Set<string>();
  let mentions = 0;
  for (const m of Array.isArray(a.mentions) ? a.mentions : []) {
    if (!m) continue;
    sources.add(String(m.source));
    mentions += Number.isFinite(m.count) ? m.count : 0;
  }
  const type = typeof a.type === 'string' ? a.type : 'actor';
  return {
    kind: type === 'organization' ? 'Organisation' : type.charAt(0).toUpperCase() + type.slice(1),
    title: typeof a.name === 'string' ? a.name : String(a.id ?? ''),
    detail: `Named ${plural(mentions, 'time')} in ${plural(sources.size, 'source')}`,
    accent: ACCENTS[type] ?? ACCENTS.event,
  };
}

export function eventCard(e: EventRecord): CardText {
  const parts: string[] = [];
  const date = dateLabel(e.date);
  if (date) parts.push(date);
  const reports = Number.isFinite(e.independent_reports) ? e.independent_reports : 0;
  parts.push(plural(reports, 'independent report'));
  const nSources = Array.isArray(e.sources) ? e.sources.length : 0;
  if (nSources !== reports) parts.push(plural(nSources, 'source'));
  return {
    kind: `Event${e.type && e.type !== 'other' ? ' · ' + String(e.type) : ''}`,
    title: typeof e.title === 'string' ? e.title : String(e.id ?? ''),
    detail: parts.join(' · '),
    accent: ACCENTS.event,
  };
}

const FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/** A small SVG card: no external fonts or images, so librsvg renders it in a few ms. */
export function cardSvg(c: CardText): string {
  const accent = /^#[0-9a-fA-F]{6}$/.test(c.accent) ? c.accent : ACCENTS.event;
  const textWidth = 1008; // 96 px margins inside 1200
  // Big type when the title fits on two lines, smaller and up to three lines otherwise.
  let titleSize = 68;
  let title = wrapText(c.title, textWidth / titleSize, 2, emWidth);
  if (title.length && title[title.length - 1].endsWith('…') && !c.title.trim().endsWith('…')) {
    titleSize = 54;
    title = wrapText(c.title, textWidth / titleSize, 3, emWidth);
  }
  const lineH = Math.round(titleSize * 1.2);
  // Title block centred between the kicker (y 120) and the detail line (y 470).
  const firstBaseline = Math.round(295 - ((title.length - 1) * lineH) / 2 + titleSize * 0.35);
  const tspans = title
    .map((l, i) => `<tspan x="96" y="${firstBaseline + i * lineH}">${escapeXml(l)}</tspan>`)
    .join('');
  const detail = wrapText(c.detail, textWidth / 32 / 0.85, 1, emWidth)[0] ?? '';
  const kind = wrapText(c.kind.toUpperCase(), textWidth / 30 / 1.1, 1, emWidth)[0] ?? '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#f7f5f0"/>` +
    `<rect width="24" height="${OG_HEIGHT}" fill="${accent}"/>` +
    `<text x="96" y="120" font-family="${FONT}" font-size="30" font-weight="bold" letter-spacing="3" fill="${accent}">${escapeXml(kind)}</text>` +
    `<text font-family="${FONT}" font-size="${titleSize}" font-weight="bold" fill="#1a1a1a">${tspans}</text>` +
    `<text x="96" y="470" font-family="${FONT}" font-size="32" fill="#404040">${escapeXml(detail)}</text>` +
    `<rect x="96" y="520" width="1008" height="3" fill="#d6d1c4"/>` +
    `<text x="96" y="580" font-family="${FONT}" font-size="36" font-weight="bold" fill="#1a1a1a">Dossier</text>` +
    `</svg>`
  );
}

function sha(s: string | Buffer, n = 16): string {
  return createHash('sha256').update(s).digest('hex').slice(0, n);
}

/** Rasterise a card into the content-addressed cache (if absent) and return the cached path. */
async function renderCard(svg: string, hash: string, cacheDir: string): Promise<string> {
  const cached = path.join(cacheDir, 'og', `${hash}.png`);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer();
  await writeAtomic(cached, png);
  return cached;
}

async function writeAtomic(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Copy, as a reflink where the filesystem supports it (cache and site usually share a disk). */
async function place(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(from, to, fsConstants.COPYFILE_FICLONE);
}

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

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Run tasks with at most `limit` in flight; results in input order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function errText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// ---------------------------------------------------------------------------------------------------

/** Prepares every image and waits until all preview cards are written. */
export async function prepareImages(input: PrepareImagesInput): Promise<SiteImages> {
  const { images, cardsWritten } = await prepareImagesInBackground(input);
  await cardsWritten;
  return images;
}

/**
 * Like prepareImages, but returns as soon as every page's image markup and card URL are known; the
 * preview-card files are rasterised and copied in the background (`cardsWritten`, never rejects; its
 * warnings are added to `images.warnings`).
 */
export async function prepareImagesInBackground(input: PrepareImagesInput): Promise<{ images: SiteImages; cardsWritten: Promise<void> }> {
  const result: SiteImages = { portraits: {}, sourceImages: {}, og: {}, warnings: [] };
  let cardsDone: Promise<void> = Promise.resolve();
  const warned = new Set<string>();
  const warn = (line: string) => {
    if (!warned.has(line)) {
      warned.add(line);
      result.warnings.push(line);
    }
  };
  try {
    const dossier = input?.dossier;
    const actors = Array.isArray(dossier?.actors) ? dossier.actors : [];
    const events = Array.isArray(dossier?.events) ? dossier.events : [];
    const sources = Array.isArray(dossier?.sources) ? dossier.sources : [];
    const outDir = path.resolve(input.outDir);
    const cacheDir = path.resolve(input.cacheDir);

    // --- portraits ------------------------------------------------------------------------------
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
        else result.portraits[id] = r;
      } catch (e) {
        warn(`${label}: portrait of ${id} could not be processed (${errText(e)}); skipped`);
      }
    });

    // --- images inside HTML sources ---------------------------------------------------------------
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
      (result.sourceImages[sj.id] ??= []).push(set);
    });

    // --- social preview cards ---------------------------------------------------------------------
    // Which page gets which card is decided for every page on every build (cheap: text and a hash), so
    // a page's card never depends on which pages happened to change. Only the most significant pages get
    // a card of their own (rasterising costs ~10 ms a card, ten times a rendered page); the rest share
    // one card per kind.
    const cardPages = cardPagesOf(actors, events, input.cardLimit ?? OG_CARD_LIMIT);
    const byHash = new Map<string, string>();
    const assigned: { urlPath: string; hash: string; alt: string; fallback: string }[] = [];
    const cardOf = (card: CardText) => {
      const svg = cardSvg(card);
      const hash = sha(CARD_VERSION + '\n' + svg);
      byHash.set(hash, svg);
      return hash;
    };
    const generic = new Map<string, { hash: string; alt: string }>();
    const genericCard = (kind: string) => {
      let g = generic.get(kind);
      if (!g) {
        const card = kindCard(kind);
        g = { hash: cardOf(card), alt: cleanText(`${card.kind}: ${card.title}. ${card.detail}`) };
        generic.set(kind, g);
      }
      return g;
    };
    for (const { urlPath, card, kind } of cardPages) {
      const g = genericCard(kind);
      if (card) assigned.push({ urlPath, hash: cardOf(card), alt: cleanText(`${card.kind}: ${card.title}. ${card.detail}`), fallback: g.hash });
      else assigned.push({ urlPath, hash: g.hash, alt: g.alt, fallback: g.hash });
    }
    for (const r of assigned) result.og[r.urlPath] = { url: previewCardPath(r.hash), width: OG_WIDTH, height: OG_HEIGHT, alt: r.alt };
    // Rasterise only what the cache lacks, then copy every card the pages name into the site. This runs
    // in libvips threads while the caller renders pages (background), so it uses the second core.
    const entries = [...byHash].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const fallbackOf = new Map(assigned.map((r) => [r.hash, r.fallback]));
    cardsDone = (async () => {
      const missing = entries.filter(([hash]) => !existsSync(path.join(cacheDir, 'og', `${hash}.png`)));
      const failed = new Set<string>();
      // Shared cards first: a card that fails falls back to its kind's card.
      const shared = new Set([...generic.values()].map((g) => g.hash));
      missing.sort((a, b) => Number(!shared.has(a[0])) - Number(!shared.has(b[0])));
      await mapLimit(missing, CONCURRENCY, async ([hash, svg]) => {
        try {
          await renderCard(svg, hash, cacheDir);
        } catch (e) {
          failed.add(hash);
          warn(`preview card ${hash}: could not be rendered (${errText(e)}); the page shows its kind's card`);
        }
      });
      await mapLimit(entries, COPY_CONCURRENCY, async ([hash]) => {
        const from = failed.has(hash) ? fallbackOf.get(hash) : hash;
        if (!from || failed.has(from)) return;
        try {
          await place(path.join(cacheDir, 'og', `${from}.png`), path.join(outDir, 'img', 'og', `${hash}.png`));
        } catch (e) {
          warn(`preview card ${hash}: could not be copied into the site (${errText(e)}); skipped`);
        }
      });
    })();
  } catch (e) {
    warn(`images: stopped early (${errText(e)})`);
  }
  const cardsWritten = cardsDone.catch((e) => warn(`images: preview cards stopped early (${errText(e)})`));
  return { images: result, cardsWritten };
}

/** Individual preview cards per kind of page (actors, events); beyond it pages share their kind's card. */
export const OG_CARD_LIMIT = 100;

/** The shared card of a kind of page. */
export function kindCard(kind: string): CardText {
  const label: Record<string, [string, string]> = {
    person: ['Person', 'Person profile'],
    organization: ['Organisation', 'Organisation profile'],
    place: ['Place', 'Place profile'],
    event: ['Event', 'Event record'],
  };
  const [k, title] = label[kind] ?? ['Actor', 'Actor profile'];
  return { kind: k, title, detail: 'Sources, claims and events, each linked to its sentence', accent: ACCENTS[kind] ?? ACCENTS.event };
}

/**
 * Every actor and event page with its card: the `limit` most reported actors and events get their own
 * (ranked by independent sources, then mentions or sources, then id, so the choice is deterministic), the
 * others `card: null` (their kind's shared card).
 */
export function cardPagesOf(actors: ActorRecord[], events: EventRecord[], limit: number): { urlPath: string; kind: string; card: CardText | null }[] {
  const out: { urlPath: string; kind: string; card: CardText | null }[] = [];
  const actorRank = actors
    .filter((a) => a && typeof a.url_path === 'string')
    .map((a) => {
      const ms = Array.isArray(a.mentions) ? a.mentions : [];
      const sources = new Set(ms.map((m) => m?.source)).size;
      const mentions = ms.reduce((n, m) => n + (Number.isFinite(m?.count) ? m.count : 0), 0);
      return { a, sources, mentions };
    })
    .sort((x, y) => y.sources - x.sources || y.mentions - x.mentions || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  actorRank.forEach(({ a }, i) => out.push({ urlPath: a.url_path, kind: typeof a.type === 'string' ? a.type : 'actor', card: i < limit ? actorCard(a) : null }));
  const eventRank = events
    .filter((e) => e && typeof e.url_path === 'string')
    .map((e) => ({ e, reports: Number.isFinite(e.independent_reports) ? e.independent_reports : 0, sources: Array.isArray(e.sources) ? e.sources.length : 0 }))
    .sort((x, y) => y.reports - x.reports || y.sources - x.sources || (x.e.id < y.e.id ? -1 : x.e.id > y.e.id ? 1 : 0));
  eventRank.forEach(({ e }, i) => out.push({ urlPath: e.url_path, kind: 'event', card: i < limit ? eventCard(e) : null }));
  return out;
}
