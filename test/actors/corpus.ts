// Test helper: loads article files into CleanedArticle with the real ingest stage (prepareArticle),
// then runs the actor stages. Also loads the gold annotations (test/fixtures/annotations/*.yml).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { prepareArticle } from '../../scripts/ingest/index.ts';
import { detectEntities } from '../../scripts/extract/entities/index.ts';
import { resolveActors } from '../../scripts/assemble/resolve.ts';
import type { CleanedArticle, InputFile, LocalEntity, Mention } from '../../scripts/lib/types.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Loaded {
  id: string;
  file: string;
  cleaned: CleanedArticle;
  entities: LocalEntity[];
  mentions: Mention[];
}

export function loadCleaned(file: string, dir: string): CleanedArticle {
  // The real ingest stage, with no fallback: a cleaner regression must fail these tests, not be masked.
  const input: InputFile = { file, path: path.join(dir, file), bytes: fs.readFileSync(path.join(dir, file)) };
  const r = prepareArticle(input, file.slice(0, 3));
  if (!r.ok) throw new Error(`${file}: ${r.reason}`);
  return r.cleaned;
}

export function loadDir(dir: string): Loaded[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .map((file) => {
      const id = file.replace(/\.[a-z]+$/, '').slice(0, 40);
      const cleaned = loadCleaned(file, dir);
      const { entities, mentions } = detectEntities(cleaned, id);
      return { id, file, cleaned, entities, mentions };
    });
}

export function resolveLoaded(loaded: Loaded[], reports: Record<string, string> = {}) {
  return resolveActors(loaded.map((l) => ({ sourceId: l.id, entities: l.entities, report: reports[l.id] })));
}

export interface GoldActor {
  id: string;
  type: string;
  forms: string[];
}
export function loadGold(file: string): GoldActor[] {
  const p = path.join(ROOT, 'test/fixtures/annotations', file + '.yml');
  if (!fs.existsSync(p)) return [];
  const doc = parse(fs.readFileSync(p, 'utf8')) as { actors?: GoldActor[] };
  return doc?.actors ?? [];
}
