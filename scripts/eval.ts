// `npm run eval`: extraction (curation off) scored against the hand-annotated fixtures.
//   set "bundled": sources/                  annotations with `set: bundled`
//   set "other":   test/fixtures/articles/    annotations with `set: other`
// Prints one table per set, the pipeline next to compromise's own NER on the same sentences.
// Options: --json FILE (write the figures), --verbose (list misses, splits and merges).
// Exit status 0 unless the pipeline itself crashes.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArticleExtraction, Dossier, InputFile, Warning } from './lib/types.ts';
import { toPrediction } from './eval/adapt.ts';
import { compromisePrediction } from './eval/baseline.ts';
import { loadGold } from './eval/gold.ts';
import { renderPerFile, renderSet, type SetReport } from './eval/report.ts';
import { scoreActors, scoreSet, type GoldArticle, type Prediction } from './eval/score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ANNOTATIONS = join(ROOT, 'test/fixtures/annotations');
const SETS: { set: string; dir: string }[] = [
  { set: 'bundled', dir: join(ROOT, 'sources') },
  { set: 'other', dir: join(ROOT, 'test/fixtures/articles') },
];

type ExtractCorpus = (
  sourcesDir: string,
  opts: { curation: boolean; cacheDir?: string | null; quiet?: boolean },
) => Promise<{ extractions: ArticleExtraction[]; dossier: Dossier | null; warnings: Warning[]; errors?: string[]; actorOf?: Map<string, string> }>;

async function loadPipeline(): Promise<ExtractCorpus | null> {
  const p = join(ROOT, 'scripts/pipeline.ts');
  if (!existsSync(p)) return null;
  try {
    const mod = (await import(pathToFileURL(p).href)) as { extractCorpus?: ExtractCorpus };
    return typeof mod.extractCorpus === 'function' ? mod.extractCorpus : null;
  } catch (e) {
    // A pipeline that cannot even load is a crash: the figures below are the fallback, the exit status 1.
    console.error(`eval: pipeline failed to load: ${(e as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
    return perArticleOnly();
  }
}

/**
 * When the corpus pipeline cannot load, the per-article stages (read + extract) may still work:
 * score those (no cross-article resolution, claims and events straight from the articles).
 */
async function perArticleOnly(): Promise<ExtractCorpus | null> {
  try {
    const read = (await import(pathToFileURL(join(ROOT, 'scripts/ingest/read.ts')).href)) as {
      readSourceFolder(dir: string): { files: InputFile[]; warnings: Warning[] };
      assignSourceIds(files: string[]): { ids: Map<string, string>; warnings: Warning[] };
    };
    const ex = (await import(pathToFileURL(join(ROOT, 'scripts/extract/extract.ts')).href)) as {
      extractArticle(f: InputFile, id: string): { ok: true; extraction: ArticleExtraction } | { ok: false; reason: string };
    };
    console.error('eval: scoring the per-article stages only (no dossier).');
    return async (dir) => {
      const r = read.readSourceFolder(dir);
      const ids = read.assignSourceIds(r.files.map((f) => f.file)).ids;
      const extractions: ArticleExtraction[] = [];
      const warnings = [...r.warnings];
      for (const f of r.files) {
        const x = ex.extractArticle(f, ids.get(f.file) ?? f.file);
        if (x.ok) extractions.push(x.extraction);
        else warnings.push({ file: f.file, message: `skipped: ${x.reason}` });
      }
      return { extractions, dossier: null, warnings };
    };
  } catch (e) {
    console.error(`eval: per-article stages failed to load too: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}

/**
 * Stand-in sentences when the pipeline is not there yet: paragraphs split at sentence ends. Crude,
 * but lets the gold counts and the compromise baseline be printed.
 */
function rawSentences(dir: string, file: string): { n: number; text: string }[] {
  let text = '';
  try {
    text = readFileSync(join(dir, file), 'utf8').replace(/<[^>]+>/g, ' ');
  } catch {
    return [];
  }
  const out: { n: number; text: string }[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    for (const s of para.replace(/\s+/g, ' ').trim().split(/(?<=[.!?][”"’]?)\s+(?=[“"A-Z])/)) if (s.trim()) out.push({ n: out.length + 1, text: s.trim() });
  }
  return out;
}

function parseArgs(argv: string[]): { json: string | null; verbose: boolean } {
  const i = argv.indexOf('--json');
  return { json: i >= 0 ? (argv[i + 1] ?? null) : null, verbose: argv.includes('--verbose') || argv.includes('-v') };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const problems: string[] = [];
  const gold = loadGold(ANNOTATIONS, problems);
  for (const p of problems) console.error(`annotation: ${p}`);
  const extract = await loadPipeline();
  if (!extract) console.error('eval: scripts/pipeline.ts (extractCorpus) is not available; scoring an empty prediction.');

  const reports: SetReport[] = [];
  for (const { set, dir } of SETS) {
    const g: GoldArticle[] = gold.filter((a) => a.set === set);
    let pred: Prediction = { articles: [], actors: [] };
    let basis = 'pipeline';
    if (extract) {
      const res = await extract(dir, { curation: false, cacheDir: null, quiet: true });
      pred = toPrediction(res.extractions, res.dossier, res.actorOf ?? null);
      if (!res.dossier) basis = 'pipeline (per-article stages only)';
      for (const w of res.warnings) console.error(`${w.file}: ${w.message}`);
      for (const e of res.errors ?? []) console.error(`eval: pipeline error: ${e}`);
    }
    const files = new Set(pred.articles.map((a) => a.file));
    const missing = g.filter((a) => !files.has(a.file));
    if (missing.length && extract) for (const m of missing) console.error(`eval: ${m.file} is annotated but was not extracted`);
    // Sentences for the baseline: the pipeline's cleaned ones, or the crude stand-in.
    const baseArticles = g.map((a) => {
      const p = pred.articles.find((x) => x.file === a.file);
      return { file: a.file, sentences: p && p.sentences.length ? p.sentences : rawSentences(dir, a.file) };
    });
    if (!extract) {
      basis = 'crude split (no pipeline)';
      pred = { actors: [], articles: baseArticles.map((b) => ({ ...b, mentions: [], quotes: [], events: [] })) };
    }
    let compromise = null;
    try {
      compromise = scoreActors(g, await compromisePrediction(baseArticles));
    } catch (e) {
      console.error(`eval: compromise baseline failed: ${(e as Error).message}`);
    }
    const report: SetReport = { set, dir: dir.slice(ROOT.length + 1), basis, pipeline: scoreSet(set, g, pred), compromise };
    reports.push(report);
    console.log(renderSet(report, args.verbose));
    if (args.verbose) console.log('\n' + renderPerFile(g, pred));
  }
  if (args.json) {
    mkdirSync(dirname(resolve(args.json)), { recursive: true });
    writeFileSync(args.json, JSON.stringify({ generated: new Date().toISOString(), annotation_problems: problems, sets: reports }, null, 2) + '\n');
    console.log(`\nfigures written to ${args.json}`);
  }
}

main().catch((e) => {
  console.error(`eval: pipeline crashed: ${(e as Error)?.stack ?? e}`);
  process.exit(1);
});

