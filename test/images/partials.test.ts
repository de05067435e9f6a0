// The three partials render what prepareImages() returns, escaped where they add text themselves.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImages, type SiteImages } from '../../scripts/site/images.ts';
import { templateFilters } from '../../scripts/site/addresses.ts';
import type { ActorRecord, ArticleExtraction, Dossier } from '../../scripts/lib/types.ts';

// nunjucks comes with Eleventy and has no types here: describe the calls we use.
const nunjucks = createRequire(import.meta.url)('nunjucks') as {
  Environment: new (loader: unknown, opts?: Record<string, unknown>) => { render(name: string, ctx: object): string; addFilter(name: string, fn: (...args: never[]) => unknown): void };
  FileSystemLoader: new (dir: string) => unknown;
};
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.resolve('_includes')), { autoescape: true });
// The filters the build registers on Eleventy (scripts/site/addresses.ts).
for (const [name, filter] of Object.entries(templateFilters)) env.addFilter(name, filter);

const FIX = path.resolve('test/fixtures/images');
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'dossier-imgp-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const person: ActorRecord = {
  id: 'dana-whitlow', name: 'Dana Whitlow', type: 'person', aliases: ['Dana Whitlow'], mentions: [{ source: 'page', count: 1 }],
  url_path: '/actors/dana-whitlow/', roles: [], description: null, affiliations: [], portrait: 'img/portrait.png', evidence: [],
};
let images: SiteImages;
beforeAll(async () => {
  const dossier: Dossier = {
    sources: [{ id: 'page', file: 'page.html', title: null, outlet: null, published: null, wire: null, dateline: null, url: null, report: 'page', url_path: '/sources/page/', page_date: null, published_basis: null, word_count: 0 }],
    actors: [person, { ...person, id: 'westmere', name: 'Westmere', type: 'place', portrait: null, url_path: '/actors/westmere/' }],
    claims: [], events: [], discrepancies: [],
  };
  const extraction = { meta: { id: 'page', file: 'page.html' }, images: [{ src: 'page_files/street.jpg', alt: 'Cars <b>cross</b> the bridge' }] } as unknown as ArticleExtraction;
  images = await prepareImages({ dossier, extractions: [extraction], sourcesDir: path.join(FIX, 'src'), curationDir: path.join(FIX, 'curation'), outDir: tmp(), cacheDir: tmp() });
});

describe('partials', () => {
  it('portrait.njk: a <figure> with the picture when there is one, nothing otherwise', () => {
    const html = env.render('partials/portrait.njk', { images, v: { actor: person } });
    expect(html).toContain('<figure class="portrait">');
    expect(html).toContain(images.portraits['dana-whitlow'].html);
    expect(env.render('partials/portrait.njk', { images, v: { actor: { id: 'westmere' } } }).trim()).toBe('');
    expect(env.render('partials/portrait.njk', { v: { actor: person } }).trim()).toBe('');
  });

  it('source-images.njk: each picture with its alt text as an escaped caption', () => {
    const html = env.render('partials/source-images.njk', { images, id: 'page' });
    expect(html.match(/<figure>/g)).toHaveLength(1);
    expect(html).toContain('<figcaption>Cars &lt;b&gt;cross&lt;/b&gt; the bridge</figcaption>');
    expect(html).toContain('alt="Cars &lt;b&gt;cross&lt;/b&gt; the bridge"');
    expect(env.render('partials/source-images.njk', { images, id: 'other' }).trim()).toBe('');
  });

  it('og-meta.njk: absolute og:image from the site url, with size and alt', () => {
    const og = images.og['/actors/dana-whitlow/'];
    const html = env.render('partials/og-meta.njk', { images, page: { url: '/actors/dana-whitlow/' }, site: { url: 'https://dossier.example.org/' } });
    expect(html).toContain(`<meta property="og:image" content="https://dossier.example.org${og.url}">`);
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta property="og:image:alt" content="Person: Dana Whitlow. Named 1 time in 1 source">');
    const rel = env.render('partials/og-meta.njk', { images, page: { url: '/actors/dana-whitlow/' }, site: { url: null } });
    expect(rel).toContain(`<meta property="og:image" content="${og.url}">`);
    expect(env.render('partials/og-meta.njk', { images, page: { url: '/claims/' }, site: {} }).trim()).toBe('');
  });
});
