// The page manifest: what the previous build wrote, page by page (the fingerprint of what each page shows,
// its preview card, the size and time of its file). Kept in the cache per output folder; a page whose
// fingerprint is unchanged and whose file is still there as written is reused instead of rendered again
// (incremental.ts). Written after the site is published (site.ts); the swap itself is atomic-swap.ts.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { pageFile } from './addresses.ts';
import type { PageCard } from './preview-cards.ts';

export interface PageRecord {
  /** Fingerprint of everything the page renders, images included. */
  fp: string;
  /** The same without images (what decides whether its preview card is needed again). */
  base: string;
  og: PageCard | null;
  size: number;
  mtimeMs: number;
  /** Source pages: the key of everything their Markdown is made from (source-pages.ts), to skip regenerating it. */
  input?: string;
}

export interface PageManifest {
  version: number;
  /** What the build that wrote the manifest did: counts, and which entity pages it rendered. */
  stats: { rendered: number; reused: number; renderedUrls: string[] };
  pages: Record<string, PageRecord>;
}

const VERSION = 1;

/** The manifest of the builds into `outDir` (one per output folder, under the cache). */
export function manifestFile(cacheDir: string, outDir: string): string {
  const outKey = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(cacheDir, 'site', outKey, 'manifest.json');
}

export function loadManifest(file: string): PageManifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as PageManifest;
    return m && m.version === VERSION && m.pages && typeof m.pages === 'object' ? m : null;
  } catch {
    return null;
  }
}

export function saveManifest(file: string, manifest: PageManifest): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(manifest));
  fs.renameSync(tmp, file);
}

/** Size and modification time of each page's file (both survive a rename, so they identify it next time). */
export function statPages(dir: string, urls: string[]): Map<string, { size: number; mtimeMs: number }> {
  const out = new Map<string, { size: number; mtimeMs: number }>();
  for (const url of urls) {
    try {
      const st = fs.statSync(pageFile(dir, url));
      out.set(url, { size: st.size, mtimeMs: st.mtimeMs });
    } catch {
      // not written (e.g. a page Eleventy skipped): the next build renders it
    }
  }
  return out;
}

function statMatches(file: string, p: { size: number; mtimeMs: number }): boolean {
  try {
    const st = fs.statSync(file);
    return st.size === p.size && st.mtimeMs === p.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Whether the previous build's page at `url` can be reused: its recorded fingerprint (`key`: with or
 * without images) is `fp`, its file in `outDir` is still as that build wrote it, and its preview card is
 * still there to be carried over.
 */
export function reusable(previous: PageManifest | null, outDir: string, url: string, key: 'base' | 'fp', fp: string): boolean {
  const p = previous?.pages[url];
  return !!p && p[key] === fp && stillThere(previous!, outDir, url, p);
}

/**
 * Whether the page's file and card in `outDir` are as the previous build left them, looked at once per
 * page and manifest: a build asks for every page twice (without and with images), and the previous site
 * is not written to before it is replaced.
 */
const looked = new WeakMap<PageManifest, Map<string, boolean>>();
function stillThere(previous: PageManifest, outDir: string, url: string, p: PageRecord): boolean {
  let seen = looked.get(previous);
  if (!seen) looked.set(previous, (seen = new Map()));
  const key = `${outDir}\u0000${url}`;
  let there = seen.get(key);
  if (there === undefined) {
    there = statMatches(pageFile(outDir, url), p) && (!p.og || fs.existsSync(path.join(outDir, p.og.url.replace(/^\/+/, ''))));
    seen.set(key, there);
  }
  return there;
}

/** The manifest of this build, from what each page is now (files stated in the staging folder, before the swap). */
export function recordManifest(input: {
  staging: string;
  /** url -> fingerprint with images, and without. */
  fingerprints: Map<string, string>;
  base: Map<string, string>;
  og: Record<string, PageCard>;
  /** Source pages: url -> key of their Markdown's inputs. */
  inputKeys: Map<string, string>;
  rendered: Set<string>;
  reused: number;
  /** Pages changed after their fingerprint was taken (a brief link taken out): rendered again next time. */
  changedSince: string[];
}): PageManifest {
  const stats = statPages(input.staging, [...input.fingerprints.keys()]);
  for (const url of input.changedSince) stats.delete(url);
  return {
    version: VERSION,
    stats: { rendered: input.rendered.size, reused: input.reused, renderedUrls: [...input.rendered].sort() },
    pages: Object.fromEntries(
      [...input.fingerprints].map(([url, fp]) => [
        url,
        {
          fp,
          base: input.base.get(url) as string,
          og: input.og[url] ?? null,
          ...(stats.get(url) ?? { size: -1, mtimeMs: -1 }),
          ...(input.inputKeys.has(url) ? { input: input.inputKeys.get(url) } : {}),
        },
      ]),
    ),
  };
}
