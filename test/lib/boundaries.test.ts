// One error boundary per stage: an unexpected error inside a stage becomes one line naming the stage
// (and the article, for a per-article stage), and the build goes on without that stage's output — or
// stops with one line where going on would publish something wrong. Failures are injected by wrapping
// the real stage functions (vi.mock), switched on per test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runStage, runStageOr, stageFailure } from '../../scripts/lib/stage.ts';
import { extractArticle } from '../../scripts/extract/extract.ts';
import { assembleDossier, CROSS_SOURCE } from '../../scripts/assemble/assemble.ts';
import { extractCorpus } from '../../scripts/pipeline.ts';
import type { ArticleExtraction, InputFile } from '../../scripts/lib/types.ts';

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
vi.mock('../../scripts/extract/entities/index.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/extract/entities/index.ts')>();
  return { ...m, detectEntities: inject.failing('entities', m.detectEntities) };
});
vi.mock('../../scripts/extract/claims/index.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/extract/claims/index.ts')>();
  return { ...m, extractClaims: inject.failing('claims', m.extractClaims) };
});
vi.mock('../../scripts/extract/events/index.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/extract/events/index.ts')>();
  return { ...m, extractEvents: inject.failing('events', m.extractEvents) };
});
vi.mock('../../scripts/assemble/resolve.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/assemble/resolve.ts')>();
  return { ...m, resolveActors: inject.failing('resolve', m.resolveActors) };
});
vi.mock('../../scripts/assemble/syndication.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/assemble/syndication.ts')>();
  return { ...m, detectSyndication: inject.failing('syndication', m.detectSyndication) };
});
vi.mock('../../scripts/assemble/date-consistency.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/assemble/date-consistency.ts')>();
  return { ...m, reconcileEventDates: inject.failing('date check', m.reconcileEventDates) };
});
vi.mock('../../scripts/assemble/discrepancies.ts', async (orig) => {
  const m = await orig<typeof import('../../scripts/assemble/discrepancies.ts')>();
  return { ...m, findDiscrepancies: inject.failing('discrepancies', m.findDiscrepancies) };
});

afterEach(() => {
  inject.state.stage = null;
});

// Two invented reports of one invented strike, told differently (two independent reports that disagree
// on how many were arrested).
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
const input = (file: string): InputFile => ({ file, path: `/invented/${file}`, bytes: Buffer.from(ARTICLES[file]) });
const extractBoth = (): ArticleExtraction[] =>
  Object.keys(ARTICLES).map((f, i) => {
    const r = extractArticle(input(f), `s${i + 1}`);
    if (!r.ok) throw new Error(r.reason);
    return r.extraction;
  });

describe('the boundary helpers (lib/stage.ts)', () => {
  it('turn an error into one line naming the stage, with the first line of the message', () => {
    expect(stageFailure('claims', new TypeError('x is undefined\n    at foo (bar.ts:1:1)'))).toBe('claims stage failed (TypeError: x is undefined)');
    expect(stageFailure('resolve', new Error('plain'))).toBe('resolve stage failed (plain)');
    expect(stageFailure('events', 'a thrown string')).toBe('events stage failed (a thrown string)');
    expect(runStage('claims', () => 3)).toEqual({ ok: true, value: 3 });
    expect(runStage('claims', () => { throw new RangeError('too deep'); })).toEqual({ ok: false, failure: 'claims stage failed (RangeError: too deep)' });
    const lines: string[] = [];
    expect(runStageOr('events', () => { throw new Error('boom'); }, [] as number[], "the article's events are left out", (l) => lines.push(l))).toEqual([]);
    expect(runStageOr('events', () => [1], [] as number[], 'unused', (l) => lines.push(l))).toEqual([1]);
    expect(lines).toEqual(["events stage failed (boom); the article's events are left out"]);
  });
});

describe('per-article stages (extract/extract.ts)', () => {
  it('a claims stage that throws: one warning naming it, the article kept with its actors and events', () => {
    const ok = extractArticle(input('harbour-gazette.txt'), 's1');
    expect(ok.ok && ok.extraction.claims.length).toBeGreaterThan(0); // there are claims to lose
    expect(ok.ok && ok.extraction.warnings).toEqual([]);
    inject.state.stage = 'claims';
    const r = extractArticle(input('harbour-gazette.txt'), 's1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.extraction.warnings).toEqual(["claims stage failed (TypeError: claims broke); the article's claims are left out"]);
    expect(r.extraction.claims).toEqual([]);
    expect(r.extraction.entities).toEqual(ok.ok ? ok.extraction.entities : null);
    expect(r.extraction.events).toEqual(ok.ok ? ok.extraction.events : null);
  });

  it('an entities stage that throws: the claims and events are still read, without actors', () => {
    inject.state.stage = 'entities';
    const r = extractArticle(input('harbour-gazette.txt'), 's1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.extraction.warnings).toEqual(['entities stage failed (TypeError: entities broke); the article is read without its actors']);
    expect(r.extraction.entities).toEqual([]);
    expect(r.extraction.claims.length).toBeGreaterThan(0);
    expect(r.extraction.claims.every((c) => c.speaker === null && c.targets.length === 0)).toBe(true);
  });

  it('the build names the article and the stage, and goes on with the other articles', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-boundary-'));
    try {
      for (const [f, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, f), text);
      inject.state.stage = 'events';
      const corpus = await extractCorpus(dir, { curation: false, cacheDir: null, workers: 0, quiet: true });
      expect(corpus.errors).toEqual([]);
      expect(corpus.extractions).toHaveLength(2);
      expect(corpus.warnings.filter((w) => /stage failed/.test(w.message))).toEqual([
        { file: 'coast-courier.txt', message: "events stage failed (TypeError: events broke); the article's events are left out" },
        { file: 'harbour-gazette.txt', message: "events stage failed (TypeError: events broke); the article's events are left out" },
      ]);
      expect(corpus.dossier.events).toEqual([]);
      expect(corpus.dossier.claims.length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cross-source stages (assemble/assemble.ts)', () => {
  const opts = { curationFile: null };

  it('discrepancies or the date check failing: one warning each, the dossier built without that output', () => {
    const xs = extractBoth();
    const whole = assembleDossier(xs, opts);
    expect(whole.warnings).toEqual([]);
    expect(whole.dossier.events.length).toBeGreaterThan(0);
    expect(whole.dossier.discrepancies.length).toBeGreaterThan(0); // there is something to lose

    inject.state.stage = 'discrepancies';
    const a = assembleDossier(xs, opts);
    expect(a.errors).toEqual([]);
    expect(a.warnings).toEqual([{ file: CROSS_SOURCE, message: 'discrepancies stage failed (TypeError: discrepancies broke); the dossier is built without discrepancies' }]);
    expect(a.dossier.discrepancies).toEqual([]);
    expect(a.dossier.events).toEqual(whole.dossier.events);
    expect(a.dossier.actors).toEqual(whole.dossier.actors);

    inject.state.stage = 'date check';
    const b = assembleDossier(xs, opts);
    expect(b.warnings).toEqual([{ file: CROSS_SOURCE, message: 'date check stage failed (TypeError: date check broke); events are dated without the cross-source date check' }]);
    expect(b.dossier.events).toEqual(whole.dossier.events); // nothing here for the check to correct
  });

  it('resolve or syndication failing: the build stops with one line naming the stage', () => {
    const xs = extractBoth();
    for (const stage of ['resolve', 'syndication']) {
      inject.state.stage = stage;
      const r = assembleDossier(xs, opts);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(new RegExp(`^${stage} stage failed \\(TypeError: ${stage} broke\\); no site was built, as `));
      expect(r.errors[0]).not.toContain('\n');
      expect(r.dossier.actors).toEqual([]);
    }
  });
});
