import { mkdtempSync, readFileSync, existsSync, statSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareImages, resolveSourceImage } from '../../scripts/site/images.ts';
import { cardSvg, eventCard, actorCard, dateLabel } from '../../scripts/site/preview-cards.ts';
import { wrapText, escapeXml } from '../../scripts/site/svg-text.ts';
import { decodeArticle } from '../../scripts/ingest/decode.ts';
import type { ActorRecord, ArticleExtraction, Dossier, EventRecord, SourceRecord } from '../../scripts/lib/types.ts';

const FIX = path.resolve('test/fixtures/images');
const tmpDirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'dossier-img-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

function actor(id: string, name: string, type: ActorRecord['type'], portrait: string | null = null, mentions = [{ source: 's1', count: 2 }]): ActorRecord {
  return { id, name, type, aliases: [name], mentions, url_path: `/actors/${id}/`, roles: [], description: null, affiliations: [], portrait, evidence: [] };
}
function event(id: string, title: string, date: string, sources: string[], reports: number): EventRecord {
  return { id, date, precision: 'day', type: 'meeting', title, actors: [], places: [], sources, independent_reports: reports, url_path: `/events/${id}/`, accounts: [] };
}
function source(id: string, file: string): SourceRecord {
  return { id, file, title: null, outlet: null, published: null, wire: null, dateline: null, url: null, report: id, url_path: `/sources/${id}/`, page_date: null, published_basis: null, word_count: 0 };
}
function dossier(p: Partial<Dossier>): Dossier {
  return { sources: [], actors: [], claims: [], events: [], discrepancies: [], ...p };
}
/** Only the fields images.ts reads; the rest of an extraction is irrelevant here. */
function extraction(id: string, file: string, images: { src: string; alt: string }[]): ArticleExtraction {
  return { meta: { id, file }, images } as unknown as ArticleExtraction;
}

/** Every URL in the markup's src/srcset attributes, as a file path under outDir. */
function referencedFiles(html: string, outDir: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/\b(?:src|srcset)="([^"]+)"/g)) {
    for (const part of m[1].split(',')) urls.add(part.trim().split(/\s+/)[0]);
  }
  return [...urls].map((u) => path.join(outDir, u));
}

describe('portraits', () => {
  it('turns a curated portrait into a <picture> with avif/webp sources, width/height/alt, and writes the files', async () => {
    const outDir = tmp();
    const d = dossier({ actors: [actor('dana-whitlow', 'Dana Whitlow', 'person', 'img/portrait.png'), actor('westmere', 'Westmere', 'place')] });
    const r = await prepareImages({ dossier: d, extractions: [], sourcesDir: path.join(FIX, 'src'), curationDir: path.join(FIX, 'curation'), outDir, cacheDir: tmp() });
    expect(r.warnings).toEqual([]);
    expect(Object.keys(r.portraits)).toEqual(['dana-whitlow']);
    const p = r.portraits['dana-whitlow'];
    expect(p.html).toMatch(/^<picture><source type="image\/avif" srcset="[^"]+"[^>]*><source type="image\/webp"[^>]*><img [^>]+><\/picture>$/);
    // 600×800 source: widths 320 and 600 (no upscaling past the original), ratio kept.
    expect(p.width).toBe(600);
    expect(p.height).toBe(800);
    expect(p.html).toContain('width="600" height="800"');
    expect(p.html).toContain('alt="Portrait of Dana Whitlow"');
    expect(p.html).toContain('loading="lazy" decoding="async"');
    const files = referencedFiles(p.html, outDir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(existsSync(f), f).toBe(true);
    const jpeg = files.find((f) => f.endsWith('-600.jpeg'));
    expect(jpeg).toBeDefined();
    const meta = await sharp(jpeg!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 600, 800]);
  });

  it('is deterministic: same names and bytes from a fresh cache, and survives an emptied cache', async () => {
    const d = dossier({ actors: [actor('dana-whitlow', 'Dana Whitlow', 'person', 'img/portrait.png')] });
    const run = (outDir: string, cacheDir: string) =>
      prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: path.join(FIX, 'curation'), outDir, cacheDir });
    const [o1, o2, c1, c2] = [tmp(), tmp(), tmp(), tmp()];
    const r1 = await run(o1, c1);
    const r2 = await run(o2, c2);
    expect(r2.portraits).toEqual(r1.portraits);
    const files1 = referencedFiles(r1.portraits['dana-whitlow'].html, o1);
    expect(files1.length).toBe(6); // 2 widths × avif, webp, jpeg
    for (const f of files1) expect(readFileSync(f).equals(readFileSync(path.join(o2, path.relative(o1, f)))), f).toBe(true);
    // The cache is wiped between two builds of one process: files are encoded again, not lost.
    rmSync(c1, { recursive: true, force: true });
    const o3 = tmp();
    const r3 = await run(o3, c1);
    expect(r3.warnings).toEqual([]);
    expect(r3.portraits).toEqual(r1.portraits);
    for (const f of referencedFiles(r3.portraits['dana-whitlow'].html, o3)) expect(existsSync(f), f).toBe(true);
  });

  it('keeps a PNG fallback for an image with transparency', async () => {
    const outDir = tmp();
    const d = dossier({ actors: [actor('westmere-council', 'Westmere Council', 'organization', 'img/emblem.png')] });
    const r = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: path.join(FIX, 'curation'), outDir, cacheDir: tmp() });
    const p = r.portraits['westmere-council'];
    expect([p.width, p.height]).toEqual([200, 100]);
    expect(p.html).toMatch(/<img src="\/img\/[\w-]+-200\.png" width="200" height="100"/);
    expect(p.html).not.toContain('.jpeg');
    for (const f of referencedFiles(p.html, outDir)) expect(existsSync(f), f).toBe(true);
  });

  it('a missing portrait gives one warning naming the file, and the rest still works', async () => {
    const outDir = tmp();
    const d = dossier({
      actors: [
        actor('a-one', 'A One', 'person', 'img/nobody.jpg'),
        actor('a-two', 'A Two', 'person', 'img/nobody.jpg'),
        actor('a-three', 'A Three', 'person', 'img/portrait.png'),
        actor('a-four', 'A Four', 'person', 'https://example.com/p.jpg'),
      ],
    });
    const r = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: path.join(FIX, 'curation'), outDir, cacheDir: tmp() });
    expect(Object.keys(r.portraits)).toEqual(['a-three']);
    const missing = r.warnings.filter((w) => w.includes('img/nobody.jpg'));
    expect(missing).toHaveLength(2); // one per actor naming the file; never a crash
    expect(missing[0]).toMatch(/^img\/nobody\.jpg: portrait of a-one not found/);
    expect(r.warnings.some((w) => w.startsWith('https://example.com/p.jpg: portrait of a-four is not a local file'))).toBe(true);
    // og cards are still made for everyone.
    expect(Object.keys(r.og).sort()).toEqual(['/actors/a-four/', '/actors/a-one/', '/actors/a-three/', '/actors/a-two/']);
  });

  it('looks a relative portrait up in the curation folder first, then in the project folder', async () => {
    const d = dossier({ actors: [actor('a', 'A', 'person', 'curation/img/portrait.png'), actor('b', 'B', 'person', 'img/emblem.png')] });
    const r = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: path.join(FIX, 'curation'), projectDir: FIX, outDir: tmp(), cacheDir: tmp() });
    expect(r.warnings).toEqual([]);
    expect([r.portraits.a.width, r.portraits.b.width]).toEqual([600, 200]);
    const none = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: null, projectDir: path.join(FIX, 'src'), outDir: tmp(), cacheDir: tmp() });
    expect(none.portraits).toEqual({});
    expect(none.warnings).toHaveLength(2);
  });

  it('a file that is not an image is a warning, not a crash', async () => {
    const d = dossier({ actors: [actor('x', 'X', 'person', 'page.html')] });
    const r = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: path.join(FIX, 'src'), outDir: tmp(), cacheDir: tmp() });
    expect(r.portraits).toEqual({});
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^page\.html: portrait of x: not a readable image/);
  });
});

describe('images inside HTML sources', () => {
  it('processes a local <img> with its alt text, skips the remote one, warns about the unsaved one', async () => {
    const file = 'page.html';
    const decoded = decodeArticle({ file, path: path.join(FIX, 'src', file), bytes: readFileSync(path.join(FIX, 'src', file)) });
    expect(decoded.ok).toBe(true);
    const images = decoded.ok ? decoded.doc.images ?? [] : [];
    expect(images.map((i) => i.src)).toEqual(['page_files/street.jpg', 'https://cdn.example.com/photos/bridge-aerial.jpg', 'page_files/missing.jpg']);

    const outDir = tmp();
    const d = dossier({ sources: [source('page', file)] });
    const r = await prepareImages({ dossier: d, extractions: [extraction('page', file, images)], sourcesDir: path.join(FIX, 'src'), curationDir: null, outDir, cacheDir: tmp() });
    expect(r.sourceImages.page).toHaveLength(1);
    const set = r.sourceImages.page[0];
    expect([set.width, set.height]).toEqual([400, 300]);
    expect(set.alt).toBe('Cars cross the bridge at dusk <script>alert(1)</script>');
    // The alt is escaped in the markup: no live <script> can come out of a scraped page.
    expect(set.html).not.toContain('<script');
    expect(set.html).toContain('alt="Cars cross the bridge at dusk &lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(set.html).toContain('<img src="/img/');
    expect(set.html).not.toContain('cdn.example.com');
    for (const f of referencedFiles(set.html, outDir)) expect(existsSync(f), f).toBe(true);
    expect(r.warnings).toEqual(['page.html: image page_files/missing.jpg not found next to the source; skipped']);
  });

  it('never reads files outside the sources folder', () => {
    const dir = path.join(FIX, 'src');
    expect(resolveSourceImage('../curation/img/portrait.png', 'page.html', dir)).toBeNull();
    expect(resolveSourceImage('page_files/../../curation/img/portrait.png', 'page.html', dir)).toBeNull();
    expect(resolveSourceImage('file:///etc/passwd', 'page.html', dir)).toBeNull();
    expect(resolveSourceImage('//cdn.example.com/a.jpg', 'page.html', dir)).toBeNull();
    expect(resolveSourceImage('data:image/gif;base64,R0lGOD', 'page.html', dir)).toBeNull();
    expect(resolveSourceImage('page_files/street.jpg?w=300#x', 'page.html', dir)).toEqual({ file: path.join(dir, 'page_files/street.jpg'), rootRelative: false });
    expect(resolveSourceImage('page%5Ffiles/street.jpg', 'page.html', dir)?.file).toBe(path.join(dir, 'page_files/street.jpg'));
    expect(resolveSourceImage('/page_files/street.jpg', 'page.html', dir)).toEqual({ file: path.join(dir, 'page_files/street.jpg'), rootRelative: true });
  });
});

describe('social preview cards', () => {
  const d = dossier({
    sources: [source('s1', 's1.txt'), source('s2', 's2.txt')],
    actors: [
      actor('dana-whitlow', 'Dana Whitlow', 'person', null, [{ source: 's1', count: 3 }, { source: 's2', count: 1 }]),
      actor('westmere-council', 'Westmere Town Council', 'organization'),
      actor('westmere', 'Westmere', 'place'),
    ],
    events: [
      event('bridge-reopens', 'Harbour bridge reopens after eight months of repairs', '2024-03-05', ['s1', 's2'], 1),
      event('council-vote', 'Council votes on the approach-road works', '2024-02', ['s2'], 1),
    ],
  });

  it('makes a 1200×630 PNG for every actor and event, with deterministic names and bytes', async () => {
    const cacheDir = tmp();
    const out1 = tmp();
    const r1 = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: null, outDir: out1, cacheDir });
    expect(r1.warnings).toEqual([]);
    const paths = [...d.actors, ...d.events].map((x) => x.url_path);
    expect(Object.keys(r1.og).sort()).toEqual([...paths].sort());
    const urls = new Set<string>();
    for (const p of paths) {
      const og = r1.og[p];
      expect(og.url).toMatch(/^\/img\/og\/[0-9a-f]{16}\.png$/);
      expect([og.width, og.height]).toEqual([1200, 630]);
      urls.add(og.url);
      const meta = await sharp(path.join(out1, og.url)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    }
    expect(urls.size).toBe(paths.length); // different text -> different card
    expect(r1.og['/events/bridge-reopens/'].alt).toBe('Event · meeting: Harbour bridge reopens after eight months of repairs. 5 March 2024 · 1 independent report · 2 sources');
    expect(r1.og['/actors/dana-whitlow/'].alt).toBe('Person: Dana Whitlow. Named 4 times in 2 sources');

    // Warm: same cache, fresh staging folder -> same names, same bytes, cache file not rewritten.
    const cached = path.join(cacheDir, 'og', path.basename(r1.og['/actors/westmere/'].url));
    const mtime = statSync(cached).mtimeMs;
    const out2 = tmp();
    const r2 = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: null, outDir: out2, cacheDir });
    expect(r2.og).toEqual(r1.og);
    expect(statSync(cached).mtimeMs).toBe(mtime);
    // Cold again, in a fresh cache: encoding itself is deterministic.
    const out3 = tmp();
    const r3 = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: null, outDir: out3, cacheDir: tmp() });
    expect(r3.og).toEqual(r1.og);
    for (const p of paths) {
      const a = readFileSync(path.join(out1, r1.og[p].url));
      expect(readFileSync(path.join(out2, r2.og[p].url)).equals(a)).toBe(true);
      expect(readFileSync(path.join(out3, r3.og[p].url)).equals(a)).toBe(true);
    }
  });

  it('gives the most reported pages their own card and the rest their kind\'s shared card', async () => {
    const out = tmp();
    const r = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: null, outDir: out, cacheDir: tmp(), cardLimit: 1 });
    expect(r.warnings).toEqual([]);
    // Actors ranked by sources: Dana Whitlow (2 sources) keeps hers; events by reports, then sources.
    expect(r.og['/actors/dana-whitlow/'].alt).toBe('Person: Dana Whitlow. Named 4 times in 2 sources');
    expect(r.og['/events/bridge-reopens/'].alt).toMatch(/^Event · meeting: Harbour bridge reopens/);
    expect(r.og['/actors/westmere/'].alt).toBe('Place: Place profile. Sources, claims and events, each linked to its sentence');
    expect(r.og['/events/council-vote/'].alt).toBe('Event: Event record. Sources, claims and events, each linked to its sentence');
    // Every page still names a card, and every named card is in the site.
    for (const p of [...d.actors, ...d.events].map((x) => x.url_path)) {
      const meta = await sharp(path.join(out, r.og[p].url)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    }
    // The choice depends only on the dossier, never on which pages changed.
    const again = await prepareImages({ dossier: d, extractions: [], sourcesDir: FIX, curationDir: null, outDir: tmp(), cacheDir: tmp(), cardLimit: 1 });
    expect(again.og).toEqual(r.og);
  });

  it('escapes markup in card text and the SVG still renders', async () => {
    const evil = actor('evil', '<script>alert("x")</script> & Sons', 'organization');
    const svg = cardSvg(actorCard(evil));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)');
    expect(svg).toContain('&amp; Sons');
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    expect((await sharp(png).metadata()).width).toBe(1200);
    const r = await prepareImages({ dossier: dossier({ actors: [evil] }), extractions: [], sourcesDir: FIX, curationDir: null, outDir: tmp(), cacheDir: tmp() });
    expect(r.og['/actors/evil/'].alt).toBe('Organisation: <script>alert("x")</script> & Sons. Named 2 times in 1 source');
  });

  it('renders any unicode title (control characters, lone surrogates, RTL) into a valid SVG', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 120 }), async (title) => {
        const svg = cardSvg(eventCard(event('e', title, 'not a date', [], 0)));
        expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        const meta = await sharp(Buffer.from(svg)).metadata();
        expect([meta.width, meta.height]).toEqual([1200, 630]);
      }),
      { numRuns: 12, seed: 7 },
    );
    const svg = cardSvg(eventCard(event('e', 'اجتماع المجلس البلدي في المدينة\u0000\uD800', '2020-01-03', ['a'], 1)));
    await expect(sharp(Buffer.from(svg)).png().toBuffer()).resolves.toBeInstanceOf(Buffer);
  });
});

describe('text helpers', () => {
  it('wraps long titles into at most three lines with an ellipsis', () => {
    const lines = wrapText('Harbour bridge reopens after eight months of repairs while the council debates the cost of the approach roads', 26, 3);
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(26);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(wrapText('Short title', 26, 3)).toEqual(['Short title']);
    expect(wrapText('Pneumonoultramicroscopicsilicovolcanoconiosis', 20, 3)).toEqual(['Pneumonoultramicrosc', 'opicsilicovolcanocon', 'iosis']);
    expect(wrapText('', 26, 3)).toEqual([]);
  });

  it('formats dates at their precision', () => {
    expect(dateLabel('2020-01-03')).toBe('3 January 2020');
    expect(dateLabel('2020-11')).toBe('November 2020');
    expect(dateLabel('2020')).toBe('2020');
    expect(dateLabel('2020-13')).toBe('2020-13');
    expect(dateLabel(null)).toBe('');
  });

  it('escapes all five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('odd input', () => {
  it('returns empty results for an empty or malformed dossier', async () => {
    const outDir = tmp();
    const empty = await prepareImages({ dossier: dossier({}), extractions: [], sourcesDir: FIX, curationDir: null, outDir, cacheDir: tmp() });
    expect(empty).toEqual({ portraits: {}, sourceImages: {}, og: {}, warnings: [] });
    const broken = await prepareImages({
      dossier: { actors: [null, { id: 'x' }], events: [{ id: 'e', url_path: '/events/e/' }] } as unknown as Dossier,
      extractions: [null, { meta: null, images: [{ src: 42 }] }] as unknown as ArticleExtraction[],
      sourcesDir: FIX,
      curationDir: null,
      outDir,
      cacheDir: tmp(),
    });
    expect(Object.keys(broken.og)).toEqual(['/events/e/']);
    expect(broken.portraits).toEqual({});
  });
});
