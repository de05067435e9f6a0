// Test helper: loads article files into CleanedArticle with the ingest stages that exist
// (prepareArticle from scripts/ingest/index.ts when present, else decode + clean), then runs the
// actor stages. Also loads the gold annotations (test/fixtures/annotations/*.yml).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import * as ingest from '../../scripts/ingest/index.ts';
import { decodeArticle } from '../../scripts/ingest/decode.ts';
import { cleanArticle } from '../../scripts/ingest/clean.ts';
import { detectEntities } from '../../scripts/entities.ts';
import { resolveActors } from '../../scripts/resolve.ts';
import type { CleanedArticle, InputFile, LocalEntity, Mention } from '../../scripts/types.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Loaded {
  id: string;
  file: string;
  cleaned: CleanedArticle;
  entities: LocalEntity[];
  mentions: Mention[];
}

export function loadCleaned(file: string, dir: string): CleanedArticle {
  const input: InputFile = { file, path: path.join(dir, file), bytes: fs.readFileSync(path.join(dir, file)) };
  const prepare = (ingest as Record<string, unknown>).prepareArticle as undefined | ((f: InputFile, id: string) => any);
  if (typeof prepare === 'function') {
    const r = prepare(input, file.slice(0, 3));
    if (r?.ok) return r.cleaned as CleanedArticle;
  }
  const d = decodeArticle(input);
  if (!d.ok) throw new Error(d.reason);
  return cleanArticle(d.doc);
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
