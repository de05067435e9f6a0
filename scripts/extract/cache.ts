// The extraction cache: per-article results stored by content hash, so a rebuild re-extracts only new or
// edited articles. A key covers the article's bytes, name, id and override, and the extractor's version:
// a hash of the per-article stage modules' own source (extract.ts and every module it imports,
// transitively), so any change to extraction code invalidates cached results without anyone
// remembering to bump a number, while a change to cross-source or rendering code does not.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleExtraction, InputFile } from '../lib/types.ts';

export type ExtractResult = { ok: true; extraction: ArticleExtraction } | { ok: false; reason: string };

/** scripts/: module names in the version hash are relative to it. */
const scriptsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The module that runs the per-article stages: the root of the import closure. */
const stageRunner = fileURLToPath(new URL('./extract.ts', import.meta.url));

let versionMemo: string | null = null;

/** Relative TypeScript modules a module imports (static `import`/`export ... from`, type-only included). */
function localImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+\.ts)['"]/g)) out.push(path.resolve(path.dirname(file), m[1]));
  return out;
}

/** The per-article stage modules the extractor's version is made from, relative to scripts/, sorted. */
export function extractorModules(): string[] {
  const seen = new Set<string>();
  const stack = [stageRunner];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || !fs.existsSync(f)) continue;
    seen.add(f);
    stack.push(...localImports(f));
  }
  return [...seen].map((f) => path.relative(scriptsDir, f)).sort();
}

/** The extractor's version: a hash of extractorModules()' source (and the lockfile, for library versions). */
export function extractorVersion(): string {
  if (versionMemo) return versionMemo;
  const h = createHash('sha256');
  for (const f of extractorModules()) {
    h.update(f);
    h.update(fs.readFileSync(path.join(scriptsDir, f)));
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
    if (this.dir) this.setJson(key, JSON.stringify(value));
  }

  /** `set` with the result already as JSON text. */
  setJson(key: string, json: string): void {
    if (!this.dir) return;
    const target = this.file(key);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Write then rename so an interrupted build never leaves a half-written entry.
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, json);
    fs.renameSync(tmp, target);
  }
}
