// Incremental rendering and bounded pages (issue 8): a one-article change re-renders only that source's
// page, the actors and events it touches; the result is byte-identical to a cold build of the same input.
// Page lists are capped whatever the corpus size, and every link to a claim cluster reaches its page.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, repo, tempDir, treeHashes, readPage } from '../helpers/cli.ts';
import { buildViews, paginate, PAGE_LIMITS } from '../../scripts/site/views/index.ts';
import { indexMentions } from '../../scripts/site/mentions.ts';
import { planAnchors, planPages } from '../../scripts/site/page-plan.ts';
import { summarise } from '../../scripts/site/summarise.ts';
import { diffDossiers } from '../../scripts/site/changes.ts';
import { generateArticles } from '../../scripts/bench/generate.ts';
import type { Dossier } from '../../scripts/lib/types.ts';

interface Manifest {
  stats: { rendered: number; reused: number; renderedUrls: string[] };
  pages: Record<string, { fp: string }>;
}

let base: string;
let sources: string;
let out: string;
let cache: string;
let dossier: Dossier;
const CHANGED = '003_7ee5d999a6d09f79.txt';

/** Every file of a folder with its inode, size and modification time: a file written again shows. */
function treeStats(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const st = fs.statSync(path.join(dir, f));
    if (st.isFile()) out[f] = `${st.ino} ${st.size} ${st.mtimeMs}`;
  }
  return out;
}

const build = (src: string, o: string, c: string) => runCli(['build', '--sources', src, '--out', o, '--cache', c, '--quiet', '--no-briefs']);
const manifest = (c: string): Manifest => {
  const dir = path.join(c, 'site');
  const [key] = fs.readdirSync(dir);
  return JSON.parse(fs.readFileSync(path.join(dir, key, 'manifest.json'), 'utf8'));
};

beforeAll(() => {
  base = tempDir('incremental');
  sources = path.join(base, 'sources');
  fs.cpSync(path.join(repo, 'sources'), sources, { recursive: true });
  out = path.join(base, 'site');
  cache = path.join(base, 'cache');
  const r = build(sources, out, cache);
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  dossier = JSON.parse(fs.readFileSync(path.join(out, 'data', 'dossier.json'), 'utf8'));
}, 180_000);

describe('incremental rendering', () => {
  it('renders every entity page on a cold build and none when nothing changed', () => {
    const cold = manifest(cache);
    const entityPages = [...dossier.sources, ...dossier.actors, ...dossier.events].map((x) => x.url_path);
    // Entity pages and the pages of paginated lists (claims by kind, months, the source list, discrepancies).
    expect(cold.stats.renderedUrls).toEqual(expect.arrayContaining([...entityPages, '/sources/', '/discrepancies/']));
    expect(cold.stats.renderedUrls.some((u) => /^\/claims\/[a-z-]+\/$/.test(u))).toBe(true);
    expect(cold.stats.renderedUrls.some((u) => /^\/timeline\/\d{4}(-\d{2})?\/$/.test(u))).toBe(true);
    expect(cold.stats.reused).toBe(0);
    const before = treeStats(out);
    const again = build(sources, out, cache);
    expect(again.status).toBe(0);
    // Nothing changed: one line, and the site is left as it is (the same files, not rewritten).
    expect(again.stdout.trim()).toMatch(/^Nothing changed since the last build of .*: the site is left as it is\.$/);
    expect(again.stderr).toBe('');
    expect(treeStats(out)).toEqual(before);
    expect(manifest(cache)).toEqual(cold);
    // Reused pages are still there, with their content.
    expect(readPage(out, dossier.sources[0].url_path)).toContain('<section class="body"');
    expect(fs.existsSync(path.join(out, 'pagefind'))).toBe(true);
  }, 180_000);

  it('re-renders only the changed source and what it touches, byte-identical to a cold build', () => {
    fs.appendFileSync(path.join(sources, CHANGED), '\nThe ministry said on Tuesday that the inquiry would report within a month.\n');
    const r = build(sources, out, cache);
    expect(r.status, r.stderr).toBe(0);
    const after: Dossier = JSON.parse(fs.readFileSync(path.join(out, 'data', 'dossier.json'), 'utf8'));
    const changed = after.sources.find((s) => s.file === CHANGED)!;
    const m = manifest(cache);
    expect(m.stats.renderedUrls).toContain(changed.url_path);
    // No other source page, and only actors and events that the changed source mentions.
    const touched = new Set<string>([changed.url_path]);
    for (const a of [...dossier.actors, ...after.actors]) if (a.mentions.some((x) => x.source === changed.id)) touched.add(a.url_path);
    for (const e of [...dossier.events, ...after.events]) if (e.sources.includes(changed.id)) touched.add(e.url_path);
    const entity = /^\/(sources|actors|events)\/[^/]+\/$/;
    const outside = m.stats.renderedUrls.filter((u) => entity.test(u) && !touched.has(u));
    expect(outside).toEqual([]);
    expect(m.stats.reused).toBeGreaterThan(m.stats.rendered);

    const cold = path.join(base, 'cold');
    const c = build(sources, path.join(cold, 'site'), path.join(cold, 'cache'));
    expect(c.status).toBe(0);
    const a = treeHashes(out);
    const b = treeHashes(path.join(cold, 'site'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect([...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f)).toEqual([]);
  }, 300_000);

  it('is byte-identical to a cold build after an article is added, then after it is deleted', () => {
    // An article of the benchmark's generated corpus (invented names), new to this corpus.
    const [article] = generateArticles(1, 7);
    const added = path.join(sources, `zz-${article.file}`);
    fs.writeFileSync(added, article.content);
    const sameAsCold = (label: string) => {
      const r = build(sources, out, cache);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Built the dossier from/);
      const cold = path.join(base, `cold-${label}`);
      const c = build(sources, path.join(cold, 'site'), path.join(cold, 'cache'));
      expect(c.status, c.stderr).toBe(0);
      const a = treeHashes(out);
      const b = treeHashes(path.join(cold, 'site'));
      expect([...a.keys()]).toEqual([...b.keys()]);
      expect([...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f)).toEqual([]);
      return JSON.parse(fs.readFileSync(path.join(out, 'data', 'dossier.json'), 'utf8')) as Dossier;
    };
    const withIt = sameAsCold('added');
    expect(withIt.sources.some((s) => s.file === path.basename(added))).toBe(true);
    expect(manifest(cache).stats.reused).toBeGreaterThan(0);
    fs.rmSync(added);
    const without = sameAsCold('deleted');
    expect(without.sources.some((s) => s.file === path.basename(added))).toBe(false);
    expect(without.sources.length).toBe(withIt.sources.length - 1);
  }, 300_000);

  it('gives the same site when the pages are rendered in many small batches', () => {
    const batched = path.join(base, 'batched');
    process.env.DOSSIER_RENDER_BATCH = '7';
    try {
      const r = build(sources, path.join(batched, 'site'), path.join(batched, 'cache'));
      expect(r.status, r.stderr).toBe(0);
    } finally {
      delete process.env.DOSSIER_RENDER_BATCH;
    }
    expect(manifest(path.join(batched, 'cache')).stats.rendered).toBeGreaterThan(7 * 5);
    const a = treeHashes(out);
    const b = treeHashes(path.join(batched, 'site'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f)).toEqual([]);
  }, 180_000);

  it('renders a page again when its file in the previous site was removed or altered', () => {
    const victim = dossier.actors[0].url_path;
    const file = path.join(out, victim, 'index.html');
    fs.writeFileSync(file, 'tampered');
    const removed = dossier.sources[1].url_path;
    fs.rmSync(path.join(out, removed, 'index.html'));
    const r = build(sources, out, cache);
    expect(r.status).toBe(0);
    expect(manifest(cache).stats.renderedUrls).toEqual([removed, victim].sort());
    expect(readPage(out, victim)).toContain('<h1 data-pagefind-meta="title">');
    expect(readPage(out, removed)).toContain('<section class="body"');
  }, 180_000);
});

describe('bounded pages', () => {
  /** The real dossier with every claim, event and source repeated n times under new ids. */
  function inflate(d: Dossier, n: number): Dossier {
    const copy = structuredClone(d);
    const speaker = d.actors.find((a) => a.type === 'person')!.id;
    for (let i = 1; i < n; i++) {
      copy.claims.push(...d.claims.map((c) => ({ ...c, id: `${c.id}-x${i}`, cluster: `${c.cluster}-x${i}`, speaker })));
      copy.events.push(...d.events.map((e) => ({ ...e, id: `${e.id}-x${i}`, url_path: `/events/${e.id}-x${i}/`, date: '2020-12-30' })));
      copy.sources.push(...d.sources.map((s) => ({ ...s, id: `${s.id}-x${i}`, url_path: `/sources/${s.id}-x${i}/` })));
      copy.discrepancies.push(...d.discrepancies.map((x) => ({ ...x, id: `${x.id}-x${i}` })));
    }
    return copy;
  }

  it('splits claims, timeline and source lists into pages of a fixed size, and caps actor pages', () => {
    const big = inflate(dossier, 120);
    const v = buildViews({ dossier: big, extractions: [], copies: [], mentions: indexMentions(big, [], new Map()), network: { nodes: [], edges: [] } });
    expect(big.claims.length).toBeGreaterThan(PAGE_LIMITS.clustersPerPage * 3);
    for (const p of v.claimPages) expect(p.clusters.length).toBeLessThanOrEqual(PAGE_LIMITS.clustersPerPage);
    expect(v.claimPages.some((p) => p.page > 1 && /^\/claims\/[a-z-]+\/\d+\/$/.test(p.url))).toBe(true);
    expect(v.topClusters.length).toBe(PAGE_LIMITS.topClusters);
    for (const p of v.timelinePages) expect(p.events.length).toBeLessThanOrEqual(PAGE_LIMITS.eventsPerPage);
    expect(v.timelinePages.filter((p) => p.month === '2020-12').length).toBeGreaterThan(1);
    expect(v.homeSources.length).toBe(PAGE_LIMITS.homeSources);
    for (const p of v.sourcePages) expect(p.sources.length).toBeLessThanOrEqual(PAGE_LIMITS.sourcesPerPage);
    expect(v.sourcePages[1].url).toBe('/sources/page/2/');
    expect(v.discrepancyPages.length).toBeGreaterThan(1);
    for (const p of v.discrepancyPages) expect(p.discrepancies.length).toBeLessThanOrEqual(PAGE_LIMITS.discrepanciesPerPage);
    const last = v.discrepancyPages.at(-1)!;
    expect(v.discrepancyHref(last.discrepancies[0].record.id)).toBe(`${last.url}#${last.discrepancies[0].record.id}`);
    // Every cluster link names the page that lists the cluster.
    const holder = new Map(v.claimPages.flatMap((p) => p.clusters.map((c) => [c.id, p.url] as const)));
    for (const c of v.claims) expect(c.clusterHref).toBe(`${holder.get(c.claim.cluster)}#${c.claim.cluster}`);
    // The speaker of every repeated claim: a bounded list with a count of the rest, and notes only for what is shown.
    const busy = v.actors.reduce((a, b) => (b.statementsBy.length + b.more.by > a.statementsBy.length + a.more.by ? b : a));
    expect(busy.statementsBy.length).toBe(PAGE_LIMITS.actorStatements);
    expect(busy.more.by).toBeGreaterThan(100);
    expect(busy.notes.length).toBeLessThan(PAGE_LIMITS.actorStatements * 2 + PAGE_LIMITS.actorEvents + 10);
    for (const a of v.actors) {
      expect(a.events.length).toBeLessThanOrEqual(PAGE_LIMITS.actorEvents);
      expect(a.sources.length).toBeLessThanOrEqual(PAGE_LIMITS.actorSources);
    }
  });

  it('paginates with page 1 at the base URL and prev/next links', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, '/x/');
    expect(pages.map((p) => [p.url, p.items, p.prev, p.next])).toEqual([
      ['/x/', [1, 2], null, '/x/2/'],
      ['/x/2/', [3, 4], '/x/', '/x/3/'],
      ['/x/3/', [5], '/x/2/', null],
    ]);
    expect(paginate([], 10, '/x/')).toHaveLength(1);
  });

  it('points summary and changes links at the page holding the cluster or discrepancy, from one page plan', () => {
    const big = inflate(dossier, 120);
    const plan = planPages(big);
    const anchors = planAnchors(plan);
    // Every cluster and discrepancy on a later page is linked to that page, never to the first.
    const later = plan.claimKinds.flatMap((k) => k.pages.filter((p) => p.page > 1).flatMap((p) => p.items.map((c) => [c.id, p.url] as const)));
    expect(later.length).toBeGreaterThan(0);
    for (const [id, url] of later) expect(anchors.clusterHref(id)).toBe(`${url}#${id}`);
    const lastPage = plan.discrepancyPages.at(-1)!;
    expect(lastPage.page).toBeGreaterThan(1);
    expect(anchors.discrepancyHref(lastPage.items[0].id)).toBe(`${lastPage.url}#${lastPage.items[0].id}`);
    expect(anchors.clusterHref('no-such-cluster')).toBe('/claims/');
    // summarise and diffDossiers make their links from the anchors they are given (by default, the dossier's own).
    const hrefs = (x: unknown): string[] => JSON.stringify(x).match(/"href2?":"[^"]*"/g)?.map((m) => m.replace(/^"href2?":"|"$/g, '')) ?? [];
    const onLists = (x: unknown) => hrefs(x).filter((h) => /^\/(claims|discrepancies)\/.*#/.test(h));
    const linksOf = [summarise(big, { anchors }), diffDossiers(dossier, big, { anchors }), summarise(big), diffDossiers(dossier, big)];
    for (const x of linksOf) {
      const linked = onLists(x);
      expect(linked.length).toBeGreaterThan(0);
      for (const h of linked) {
        const [url, id] = h.split('#');
        expect([anchors.clusterHref(id), anchors.discrepancyHref(id)]).toContain(h);
        expect(url).not.toBe('/claims/');
      }
    }
    const summary = readPage(out, '/summary/');
    for (const m of summary.matchAll(/href="(\/claims\/[^"]*#[^"]+)"/g)) {
      const [url, id] = m[1].split('#');
      expect(url).not.toBe('/claims/');
      expect(readPage(out, url)).toContain(`id="${id}"`);
    }
  }, 60_000); // four summaries and diffs of a dossier 120 times the bundled one: seconds on a shared machine
});
