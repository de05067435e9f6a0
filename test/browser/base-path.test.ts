// A site built with --base-path /dossier/, served under /dossier/ as GitHub Pages serves a project page:
// no broken link anywhere, search working across merged shards, and every address built outside Eleventy
// (search bundles, preview cards, feed, calendar, GraphML, schema, PDF briefs) under the base path.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runCli, repo, tempDir } from '../helpers/cli.ts';
import { checkLinks } from '../helpers/links.ts';
import { launchChromium } from '../../scripts/site/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/site/serve.ts';
import { checkSite } from '../../scripts/site/contract.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

const BASE = '/dossier/';
// A bare origin: the base path is appended to it (scripts/base-path.ts publicRoot).
const SITE_URL = 'https://reader.example.org';
const PUBLIC = `${SITE_URL}${BASE}`;

let out: string;
let buildOutput = '';
let dossier: Dossier;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const base = tempDir('base-path');
  out = path.join(base, 'site');
  // Shards of 8 pages: the search page merges several bundles, each of which must be found under the base.
  const r = runCli(['build', '--sources', path.join(repo, 'sources'), '--out', out, '--cache', path.join(base, 'cache'), '--quiet', '--base-path', BASE], {
    env: { DOSSIER_SEARCH_SHARD_PAGES: '8', DOSSIER_SITE_URL: SITE_URL },
  });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  buildOutput = r.stdout;
  dossier = JSON.parse(fs.readFileSync(path.join(out, 'data', 'dossier.json'), 'utf8'));
  server = await serveStatic(out, { basePath: BASE });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in its own context, recording console errors and every failed or refused request. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (q) => problems.push(`failed: ${q.url()}`));
  page.on('response', (res) => res.status() >= 400 && problems.push(`${res.status()}: ${res.url()}`));
  await page.goto(server.url + url, { waitUntil: 'load' });
  return { page, problems };
}

describe('a site built with --base-path /dossier/, served under /dossier/', () => {
  it('has no broken link, image, preview card or #anchor, and every root-relative one is under /dossier/', () => {
    const r = checkLinks(out, { basePath: BASE });
    expect(r.pages).toBeGreaterThan(50);
    expect(r.links).toBeGreaterThan(1000);
    expect(r.broken.slice(0, 10)).toEqual([]);
    // The same pages checked as if served at the root: every internal link would be wrong there.
    expect(checkLinks(out).broken.length).toBeGreaterThan(r.links / 2);
    expect(buildOutput).toContain(`Its links start with ${BASE}: serve`);
  });

  it('keeps dossier.json site paths relative to the site (the contract), and passes the contract check', () => {
    expect(dossier.actors[0].url_path).toMatch(/^\/actors\//);
    expect(checkSite(out).problems).toEqual([]);
  });

  it('finds actors and sources with search, across the merged shards, and opens the result', async () => {
    const bundles = JSON.parse(/id="search-bundles">([^<]*)</.exec(fs.readFileSync(path.join(out, 'search', 'index.html'), 'utf8'))![1]) as string[];
    expect(bundles.length).toBeGreaterThan(3);
    for (const b of bundles) {
      expect(b.startsWith(`${BASE}pagefind/`)).toBe(true);
      expect(fs.existsSync(path.join(out, b.slice(BASE.length), 'pagefind-entry.json'))).toBe(true);
    }
    // An alias that is not the display name, and a word of a source's title.
    const actor = dossier.actors.find((a) => a.type === 'person' && a.aliases.some((x) => !a.name.includes(x) && /^[A-Za-z]{5,}$/.test(x)))!;
    const alias = actor.aliases.find((x) => !actor.name.includes(x) && /^[A-Za-z]{5,}$/.test(x))!;
    const { page, problems } = await open(`${BASE}search/?q=${encodeURIComponent(alias)}`);
    const result = page.locator(`.pagefind-ui__result-link[href="${BASE}${actor.url_path.slice(1)}"]`).first();
    await result.waitFor({ timeout: 20_000 });
    await result.click();
    await page.waitForURL(`**${BASE}${actor.url_path.slice(1)}`);
    expect(await page.textContent('h1')).toBe(actor.name);
    // The stylesheet was found under the base path.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display)).not.toBe('inline');
    const word = dossier.sources.map((s) => s.title ?? '').join(' ').split(/\W+/).filter((w) => w.length >= 8).sort()[0];
    await page.goto(`${server.url}${BASE}search/?q=${encodeURIComponent(word)}`, { waitUntil: 'load' });
    await page.locator(`.pagefind-ui__result-link[href^="${BASE}sources/"]`).first().waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('navigates from the home page with every stylesheet, image and script found', async () => {
    const { page, problems } = await open(BASE);
    await page.click('nav >> text=Network');
    await page.waitForURL(`**${BASE}network/`);
    const node = page.locator('svg a').first();
    const href = (await node.getAttribute('href'))!;
    expect(href.startsWith(`${BASE}actors/`)).toBe(true);
    await page.goto(server.url + href, { waitUntil: 'load' });
    await page.goto(`${server.url}${BASE}exports/`, { waitUntil: 'load' });
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const l of links.filter((l) => l.startsWith('/'))) {
      const res = await page.request.get(server.url + l);
      expect(res.status(), l).toBe(200);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('points the feed, calendar, GraphML, schema and preview cards at the public site under the base path', () => {
    const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');
    // Feed ids and links: the site's own (every one but the articles' original URLs) under the public base.
    const feed = read('feed.xml');
    const own = [...feed.matchAll(/<id>([^<]+)<\/id>|<link href="([^"]+)" rel="(?:self|alternate)"/g)].map((m) => m[1] ?? m[2]);
    expect(own.length).toBeGreaterThan(2 * (dossier.sources.length + dossier.events.length));
    for (const u of own) expect(u.startsWith(PUBLIC), u).toBe(true);
    const icsUrls = read('data/events.ics').replace(/\r\n /g, '').split('\r\n').filter((l) => l.startsWith('URL'));
    expect(icsUrls.length).toBeGreaterThan(0);
    for (const l of icsUrls) expect(l).toMatch(new RegExp(`^URL;VALUE=URI:${PUBLIC}events/`));
    const graphUrls = [...read('data/network.graphml').matchAll(/<data key="url">([^<]*)</g)].map((m) => m[1]);
    expect(graphUrls.length).toBeGreaterThan(0);
    for (const u of graphUrls) expect(u.startsWith(`${PUBLIC}actors/`)).toBe(true);
    expect(JSON.parse(read('data/dossier.schema.json')).$id).toBe(`${PUBLIC}data/dossier.schema.json`);
    const actor = dossier.actors[0];
    expect(read(`actors/${actor.id}/index.html`)).toMatch(new RegExp(`<meta property="og:image" content="${PUBLIC}img/og/[0-9a-f]+\\.png">`));
  });

  it('prints the briefs from the pages as served, their links pointing at the public site', () => {
    // outlets are sources, not actors: their pages carry no brief
    const people = dossier.actors.filter((a) => a.type !== 'place' && !fs.readFileSync(path.join(out, 'actors', a.id, 'index.html'), 'utf8').includes('class="actor brief outlet"'));
    for (const a of people) expect(fs.existsSync(path.join(out, 'briefs', `${a.id}.pdf`)), a.id).toBe(true);
    const page = fs.readFileSync(path.join(out, 'actors', people[0].id, 'index.html'), 'utf8');
    expect(page).toContain(`<a href="${BASE}briefs/${people[0].id}.pdf">Download the printable brief (PDF)</a>`);
    let uris = 0;
    for (const a of people) {
      for (const m of fs.readFileSync(path.join(out, 'briefs', `${a.id}.pdf`)).toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)) {
        uris++;
        expect(m[1], a.id).not.toMatch(/127\.0\.0\.1|localhost/);
        if (m[1].includes('reader.example.org')) expect(m[1].startsWith(PUBLIC), m[1]).toBe(true);
      }
    }
    expect(uris).toBeGreaterThan(0);
  });
});
