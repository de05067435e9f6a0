// The sharded, incremental search index (issue 8): shards are planned deterministically, a rebuild re-indexes
// only the shards whose pages changed, and the result is byte-identical to a cold build's index.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, repo, tempDir, treeHashes } from '../helpers/cli.ts';
import { planSearchShards, bundlePath, linearBucket, searchableHtml, createSearchIndexer } from '../../scripts/site/search.ts';
import { digestFile } from '../../scripts/site/build-digest.ts';
import { inShardOrder } from '../../scripts/site/site.ts';

describe('planSearchShards', () => {
  const urls = [
    ...Array.from({ length: 25 }, (_, i) => `/sources/s-${i}/`),
    ...Array.from({ length: 9 }, (_, i) => `/actors/a-${i}/`),
    ...Array.from({ length: 4 }, (_, i) => `/events/e-${i}/`),
  ];

  it('keeps a small dossier in one bundle at /pagefind/', () => {
    const shards = planSearchShards(urls, 100);
    expect(shards).toHaveLength(1);
    expect(bundlePath(shards[0])).toBe('/pagefind/');
    expect(shards[0].urls).toEqual([...urls].sort());
  });

  it('splits a large one by kind and by a stable hash, covering every page once', () => {
    const shards = planSearchShards(urls, 10);
    expect(shards.map((s) => s.name)).toEqual(['actors-1', 'events-1', 'sources-1', 'sources-2', 'sources-3'].filter((n) => shards.some((s) => s.name === n)));
    expect(shards.filter((s) => s.name.startsWith('sources-')).length).toBe(3);
    const all = shards.flatMap((s) => s.urls);
    expect(all.sort()).toEqual([...urls].sort());
    expect(new Set(all).size).toBe(urls.length);
    // Same input in another order: same shards. A new page does not move the others (same bucket count).
    expect(planSearchShards([...urls].reverse(), 10)).toEqual(shards);
    const grown = planSearchShards([...urls, '/sources/s-new/'], 10);
    for (const s of shards) {
      const g = grown.find((x) => x.name === s.name)!;
      expect(g.urls.filter((u) => u !== '/sources/s-new/')).toEqual(s.urls);
    }
  });
});

describe('linearBucket', () => {
  it('puts every hash in a bucket below n, and moves only one bucket\'s hashes when n grows by one', () => {
    const hashes = Array.from({ length: 4000 }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 0) % 2 ** 32);
    for (let n = 1; n < 40; n++) {
      const before = hashes.map((h) => linearBucket(h, n));
      const after = hashes.map((h) => linearBucket(h, n + 1));
      expect(before.every((b) => b >= 0 && b < n)).toBe(true);
      const moved = new Set(hashes.flatMap((_, i) => (before[i] === after[i] ? [] : [before[i]])));
      expect(moved.size).toBeLessThanOrEqual(1);
      // every moved hash goes to the new bucket
      expect(hashes.every((_, i) => before[i] === after[i] || after[i] === n)).toBe(true);
      // no bucket holds more than about twice the average
      const sizes = Array.from({ length: n + 1 }, (_, b) => after.filter((x) => x === b).length);
      expect(Math.max(...sizes)).toBeLessThan((2.5 * hashes.length) / (n + 1));
    }
  });
});

describe('incremental search index', () => {
  it('re-indexes only the shards whose pages changed, byte-identical to a cold index', () => {
    const base = tempDir('search');
    const sources = path.join(base, 'sources');
    fs.cpSync(path.join(repo, 'sources'), sources, { recursive: true });
    const env = { DOSSIER_SEARCH_SHARD_PAGES: '8' };
    const build = (out: string, cache: string) => runCli(['build', '--sources', sources, '--out', out, '--cache', cache, '--verbose', '--no-briefs'], { env });
    const stats = (stderr: string) => {
      const m = /search: (\d+) pages in (\d+) shards, (\d+) indexed, (\d+) reused/.exec(stderr);
      if (!m) throw new Error(`no search line in: ${stderr.slice(-2000)}`);
      return { pages: Number(m[1]), shards: Number(m[2]), indexed: Number(m[3]), reused: Number(m[4]) };
    };
    const out = path.join(base, 'site');
    const cache = path.join(base, 'cache');
    const cold = build(out, cache);
    expect(cold.status, cold.stderr).toBe(0);
    const c = stats(cold.stderr);
    expect(c.shards).toBeGreaterThan(3);
    expect(c.indexed).toBe(c.shards);

    // Nothing changed is a no-op build (build-digest.ts); without its digest, a real build reuses every shard.
    expect(build(out, cache).stdout).toMatch(/^Nothing changed since the last build/);
    fs.rmSync(digestFile(cache, out));
    const noop = build(out, cache);
    expect(stats(noop.stderr)).toEqual({ ...c, indexed: 0, reused: c.shards });

    // Change one article's text: its source page changes; the other sources' shards are reused.
    const file = path.join(sources, '002_4003a2322dbc9ac4.txt');
    fs.appendFileSync(file, '\nObservers said on Tuesday that the talks would resume next week.\n');
    const warm = build(out, cache);
    expect(warm.status, warm.stderr).toBe(0);
    const w = stats(warm.stderr);
    expect(w.indexed).toBeGreaterThan(0);
    expect(w.reused).toBeGreaterThan(0);

    // The same input built cold gives the same index files.
    const coldOut = path.join(base, 'cold-site');
    const again = build(coldOut, path.join(base, 'cold-cache'));
    expect(again.status, again.stderr).toBe(0);
    const a = treeHashes(path.join(out, 'pagefind'));
    const b = treeHashes(path.join(coldOut, 'pagefind'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a).toEqual(b);
  }, 300_000);
});

describe('what Pagefind reads of a page', () => {
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>` +
    `<p>${body}</p><p data-pagefind-filter="kind">actor</p></main><nav><a href="/elsewhere/">Elsewhere</a></nav></body></html>`;
  const linked = (slug: string, name: string) =>
    page('Talks in Varnholm', `Minister <a href="/actors/${slug}/" title="${name}" class="m">Oskar Lenn</a> met the <a href="/actors/river-council/">River Council</a> on Tuesday.`);

  it('leaves out the targets and titles of links, nothing else', () => {
    expect(searchableHtml('<p class="x">a <a class="m" href="/actors/a/" title="A b">A</a> b <abbr title="t">T</abbr></p>')).toBe(
      '<p class="x">a <a class="m">A</a> b <abbr title="t">T</abbr></p>',
    );
  });

  it('gives Pagefind the same bundle as the whole page', async () => {
    const pages = [
      { url: '/sources/one/', content: linked('oskar-lenn', 'Oskar Lenn') },
      { url: '/sources/two/', content: page('Floods in the delta', 'The <a href="/actors/river-council/" title="River Council">council</a> warned of floods.') },
    ];
    const base = tempDir('pagefind-reads');
    const bundle = async (strip: boolean) => {
      const pagefind = await import('pagefind');
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      for (const p of pages) await index!.addHTMLFile(strip ? { ...p, content: searchableHtml(p.content) } : p);
      const out = path.join(base, strip ? 'stripped' : 'whole');
      await index!.writeFiles({ outputPath: out });
      await index!.deleteIndex();
      return treeHashes(out);
    };
    const whole = await bundle(false);
    const stripped = await bundle(true);
    await (await import('pagefind')).close();
    expect(whole.size).toBeGreaterThan(3);
    expect(stripped).toEqual(whole);
  }, 60_000);

  it('keeps a shard whose pages changed only where their links point, and re-indexes one whose text changed', async () => {
    const base = tempDir('search-links');
    const site = path.join(base, 'site');
    const write = (url: string, html: string) => {
      fs.mkdirSync(path.join(site, url), { recursive: true });
      fs.writeFileSync(path.join(site, url, 'index.html'), html);
    };
    const shards = planSearchShards(['/sources/a/', '/sources/b/', '/actors/c/'], 1);
    const run = async (fingerprint: string) => {
      fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
      const indexer = createSearchIndexer(site, { shards, fingerprints: new Map(shards.flatMap((s) => s.urls.map((u) => [u, `${u}${fingerprint}`]))), cacheDir: path.join(base, 'cache') });
      const result = await indexer.finish();
      return { indexed: result.indexed, files: treeHashes(path.join(site, 'pagefind')) };
    };
    write('/sources/a/', linked('oskar-lenn', 'Oskar Lenn'));
    write('/sources/b/', page('Floods', 'The council warned of floods.'));
    write('/actors/c/', page('River Council', 'A council of the delta towns.'));
    const first = await run('1');
    expect(first.indexed).toBe(shards.length);
    // the actor was renamed: its address and the link's title changed, the text did not
    write('/sources/a/', linked('oskar-lenne', 'Oskar Lenne'));
    const renamed = await run('2');
    expect(renamed.indexed).toBe(0);
    expect(renamed.files).toEqual(first.files);
    write('/sources/a/', linked('oskar-lenne', 'Oskar Lenne').replace('on Tuesday', 'on Friday'));
    const edited = await run('3');
    expect(edited.indexed).toBe(1);
    expect(edited.files).not.toEqual(first.files);
  }, 60_000);
});

describe('inShardOrder', () => {
  it("renders a shard's pages together, in shard order, pages outside the index last in their own order", () => {
    const shards = [
      { name: 'actors-1', urls: ['/actors/b/', '/actors/a/'] },
      { name: 'sources-1', urls: ['/sources/y/'] },
      { name: 'sources-2', urls: ['/sources/x/', '/sources/z/'] },
    ];
    const urls = ['/sources/x/', '/sources/y/', '/', '/sources/z/', '/actors/a/', '/timeline/', '/actors/b/'];
    expect(inShardOrder(urls, shards)).toEqual(['/actors/a/', '/actors/b/', '/sources/y/', '/sources/x/', '/sources/z/', '/', '/timeline/']);
  });
});
