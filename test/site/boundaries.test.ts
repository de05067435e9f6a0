// One error boundary per stage of the site build (scripts/site/stage-boundary.ts): an unexpected error in
// a stage the site can do without is one warning naming the stage, and the site is built without that
// stage's output; in a stage it cannot do without, the build stops with one line naming the stage and
// nothing is published. Failures are injected by wrapping the real stage functions (vi.mock), switched
// on per test, as test/lib/boundaries.test.ts does for extraction.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractCorpus, type CorpusResult } from '../../scripts/pipeline.ts';
import { buildSite } from '../../scripts/site/site.ts';
import { failureMessage, StageError } from '../../scripts/site/failure-message.ts';
import type { Progress } from '../../scripts/lib/progress.ts';

const inject = vi.hoisted(() => {
  const state = { stage: null as string | null };
  // The real stage function, made to throw while `state.stage` names it.
  const failing = <F extends (...args: never[]) => unknown>(stage: string, fn: F): F =>
    ((...args: Parameters<F>) => {
      if (state.stage === stage) throw new TypeError(`${stage} broke\n    at a line nobody needs`);
      return fn(...args);
    }) as F;
  return { state, failing };
});
vi.mock('../../scripts/site/summarise.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/site/summarise.ts')>();
  return { ...m, summarise: inject.failing('summary', m.summarise) };
});
vi.mock('../../scripts/site/chart.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/site/chart.ts')>();
  return { ...m, eventsPerMonthChart: inject.failing('chart', m.eventsPerMonthChart) };
});
vi.mock('../../scripts/site/network.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/site/network.ts')>();
  return { ...m, buildNetwork: inject.failing('network', m.buildNetwork) };
});
vi.mock('../../scripts/site/network-page.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/site/network-page.ts')>();
  return { ...m, networkPage: inject.failing('network page', m.networkPage) };
});
vi.mock('../../scripts/site/changes.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/site/changes.ts')>();
  return { ...m, diffDossiers: inject.failing('changes', m.diffDossiers) };
});
vi.mock('../../scripts/site/images.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/site/images.ts')>();
  return { ...m, prepareSiteImages: inject.failing('images', m.prepareSiteImages) };
});
vi.mock('../../scripts/site/views/index.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/site/views/index.ts')>();
  return { ...m, buildViews: inject.failing('views', m.buildViews) };
});
vi.mock('../../scripts/site/render.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/site/render.ts')>();
  return { ...m, renderPages: inject.failing('render', m.renderPages) };
});

afterEach(() => {
  inject.state.stage = null;
});

// Two invented reports of one invented strike.
const ARTICLES: Record<string, string> = {
  'harbour-gazette.txt': [
    'Dockers strike at Port Velm',
    'Dock workers at Port Velm walked off the job on Tuesday, 3 March 2026, halting container traffic.',
    'The Velm Dockers Union accused the Port Authority of breaking its promises on pensions.',
    '“We will not unload a single ship until the deal is signed,” said Ngozi Okafor, the union leader.',
    'Police arrested 14 dockers at the main gate of Port Velm on 3 March 2026, the union said.',
  ].join('\n\n'),
  'coast-courier.txt': [
    'Port Velm at a standstill',
    'Police arrested 9 dockers at the gates of Port Velm on 3 March 2026, as the strike entered its first day.',
    'Ngozi Okafor, who leads the Velm Dockers Union, said the Port Authority had ignored the workers for a year.',
    'The Port Authority denied the union’s accusations and said talks would resume on Friday.',
  ].join('\n\n'),
};

let base: string;
let sourcesDir: string;
let corpus: CorpusResult;
let n = 0;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-site-boundary-'));
  sourcesDir = path.join(base, 'sources');
  fs.mkdirSync(sourcesDir);
  for (const [f, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(sourcesDir, f), text);
  corpus = await extractCorpus(sourcesDir, { curation: false, cacheDir: null, workers: 0, quiet: true });
}, 60_000);
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** Builds the corpus into a fresh folder; the lines the build printed, and the site folder. */
async function build(previous: CorpusResult['dossier'] | null = null): Promise<{ lines: string[]; out: string }> {
  const lines: string[] = [];
  const progress: Progress = { stage() {}, tick() {}, done() {}, info: (l) => lines.push(l) };
  const dir = path.join(base, `build-${++n}`);
  const out = path.join(dir, 'site');
  await buildSite(corpus, { outDir: out, cacheDir: path.join(dir, 'cache'), contentDir: path.join(dir, 'content'), briefs: false, previous, sourcesDir, curationFile: null, progress });
  return { lines, out };
}
const page = (out: string, url: string) => fs.readFileSync(path.join(out, url, 'index.html'), 'utf8');
const failures = (lines: string[]) => lines.filter((l) => /stage failed/.test(l));

describe('site stages the build can do without', () => {
  it('builds with no stage failure when nothing throws (what the other tests lose)', async () => {
    const { lines, out } = await build();
    expect(failures(lines)).toEqual([]);
    expect(page(out, 'summary')).toContain('class="evidence"');
    expect(page(out, 'network')).toContain('<svg');
    expect(fs.readdirSync(path.join(out, 'img', 'og')).length).toBeGreaterThan(0);
  }, 60_000);

  it('a summary stage that throws: one warning naming it; the site is built with an empty summary', async () => {
    inject.state.stage = 'summary';
    const { lines, out } = await build();
    expect(failures(lines)).toEqual(['warning: summary stage failed (TypeError: summary broke); the summary page is built without its content']);
    expect(page(out, 'summary')).not.toContain('class="evidence"');
    expect(fs.existsSync(path.join(out, 'data', 'dossier.json'))).toBe(true);
  }, 60_000);

  it('the chart throwing inside the summary reaches the summary stage boundary (no silent empty chart)', async () => {
    inject.state.stage = 'chart';
    const { lines } = await build();
    expect(failures(lines)).toEqual(['warning: summary stage failed (TypeError: chart broke); the summary page is built without its content']);
  }, 60_000);

  it('a network stage that throws: one warning; no drawings, and the GraphML export falls back to the actors alone', async () => {
    inject.state.stage = 'network';
    const { lines, out } = await build();
    expect(failures(lines)).toEqual(['warning: network stage failed (TypeError: network broke); the site is built without the actor network']);
    expect(page(out, 'network')).not.toContain('<svg');
    const graphml = fs.readFileSync(path.join(out, 'data', 'network.graphml'), 'utf8');
    expect(graphml.match(/<node /g)).toHaveLength(corpus.dossier.actors.length);
    expect(graphml).not.toContain('co-mention');
  }, 60_000);

  it('the network page stage throwing: one warning; the page has no drawing, actor pages keep theirs', async () => {
    inject.state.stage = 'network page';
    const { lines, out } = await build();
    expect(failures(lines)).toEqual(['warning: network page stage failed (TypeError: network page broke); the network page is built without its drawing and tables']);
    expect(page(out, 'network')).not.toContain('<svg');
    expect(corpus.dossier.actors.some((a) => page(out, a.url_path).includes('class="ego-graph"'))).toBe(true);
  }, 60_000);

  it('the changes stage throwing: one warning; the "what changed" page treats the build as the first', async () => {
    inject.state.stage = 'changes';
    const { lines, out } = await build(corpus.dossier);
    expect(failures(lines)).toEqual(['warning: changes stage failed (TypeError: changes broke); the "what changed" page treats this as the first build']);
    expect(page(out, 'changes')).toContain('This is the first build');
  }, 60_000);

  it('the images stage throwing: one warning; pages without images and no image files in the site', async () => {
    inject.state.stage = 'images';
    const { lines, out } = await build();
    expect(failures(lines)).toEqual(['warning: images stage failed (TypeError: images broke); pages are built without images and preview cards']);
    expect(fs.existsSync(path.join(out, 'img'))).toBe(false);
    expect(page(out, corpus.dossier.actors[0].url_path)).not.toContain('og:image');
  }, 60_000);
});

describe('site stages the build cannot do without', () => {
  for (const stage of ['views', 'render']) {
    it(`the ${stage} stage throwing stops the build with one line naming it, and publishes nothing`, async () => {
      inject.state.stage = stage;
      const err = await build().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StageError);
      expect(failureMessage(err)).toEqual({ line: `${stage} stage failed (TypeError: ${stage} broke); no site was published`, expected: false });
      expect(fs.existsSync(path.join(base, `build-${n}`, 'site'))).toBe(false);
    }, 60_000);
  }
});
