// Per-actor PDF briefs: the page of each person and organisation that has a brief (not a cited outlet:
// the page says so with `data-brief`) printed by headless Chromium to <site>/briefs/<id>.pdf. A brief is printed again only when its page changed (the PDF cache is keyed by
// the page's HTML and stylesheet), all in one browser session. PDF dates come from the data, not the
// clock, and links point at the published site (or are dropped when its address is unknown), never at the
// local server that printed them, so the same site gives byte-identical PDFs.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { launchChromium } from './browser.ts';
import { serveStatic } from './serve.ts';
import { actorPath, briefPath, pageFile, publicRoot, withBasePath } from './addresses.ts';
import type { Page } from 'playwright-core';
import type { Dossier } from '../lib/types.ts';
import type { Progress } from '../lib/progress.ts';
import { silentProgress } from '../lib/progress.ts';

/** Bump when the printing itself changes (margins, footer), so cached PDFs are not reused. */
const BRIEF_FORMAT = '2';

export interface BriefOptions {
  cacheDir: string;
  compiled: string | null;
  progress?: Progress;
  /** The path the site is served under (--base-path); pages are printed as served there. */
  basePath?: string;
  /** The public URL of the site, for the briefs' links to it (DOSSIER_SITE_URL). */
  siteUrl?: string | null;
}

export interface BriefResult {
  made: number;
  reused: number;
  files: string[];
}

export function briefActors(dossier: Dossier): string[] {
  return dossier.actors.filter((a) => a.type === 'person' || a.type === 'organization').map((a) => a.id);
}

/** An actor page whose actor has a brief (content/actors/actor.njk sets `data-brief`: not a cited outlet); a
 * page rewritten for a base path writes the attribute as `data-brief=""`. */
const HAS_BRIEF = /<article class="actor brief[^"]*"[^>]*\sdata-brief(?:="")?[\s>]/;

/** The actor page's download link (content/actors/actor.njk), whatever the base path before /briefs/. */
const BRIEF_LINK = /<p class="screen-only"><a href="[^"]*\/briefs\/[^"/]+\.pdf">Download the printable brief \(PDF\)<\/a> or print this page\.<\/p>/;

/**
 * A page never links a PDF that was not printed: when printing failed (or stopped half-way), the download
 * link is taken out of every actor page whose brief is missing. Returns the URLs of the pages changed.
 * The page is written anew, never in place: it may be a hard link to the previous site's file.
 */
export function unlinkMissingBriefs(siteDir: string, dossier: Dossier): string[] {
  const changed: string[] = [];
  for (const id of briefActors(dossier)) {
    if (fs.existsSync(path.join(siteDir, briefPath(id)))) continue;
    const page = pageFile(siteDir, actorPath(id));
    let html: string;
    try {
      html = fs.readFileSync(page, 'utf8');
    } catch {
      continue;
    }
    if (!BRIEF_LINK.test(html)) continue;
    const tmp = `${page}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, html.replace(BRIEF_LINK, ''));
    fs.renameSync(tmp, page);
    const url = dossier.actors.find((a) => a.id === id)?.url_path;
    if (url) changed.push(url);
  }
  if (unlistMissingBriefs(siteDir)) changed.push('/exports/');
  return changed;
}

/** The exports page's list of briefs without those whose PDF is missing; true when the page changed. */
function unlistMissingBriefs(siteDir: string): boolean {
  const page = pageFile(siteDir, '/exports/');
  let html: string;
  try {
    html = fs.readFileSync(page, 'utf8');
  } catch {
    return false;
  }
  const out = html.replace(/<li data-brief-of="([^"]+)">.*?<\/li>/g, (item, id: string) => (fs.existsSync(path.join(siteDir, briefPath(id))) ? item : ''));
  if (out === html) return false;
  const tmp = `${page}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, out);
  fs.renameSync(tmp, page);
  return true;
}

/** PDF date strings rewritten in place (same length, so the cross-reference offsets stay valid). */
export function fixPdfDates(pdf: Buffer, compiled: string | null): Buffer {
  const d = (compiled ?? '2000-01-01').replace(/-/g, '').padEnd(8, '01').slice(0, 8);
  const text = pdf.toString('latin1').replace(/\(D:(\d{14})([^)]*)\)/g, (m, _digits: string, rest: string) => {
    const fixed = `(D:${d}000000${rest.replace(/[0-9]/g, '0')})`;
    return fixed.length === m.length ? fixed : m;
  });
  return Buffer.from(text, 'latin1');
}

function footer(name: string, compiled: string | null): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<div style="font: 7.5pt sans-serif; width: 100%; padding: 0 14mm; color: #444; display: flex; justify-content: space-between;">
    <span>Dossier brief: ${esc(name)}${compiled ? ` · compiled from sources up to ${esc(compiled)}` : ''}</span>
    <span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/**
 * Links to the site's own pages are pointed at the published site (`root`, base path included), or made
 * plain text when its address is unknown: as printed they would lead to the local server. Links within
 * the brief (#notes), to other sites and those the print stylesheet hides (it selects some by their
 * href) stay as they are.
 */
async function publishedLinks(page: Page, localUrl: string, basePath: string, root: string | null): Promise<void> {
  await page.evaluate(
    ({ origin, basePath, root }) => {
      // Every <a>, SVG ones too (the ego graph): their href is read as the attribute, not the property.
      for (const a of Array.from(document.querySelectorAll('a[href]'))) {
        let url: URL;
        try {
          url = new URL(a.getAttribute('href') ?? '', document.baseURI);
        } catch {
          continue;
        }
        if (url.origin !== origin || getComputedStyle(a).display === 'none') continue;
        if (url.pathname === location.pathname && url.hash) continue;
        if (root) a.setAttribute('href', new URL(url.pathname.slice(basePath.length) + url.search + url.hash, root).toString());
        else a.removeAttribute('href');
      }
    },
    { origin: new URL(localUrl).origin, basePath, root: root && (root.endsWith('/') ? root : `${root}/`) },
  );
}

/**
 * The briefs stage of a build: prints what it can; a failure is one warning line (the site is still worth
 * publishing without PDFs), and pages whose PDF is missing lose their link. Returns those pages' URLs.
 */
export async function briefsStage(siteDir: string, dossier: Dossier, opts: BriefOptions & { progress: Progress }): Promise<string[]> {
  try {
    await makeBriefs(siteDir, dossier, opts);
  } catch (err) {
    opts.progress.info(`warning: briefs: not printed (${(err as Error).message.split('\n')[0]})`);
  }
  return unlinkMissingBriefs(siteDir, dossier);
}

export async function makeBriefs(
  siteDir: string,
  dossier: Dossier,
  opts: BriefOptions,
): Promise<BriefResult> {
  const progress = opts.progress ?? silentProgress;
  const ids = briefActors(dossier);
  const names = new Map(dossier.actors.map((a) => [a.id, a.name]));
  const outDir = path.join(siteDir, 'briefs');
  const cacheDir = path.join(opts.cacheDir, 'briefs');
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  const css = fs.readFileSync(path.join(siteDir, 'assets', 'style.css'));
  const basePath = opts.basePath ?? '/';
  const root = publicRoot(opts.siteUrl ?? null, basePath);

  const todo: { id: string; cached: string }[] = [];
  const files: string[] = [];
  for (const id of ids) {
    const page = pageFile(siteDir, actorPath(id));
    if (!fs.existsSync(page)) continue;
    const html = fs.readFileSync(page);
    if (!HAS_BRIEF.test(html.toString('utf8'))) continue;
    const key = createHash('sha256')
      .update(BRIEF_FORMAT)
      .update(html)
      .update(css)
      .update(opts.compiled ?? '')
      .update(`\n${root ?? ''}`)
      .digest('hex');
    const cached = path.join(cacheDir, `${key}.pdf`);
    files.push(`briefs/${id}.pdf`);
    if (fs.existsSync(cached)) fs.copyFileSync(cached, path.join(outDir, `${id}.pdf`));
    else todo.push({ id, cached });
  }
  progress.stage('briefs', files.length, files.length - todo.length, ['actor', 'actors']);
  if (todo.length) {
    // Served under its base path, as published: the page's stylesheet and images are linked under it.
    const server = await serveStatic(siteDir, { basePath });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const { id, cached } of todo) {
        await page.goto(server.url + withBasePath(basePath, actorPath(id)), { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        await publishedLinks(page, server.url, basePath, root);
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: footer(names.get(id) ?? id, opts.compiled),
          margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
        });
        const fixed = fixPdfDates(Buffer.from(pdf), opts.compiled);
        fs.writeFileSync(cached, fixed);
        fs.copyFileSync(cached, path.join(outDir, `${id}.pdf`));
        progress.tick();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  return { made: todo.length, reused: files.length - todo.length, files };
}
