// Per-actor PDF briefs: each person's and organisation's page printed by headless Chromium to
// <site>/briefs/<id>.pdf. A brief is printed again only when its page changed (the PDF cache is keyed by
// the page's HTML and stylesheet), all in one browser session. PDF dates come from the data, not the
// clock, so the same site gives byte-identical PDFs.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { launchChromium } from './browser.ts';
import { serveStatic } from './serve.ts';
import type { Dossier } from '../lib/types.ts';
import type { Progress } from '../lib/progress.ts';
import { silentProgress } from '../lib/progress.ts';

/** Bump when the printing itself changes (margins, footer), so cached PDFs are not reused. */
const BRIEF_FORMAT = '1';

export interface BriefResult {
  made: number;
  reused: number;
  files: string[];
}

export function briefActors(dossier: Dossier): string[] {
  return dossier.actors.filter((a) => a.type === 'person' || a.type === 'organization').map((a) => a.id);
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

export async function makeBriefs(
  siteDir: string,
  dossier: Dossier,
  opts: { cacheDir: string; compiled: string | null; progress?: Progress },
): Promise<BriefResult> {
  const progress = opts.progress ?? silentProgress;
  const ids = briefActors(dossier);
  const names = new Map(dossier.actors.map((a) => [a.id, a.name]));
  const outDir = path.join(siteDir, 'briefs');
  const cacheDir = path.join(opts.cacheDir, 'briefs');
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  const css = fs.readFileSync(path.join(siteDir, 'assets', 'style.css'));

  const todo: { id: string; cached: string }[] = [];
  const files: string[] = [];
  for (const id of ids) {
    const page = path.join(siteDir, 'actors', id, 'index.html');
    if (!fs.existsSync(page)) continue;
    const key = createHash('sha256')
      .update(BRIEF_FORMAT)
      .update(fs.readFileSync(page))
      .update(css)
      .update(opts.compiled ?? '')
      .digest('hex');
    const cached = path.join(cacheDir, `${key}.pdf`);
    files.push(`briefs/${id}.pdf`);
    if (fs.existsSync(cached)) fs.copyFileSync(cached, path.join(outDir, `${id}.pdf`));
    else todo.push({ id, cached });
  }
  progress.stage('briefs', files.length, files.length - todo.length);
  if (todo.length) {
    const server = await serveStatic(siteDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const { id, cached } of todo) {
        await page.goto(`${server.url}/actors/${id}/`, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
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
