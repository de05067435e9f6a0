// The per-article stage: one article's bytes -> everything the corpus stages need from it.
// It is a pure function of (bytes, file name, id, override, extractor code), which is what makes the
// content-addressed cache and the worker pool safe.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareArticle } from '../ingest/index.ts';
import { detectEntities } from './entities/index.ts';
import { extractClaims } from './claims/index.ts';
import { extractEvents } from './events/index.ts';
import type { ArticleExtraction, InputFile } from '../lib/types.ts';

/** scripts/: module names in the version hash are relative to it. */
const scriptsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let versionMemo: string | null = null;

/** Relative TypeScript modules a module imports (static `import`/`export ... from`, type-only included). */
function localImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+\.ts)['"]/g)) out.push(path.resolve(path.dirname(file), m[1]));
  return out;
}

/**
 * The extractor's version: a hash of the code of this module and every script it imports, transitively
 * (and the lockfile, for library versions). Any change to extraction code invalidates cached extractions
 * without anyone remembering to bump a number; a change to rendering or cross-source code does not.
 */
export function extractorVersion(): string {
  if (versionMemo) return versionMemo;
  const h = createHash('sha256');
  const seen = new Set<string>();
  const stack = [fileURLToPath(import.meta.url)];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || !fs.existsSync(f)) continue;
    seen.add(f);
    stack.push(...localImports(f));
  }
  for (const f of [...seen].sort()) {
    h.update(path.relative(scriptsDir, f));
    h.update(fs.readFileSync(f));
  }
  const lock = path.join(scriptsDir, '..', 'package-lock.json');
  if (fs.existsSync(lock)) h.update(fs.readFileSync(lock));
  versionMemo = h.digest('hex').slice(0, 16);
  return versionMemo;
}

/** Cache key: the article's bytes, name, id and override, and the extractor's version. */
export function extractionKey(file: InputFile, id: string): string {
  const h = createHash('sha256');
  h.update(extractorVersion());
  h.update('\0' + file.file + '\0' + id + '\0' + JSON.stringify(file.override ?? null) + '\0');
  h.update(file.bytes);
  return h.digest('hex');
}

export type ExtractResult = { ok: true; extraction: ArticleExtraction } | { ok: false; reason: string };

/** Runs every per-article stage. Never throws: a failure is a skipped article with a reason. */
export function extractArticle(file: InputFile, id: string, key = extractionKey(file, id)): ExtractResult {
  try {
    const prepared = prepareArticle(file, id);
    if (!prepared.ok) return { ok: false, reason: prepared.reason };
    const { cleaned, meta, doc } = prepared;
    const { entities, mentions } = detectEntities(cleaned, id);
    const claims = extractClaims(cleaned, entities, mentions);
    const events = extractEvents(cleaned, meta, entities, mentions);
    return {
      ok: true,
      extraction: {
        key,
        meta,
        cleaned,
        entities,
        mentions,
        claims,
        events,
        images: doc.images ?? [],
        warnings: prepared.warnings,
      },
    };
  } catch (err) {
    // A bug in an extractor must not take the whole build down; the article is skipped and named.
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: `extraction failed (${message.split('\n')[0]})` };
  }
}

/** A folder of cached extractions, one JSON file per key. Safe to share between builds and CI shards. */
export class ExtractionCache {
  constructor(private readonly dir: string | null) {}

  private file(key: string): string {
    return path.join(this.dir as string, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): ExtractResult | null {
    if (!this.dir) return null;
    try {
      return JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as ExtractResult;
    } catch {
      return null; // missing or corrupt entries are recomputed
    }
  }

  set(key: string, value: ExtractResult): void {
    if (!this.dir) return;
    const target = this.file(key);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Write then rename so an interrupted build never leaves a half-written entry.
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(value));
    fs.renameSync(tmp, target);
  }
}
