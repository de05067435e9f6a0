// The dossier as people use it, in Debian's headless Chromium: follow links from the home page to an
// actor, a claim and the highlighted source sentence; search an alias; accessibility (axe) on every kind
// of page; no console errors; the printed brief; and a link check over the whole site.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { runCli, repo, tempDir } from '../helpers/cli.ts';
import { checkLinks } from '../helpers/links.ts';
import { launchChromium } from '../../scripts/site/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/site/serve.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

let out: string;
let dossier: Dossier;
let server: StaticServer;
let browser: Browser;
const artifacts = path.join(repo, 'test-output');

const kadhimi = () => dossier.actors.find((a) => a.aliases.includes('Kadhemi') && a.type === 'person')!;

beforeAll(async () => {
  const base = tempDir('browser');
  out = path.join(base, 'site');
  const r = runCli(['build', '--sources', path.join(repo, 'sources'), '--out', out, '--cache', path.join(base, 'cache'), '--quiet']);
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  dossier = JSON.parse(fs.readFileSync(path.join(out, 'data', 'dossier.json'), 'utf8'));
  server = await serveStatic(out);
  browser = await launchChromium();
  fs.mkdirSync(artifacts, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  // A context per page: axe-core's Playwright integration requires pages made through a context.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + url, { waitUntil: 'load' });
  return { page, errors };
}

describe('reading the dossier in a browser', () => {
  it('goes from the home page to an actor, a claim and the highlighted source sentence', async () => {
    const { page, errors } = await open('/');
    await page.click('nav >> text=Actors');
    await page.waitForURL('**/actors/');
    const actor = kadhimi();
    await page.click(`a[href="${actor.url_path}"] >> nth=0`);
    await page.waitForURL(`**${actor.url_path}`);
    expect(await page.textContent('h1')).toBe(actor.name);
    // A claim on the actor page links to its source sentence.
    const claimLink = page.locator('.claim-meta a[href*="#s-"]').first();
    const href = (await claimLink.getAttribute('href'))!;
    await claimLink.click();
    await page.waitForURL(`**${href}`);
    const id = href.split('#')[1];
    const target = page.locator(`[id="${id}"]`);
    expect(await target.getAttribute('class')).toMatch(/\bclaim\b/);
    const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the actor when searching for an alias', async () => {
    const { page, errors } = await open('/search/?q=Kadhemi');
    const result = page.locator(`.pagefind-ui__result-link[href*="${kadhimi().url_path}"]`).first();
    await result.waitFor({ timeout: 15_000 });
    expect(await result.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches across the shards of a large index (merged bundles)', async () => {
    // Shards of 8 pages turn the five articles' ~70 pages into one bundle per kind and bucket.
    const base = tempDir('browser-shards');
    const site = path.join(base, 'site');
    const r = runCli(['build', '--sources', path.join(repo, 'sources'), '--out', site, '--cache', path.join(base, 'cache'), '--quiet', '--no-briefs'], {
      env: { DOSSIER_SEARCH_SHARD_PAGES: '8' },
    });
    expect(r.status, r.stderr).toBe(0);
    const bundles = JSON.parse(/id="search-bundles">([^<]*)</.exec(fs.readFileSync(path.join(site, 'search', 'index.html'), 'utf8'))![1]) as string[];
    expect(bundles.length).toBeGreaterThan(3);
    for (const b of bundles) expect(fs.existsSync(path.join(site, b, 'pagefind-entry.json'))).toBe(true);
    const shardServer = await serveStatic(site);
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // An alias (actor shard) and a word found only in article text (source shards) in one query each.
      await page.goto(`${shardServer.url}/search/?q=Kadhemi`, { waitUntil: 'load' });
      await page.locator(`.pagefind-ui__result-link[href*="${kadhimi().url_path}"]`).first().waitFor({ timeout: 15_000 });
      await page.goto(`${shardServer.url}/search/?q=Talibawi`, { waitUntil: 'load' });
      await page.locator('.pagefind-ui__result-link[href^="/sources/"]').first().waitFor({ timeout: 15_000 });
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await shardServer.close();
    }
  }, 120_000);

  it('has no axe violations and no console errors on every kind of page', async () => {
    const pages = everyPageKind();
    const problems: string[] = [];
    for (const url of pages) {
      const { page, errors } = await open(url);
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations) problems.push(`${url}: ${v.id} (${v.nodes.length}) ${v.help}`);
      for (const e of errors) problems.push(`${url}: console: ${e}`);
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('fits every kind of page in a 390 px phone and a 1,280 px window without horizontal scrolling', async () => {
    const wide: string[] = [];
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const url of everyPageKind()) {
        await page.goto(server.url + url, { waitUntil: 'load' });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`${url} at ${width} px: ${scrollWidth} px wide`);
      }
      // Screenshots for people to look at: the summary, an actor, the network (test-output/).
      for (const [name, url] of [['summary', '/summary/'], ['actor', kadhimi().url_path], ['network', '/network/']]) {
        await page.goto(server.url + url, { waitUntil: 'load' });
        await page.screenshot({ path: path.join(artifacts, `${name}-${width}.png`), fullPage: true });
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  }, 180_000);

  it('draws the network with a label on every actor drawn and arrows by kind, and sorts its tables with and without JavaScript', async () => {
    // without JavaScript: the build's order, most stated first
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const still = await noJs.newPage();
    await still.goto(server.url + '/network/', { waitUntil: 'load' });
    const builtOrder = await still.$$eval('#relations-h ~ .table-scroll tbody tr td.num', (tds) => tds.map((td) => Number(td.textContent)));
    expect(builtOrder.length).toBeGreaterThan(3);
    expect(builtOrder).toEqual([...builtOrder].sort((a, b) => b - a));
    expect(await still.$$('th button.sort')).toHaveLength(0);
    await noJs.close();

    const { page, errors } = await open('/network/');
    const drawn = await page.$$eval('svg.relations-drawing a', (as) => as.map((a) => ({ label: a.querySelector('text')?.textContent ?? '', href: a.getAttribute('href') })));
    expect(drawn.length).toBeGreaterThanOrEqual(5);
    for (const d of drawn) expect(d.label.length).toBeGreaterThan(2);
    expect(drawn.map((d) => d.label)).toContain(kadhimi().name);
    const kinds = await page.$$eval('svg.relations-drawing g.relation', (gs) => gs.map((g) => g.getAttribute('data-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['threatens', 'attacks']));
    // sorting: by "Who" alphabetically, then back, then by statements
    const who = () => page.$$eval('#relations-h ~ .table-scroll tbody tr td:first-child', (tds) => tds.map((td) => td.textContent!.trim().toLowerCase()));
    await page.click('#relations-h ~ .table-scroll th:first-child button.sort');
    const asc = await who();
    expect(asc).toEqual([...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await page.getAttribute('#relations-h ~ .table-scroll th:first-child', 'aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter'); // the button keeps focus: the keyboard sorts too
    expect(await who()).toEqual([...asc].reverse().sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(await page.getAttribute('#relations-h ~ .table-scroll th:first-child', 'aria-sort')).toBe('descending');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('links every sentence of the summary to its evidence, and lists the briefs on /exports/', async () => {
    const { page } = await open('/summary/');
    const sentences = await page.$$eval('.summary-sentence', (ps) => ps.map((p) => ({ text: p.textContent ?? '', links: p.querySelectorAll('a[href]').length })));
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    expect(sentences.filter((x) => x.links === 0)).toEqual([]);
    await page.goto(`${server.url}/exports/`, { waitUntil: 'load' });
    const briefs = await page.$$eval('#briefs a[href$=".pdf"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(briefs).toContain(`/briefs/${kadhimi().id}.pdf`);
    await page.close();
  }, 60_000);

  function everyPageKind(): string[] {
    return [
      '/',
      '/summary/',
      '/actors/',
      '/actors/by-name/',
      kadhimi().url_path,
      dossier.sources[0].url_path,
      '/claims/',
      // Paginated lists: one page of one kind of claims, one month of the timeline, the source list.
      `/claims/${fs.readdirSync(path.join(out, 'claims')).filter((d) => d !== 'index.html').sort()[0]}/`,
      '/timeline/',
      `/timeline/${fs.readdirSync(path.join(out, 'timeline')).filter((d) => d !== 'index.html').sort()[0]}/`,
      '/sources/',
      '/discrepancies/',
      '/search/',
      ...(dossier.events[0] ? [dossier.events[0].url_path] : []),
      ...['/network/', '/exports/', '/changes/'].filter((p) => fs.existsSync(path.join(out, p, 'index.html'))),
    ];
  }

  it('prints the brief of the prime minister on at most two A4 pages, with aliases, statements, timeline and notes', async () => {
    const actor = kadhimi();
    const pdfFile = path.join(out, 'briefs', `${actor.id}.pdf`);
    expect(fs.existsSync(pdfFile)).toBe(true);
    const pdf = fs.readFileSync(pdfFile).toString('latin1');
    const pageCount = (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pageCount).toBeGreaterThanOrEqual(1);
    expect(pageCount).toBeLessThanOrEqual(2);
    const { page } = await open(actor.url_path);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(artifacts, 'brief-print.png'), fullPage: true });
    const visible = await page.evaluate(() => document.body.innerText);
    expect(visible).toContain('Bottom line');
    expect(visible).toContain('Kadhemi');
    expect(visible).toMatch(/Statements (by|about)/);
    expect(visible).toContain('Timeline');
    expect(visible).toContain('Source notes');
    expect(visible).not.toContain('Skip to content');
    const letter = await page.pdf({ format: 'Letter', printBackground: true, margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' } });
    const letterPages = (Buffer.from(letter).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(letterPages).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('writes a PDF brief for every person and organisation, linking nothing on the local server that printed it', () => {
    const outlet = (id: string) => fs.readFileSync(path.join(out, 'actors', id, 'index.html'), 'utf8').includes('class="actor brief outlet"');
    const briefed = dossier.actors.filter((x) => x.type !== 'place' && !outlet(x.id));
    expect(briefed.length).toBeGreaterThan(20);
    // an outlet (a cited agency such as AFP) is a source, not an actor: no brief
    for (const a of dossier.actors.filter((x) => outlet(x.id))) expect(fs.existsSync(path.join(out, 'briefs', `${a.id}.pdf`)), a.id).toBe(false);
    for (const a of briefed) {
      const file = path.join(out, 'briefs', `${a.id}.pdf`);
      expect(fs.existsSync(file), a.id).toBe(true);
      // No site URL was given: links to the site's pages are plain text (see base-path.test.ts for the URL case).
      expect(fs.readFileSync(file).toString('latin1'), a.id).not.toMatch(/\/URI \(http:\/\/127\.0\.0\.1/);
    }
  });

  it('has no broken internal link or #anchor anywhere in the site', () => {
    const r = checkLinks(out);
    expect(r.pages).toBeGreaterThan(10);
    expect(r.broken.slice(0, 10)).toEqual([]);
  });
});
