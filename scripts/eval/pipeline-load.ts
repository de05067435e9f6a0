// Loading the pipeline for the evaluation: scripts/pipeline.ts (extractCorpus) when it loads; else the
// per-article stages alone; else nothing (the gold counts and the baseline are still printed on a crude
// sentence split). A pipeline that cannot even load is a crash: exit status 1, figures as a fallback.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleExtraction, Dossier, InputFile, Warning } from '../lib/types.ts';
import { projectRootOfEval as ROOT } from './paths.ts';

export type ExtractCorpus = (
  sourcesDir: string,
  opts: { curation: boolean; cacheDir?: string | null; quiet?: boolean },
) => Promise<{ extractions: ArticleExtraction[]; dossier: Dossier | null; warnings: Warning[]; errors?: string[]; actorOf?: Map<string, string> }>;

export async function loadPipeline(): Promise<ExtractCorpus | null> {
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
export function rawSentences(dir: string, file: string): { n: number; text: string }[] {
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
