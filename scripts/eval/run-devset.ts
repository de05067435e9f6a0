// One set in the devset format: the pipeline (curation off, no cache: what `dossier build --no-curation`
// extracts) run over DIR/articles, or a built dossier.json (--dossier), scored family by family next to
// the compromise baseline, with score-devset.py's closing lines reproduced for a line-by-line check.

import { relative } from 'node:path';
import { compromisePrediction } from './baseline.ts';
import { loadDevset } from './devset-gold.ts';
import { scoreFamilies, type FamilyScores } from './devset-score.ts';
import { viewOfBaseline, viewOfCorpus, viewOfDossierFile, type DossierView } from './dossier-view.ts';
import { headlines, renderFamilies, renderMisses } from './family-report.ts';
import { projectRootOfEval as ROOT } from './paths.ts';
import type { ExtractCorpus } from './pipeline-load.ts';

export interface DevsetResult {
  format: 'devset';
  set: string;
  dir: string;
  /** "pipeline" or "dossier.json <file>". */
  basis: string;
  articles: number;
  annotation_problems: string[];
  /** score-devset.py's closing lines, from these figures. */
  headlines: string[];
  families: { dossier: FamilyScores; compromise: FamilyScores | null };
}

export async function runDevset(
  name: string,
  dir: string,
  opts: { extract: ExtractCorpus | null; dossierFile: string | null; verbose: boolean },
): Promise<DevsetResult | null> {
  const problems: string[] = [];
  const gold = loadDevset(dir, problems, name);
  for (const p of problems) console.error(`annotation: ${p}`);
  if (!gold.articles.length) {
    console.error(`eval: ${dir}: no annotated article; set skipped`);
    return null;
  }
  let view: DossierView;
  let compromise: FamilyScores | null = null;
  let basis: string;
  if (opts.dossierFile) {
    view = viewOfDossierFile(opts.dossierFile);
    basis = `dossier.json ${relative(process.cwd(), opts.dossierFile)}`;
  } else {
    if (!opts.extract) {
      console.error(`eval: ${dir}: no pipeline to run; set skipped`);
      return null;
    }
    const res = await opts.extract(gold.articlesDir, { curation: false, cacheDir: null, quiet: true });
    for (const w of res.warnings) console.error(`${w.file}: ${w.message}`);
    for (const e of res.errors ?? []) console.error(`eval: pipeline error: ${e}`);
    if (!res.dossier) {
      console.error(`eval: ${dir}: the corpus stages did not run; set skipped`);
      return null;
    }
    view = viewOfCorpus(res.dossier, res.extractions);
    basis = 'pipeline';
    try {
      const sentences = res.extractions.map((x) => ({ file: x.meta.file, sentences: x.cleaned.sentences.map((s) => ({ n: s.n, text: s.text })) }));
      compromise = scoreFamilies(viewOfBaseline(await compromisePrediction(sentences), view.sources), gold);
    } catch (e) {
      console.error(`eval: compromise baseline failed: ${(e as Error).message}`);
    }
  }
  const dossier = scoreFamilies(view, gold);
  const shown = relative(ROOT, dir) || '.';
  const result: DevsetResult = {
    format: 'devset', set: name, dir: shown, basis, articles: gold.articles.length, annotation_problems: problems,
    headlines: headlines(dossier), families: { dossier, compromise },
  };
  console.log(renderFamilies(`=== Set "${name}": ${gold.articles.length} annotated articles (${shown}, devset format; ${basis}) ===`, gold, dossier, compromise));
  console.log(`\nas score-devset.py prints it:\n${result.headlines.map((l) => '  ' + l).join('\n')}`);
  if (opts.verbose) console.log('\n' + renderMisses(dossier));
  return result;
}
