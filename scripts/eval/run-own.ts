// One of the project's own sets (bundled, other): the pipeline with curation off, scored on the mention
// and evidence tables of score.ts next to compromise, then on the families of the development set
// wherever the own annotations support them (own-as-devset.ts).

import { relative } from 'node:path';
import { toPrediction } from './adapt.ts';
import { compromisePrediction } from './baseline.ts';
import { scoreFamilies, type FamilyScores } from './devset-score.ts';
import { viewOfBaseline, viewOfCorpus } from './dossier-view.ts';
import { renderFamilies, renderMisses } from './family-report.ts';
import { ownAsDevset } from './own-as-devset.ts';
import { projectRootOfEval as ROOT } from './paths.ts';
import { rawSentences, type ExtractCorpus } from './pipeline-load.ts';
import { renderPerFile, renderSet, type SetReport } from './report.ts';
import { scoreActors, scoreSet, type GoldArticle, type Prediction } from './score.ts';

export interface OwnSetResult extends SetReport {
  format: 'own';
  families: { dossier: FamilyScores; compromise: FamilyScores | null } | null;
}

export async function runOwnSet(set: string, dir: string, g: GoldArticle[], extract: ExtractCorpus | null, verbose: boolean): Promise<OwnSetResult> {
  let pred: Prediction = { articles: [], actors: [] };
  let basis = 'pipeline';
  let res: Awaited<ReturnType<ExtractCorpus>> | null = null;
  if (extract) {
    res = await extract(dir, { curation: false, cacheDir: null, quiet: true });
    pred = toPrediction(res.extractions, res.dossier, res.actorOf ?? null);
    if (!res.dossier) basis = 'pipeline (per-article stages only)';
    for (const w of res.warnings) console.error(`${w.file}: ${w.message}`);
    for (const e of res.errors ?? []) console.error(`eval: pipeline error: ${e}`);
  }
  const files = new Set(pred.articles.map((a) => a.file));
  if (extract) for (const m of g.filter((a) => !files.has(a.file))) console.error(`eval: ${m.file} is annotated but was not extracted`);
  // Sentences for the baseline: the pipeline's cleaned ones, or the crude stand-in.
  const baseArticles = g.map((a) => {
    const p = pred.articles.find((x) => x.file === a.file);
    return { file: a.file, sentences: p && p.sentences.length ? p.sentences : rawSentences(dir, a.file) };
  });
  if (!extract) {
    basis = 'crude split (no pipeline)';
    pred = { actors: [], articles: baseArticles.map((b) => ({ ...b, mentions: [], quotes: [], events: [] })) };
  }
  let compromisePred: Prediction | null = null;
  try {
    compromisePred = await compromisePrediction(baseArticles);
  } catch (e) {
    console.error(`eval: compromise baseline failed: ${(e as Error).message}`);
  }
  const report: OwnSetResult = {
    format: 'own',
    set,
    dir: relative(ROOT, dir),
    basis,
    pipeline: scoreSet(set, g, pred),
    compromise: compromisePred ? scoreActors(g, compromisePred) : null,
    families: null,
  };
  console.log(renderSet(report, verbose));
  if (verbose) console.log('\n' + renderPerFile(g, pred));
  if (res?.dossier) {
    const gold = ownAsDevset(set, dir, g);
    const view = viewOfCorpus(res.dossier, res.extractions);
    const dossier = scoreFamilies(view, gold);
    const compromise = compromisePred ? scoreFamilies(viewOfBaseline(compromisePred, view.sources), gold) : null;
    report.families = { dossier, compromise };
    console.log(renderFamilies(`Set "${set}", scored as the development set is (families)`, gold, dossier, compromise));
    if (verbose) console.log('\n' + renderMisses(dossier));
  }
  return report;
}
