// The summary, chart and network on the five bundled articles, through the real pipeline.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { extractCorpus, projectRoot, type CorpusResult } from '../../scripts/pipeline.ts';
import { summarise, type Summary } from '../../scripts/site/summarise.ts';
import { sentenceText } from '../../scripts/site/summary-text.ts';
import { buildNetwork } from '../../scripts/site/network.ts';
import { egoNetwork, networkSvg } from '../../scripts/site/network-svg.ts';
import { relationsDrawing } from '../../scripts/site/relations-drawing.ts';

let corpus: CorpusResult;
let summary: Summary;
let sentenceActors: Map<string, string[]>;

beforeAll(async () => {
  corpus = await extractCorpus(path.join(projectRoot, 'sources'), { curation: false, cacheDir: null, workers: 0, quiet: true });
  summary = summarise(corpus.dossier);
  sentenceActors = new Map();
  for (const x of corpus.extractions) {
    for (const m of x.mentions) {
      const actor = corpus.actorOf.get(`${x.meta.id}\u0000${m.entity}`);
      if (!actor) continue;
      const k = `${x.meta.id}#${m.sentence}`;
      sentenceActors.set(k, [...(sentenceActors.get(k) ?? []), actor]);
    }
  }
}, 120_000);

const PM = /Kad?h[ie]mi|Kazemi/;

describe('summary of the bundled articles', () => {
  it('covers the period of the events, not the year-only background', () => {
    expect(summary.period.from! >= '2020-01').toBe(true);
    expect(summary.period.to! < '2021-02').toBe(true);
    expect(summary.coverage.map((c) => `${c.label} ${c.value}`)).toEqual(expect.arrayContaining(['Sources 5', 'Independent reports 4']));
  });

  it('links every sentence to evidence that exists', () => {
    const d = corpus.dossier;
    const events = new Set(d.events.map((e) => e.url_path));
    const clusters = new Set(d.claims.map((c) => c.cluster));
    const discrepancies = new Set(d.discrepancies.map((x) => x.id));
    const sentences = new Map(corpus.extractions.map((x) => [x.meta.id, x.cleaned.sentences.length]));
    const cited = [...summary.bottomLine, ...summary.phases.flatMap((p) => p.months.flatMap((m) => [m.reason, ...m.narrative]))];
    expect(cited.length).toBeGreaterThanOrEqual(5);
    expect(summary.bottomLine.length).toBeGreaterThanOrEqual(3);
    expect(summary.bottomLine.length).toBeLessThanOrEqual(5);
    for (const c of cited) {
      const evidence = c.clauses.flatMap((x) => x.evidence);
      expect(evidence.length, sentenceText(c)).toBeGreaterThan(0);
      for (const e of evidence) {
        if (e.href.startsWith('/timeline/')) continue;
        const src = /^\/sources\/([^/]+)\/(?:#s-(\d+))?$/.exec(e.href);
        if (src) {
          expect(sentences.has(src[1])).toBe(true);
          if (src[2]) expect(Number(src[2])).toBeLessThanOrEqual(sentences.get(src[1])!);
        } else if (e.href.startsWith('/events/')) expect(events.has(e.href)).toBe(true);
        else if (e.href.startsWith('/claims/')) expect(clusters.has(e.href.split('#')[1])).toBe(true);
        else expect(discrepancies.has(/^\/discrepancies\/(?:\d+\/)?#(.+)$/.exec(e.href)?.[1] ?? '')).toBe(true);
      }
    }
  });

  it('splits the events into 2–6 ordered phases, the first starting with the January 2020 killing', () => {
    expect(summary.phases.length).toBeGreaterThanOrEqual(2);
    expect(summary.phases.length).toBeLessThanOrEqual(6);
    expect(summary.phases[0].from.startsWith('2020-01')).toBe(true);
    for (let i = 1; i < summary.phases.length; i++) expect(summary.phases[i].from >= summary.phases[i - 1].to).toBe(true);
    for (const p of summary.phases) expect(p.title).toMatch(/^[A-Z][a-z ]+, [A-Z][a-z]{2}(–[A-Z][a-z]{2})? 20\d\d/);
  });

  it('finds the prime minister among the main actors and as the target of accusations', () => {
    expect(summary.mainActors.some((a) => PM.test(a.name))).toBe(true);
    expect(PM.test(sentenceText(summary.bottomLine[0]))).toBe(true);
    expect(summary.relations.some((r) => r.kind === 'accuses' && PM.test(r.to.text))).toBe(true);
    expect(summary.chart.svg).toMatch(/^<svg [^>]*role="img"/);
  });
});

describe('network of the bundled articles', () => {
  it('joins the prime minister to the groups named with him, deterministically', () => {
    const net = buildNetwork(corpus.dossier, sentenceActors);
    const pm = corpus.dossier.actors.find((a) => a.type === 'person' && PM.test(a.name))!;
    const ego = egoNetwork(net, pm.id);
    expect(ego.nodes.length).toBeGreaterThanOrEqual(4);
    expect(ego.nodes.some((n) => n.type === 'organization')).toBe(true);
    const a = relationsDrawing(net).svg;
    const b = relationsDrawing(buildNetwork(corpus.dossier, sentenceActors)).svg;
    expect(a).toBe(b);
    expect(a).toContain(`href="${pm.url_path}"`);
    expect(networkSvg(ego, { width: 560, height: 360, highlight: pm.id })).toContain(`href="${pm.url_path}"`);
  });
});
