// Stored XSS through the search page (issue 13): Pagefind's UI inserts filter values into the page as
// HTML, so an outlet name with markup (from an HTML page's og:site_name, Markdown front matter or
// sources.yml) must reach it as plain text. In Chromium: search, open the outlet filter, filter by the
// hostile outlet; no script may run, and the filter must still work and read as the outlet's name.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { runCli, tempDir } from '../helpers/cli.ts';
import { launchChromium } from '../../scripts/site/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/site/serve.ts';

const paragraphs = (place: string) => [
  `The port authority of ${place} approved a new ferry terminal on Monday, its chairman Marcus Ellery said.`,
  `"The terminal will carry two million passengers a year," Ellery told reporters at the harbour office.`,
  'The Harbour Workers Union warned that the building work could delay cargo traffic until the end of the year.',
];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const base = tempDir('xss');
  const dir = path.join(base, 'sources');
  fs.mkdirSync(dir);
  const hook = (n: number) => `window.__xss=${n}`;
  fs.writeFileSync(path.join(dir, 'front.md'), `---\ntitle: Ferry vote in Kingston\noutlet: "<img src=x onerror=${hook(1)}>News & Views"\npublished: 2025-03-04\n---\n\n${paragraphs('Kingston').join('\n\n')}\n`);
  fs.writeFileSync(
    path.join(dir, 'page.html'),
    `<!doctype html><html><head><title>Ferry vote in Portmore</title><meta property="og:site_name" content="&lt;img src=x onerror=${hook(2)}&gt;Gazette"></head><body><article><h1>Ferry vote in Portmore</h1>${paragraphs('Portmore').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  fs.writeFileSync(path.join(dir, 'listed.txt'), `Ferry vote in Falmouth\n\n4 March 2025\n\n${paragraphs('Falmouth').join('\n\n')}\n`);
  fs.writeFileSync(path.join(dir, 'sources.yml'), `listed.txt:\n  outlet: "&lt;img src=x onerror=${hook(3)}&gt;Wire"\n`);
  const out = path.join(base, 'site');
  const r = runCli(['build', '--sources', dir, '--out', out, '--cache', path.join(base, 'cache'), '--quiet', '--no-briefs', '--no-curation']);
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  server = await serveStatic(out);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search filters', () => {
  it('shows hostile outlet names as text, runs no script, and still filters by them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${server.url}/search/?q=terminal`, { waitUntil: 'load' });
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    // Open every filter group so all values are in the page and visible.
    for (const summary of await page.locator('.pagefind-ui__filter-name').all()) await summary.click();
    const labels = await page.locator('.pagefind-ui__filter-label').allTextContents();
    const outlets = labels.filter((l) => /News|Gazette|Wire/.test(l));
    expect(outlets).toHaveLength(3);
    // Markup characters arrive as look-alike text; the filter list holds no element from a source.
    expect(outlets.join(' ')).toContain('＜img src=x onerror=window.__xss=1＞News ＆ Views');
    expect(await page.locator('.pagefind-ui__filters img, .pagefind-ui__filters svg, .pagefind-ui__filters script').count()).toBe(0);
    // Filtering by the hostile outlet works and leaves one result.
    await page.locator('.pagefind-ui__filter-label', { hasText: 'News ＆ Views' }).click();
    await expect.poll(async () => page.locator('.pagefind-ui__result-link').count(), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the filters on a phone as a short list of named groups, not an empty box', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=terminal`, { waitUntil: 'load' });
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    // Each shard's filters are merged in as that shard loads, which may come after the first result.
    await page.locator('.pagefind-ui__filter-name', { hasText: 'Outlet' }).first().waitFor({ timeout: 15_000 });
    const names = await page.locator('.pagefind-ui__filter-name').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(expect.arrayContaining(['Kind', 'Outlet']));
    const panel = page.locator('.pagefind-ui__filter-panel');
    expect(await panel.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('none');
    const box = (await panel.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeLessThan(40 * names.length + 40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  }, 60_000);
});
