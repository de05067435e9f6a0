// Cross-source stage results kept in the cache between builds, each under a digest of exactly what the
// stage reads: a rebuild whose changes do not touch a stage's inputs (an edit that adds no name, claim or
// event; a restyled source) reuses its result instead of running it over the whole corpus again.
//
// What a stage reads from one article is digested once per extraction key (its "part") and remembered by
// that key, so a rebuild digests only the articles that are new or edited; the stage's digest is a hash of
// the code version and every article's id, report and part, in order. One result per stage is kept (the
// last), and the parts of articles no longer in the corpus are dropped: the cache stays bounded. A
// missing, damaged or older entry is recomputed, never trusted.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../lib/code-version.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The cross-source code's version: assemble.ts and every module it imports, transitively (and the
 * lockfile), so any change to what a stage computes makes the kept results unusable.
 */
export function stageCodeVersion(): string {
  return codeVersion(path.join(here, 'assemble.ts'));
}

interface SavedParts {
  version: string;
  /** Extraction key -> part name -> digest. */
  parts: Record<string, Record<string, string>>;
}

interface SavedResult {
  version: string;
  digest: string;
  value: unknown;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export class StageCache {
  private readonly known: Record<string, Record<string, string>>;
  private readonly used: Record<string, Record<string, string>> = Object.create(null);

  constructor(private readonly dir: string) {
    this.known = Object.create(null);
    const saved = this.read<SavedParts>('stage-parts.v8');
    if (saved && saved.version === stageCodeVersion() && saved.parts && typeof saved.parts === 'object') this.known = saved.parts;
  }

  /** The digest of what one stage reads from the article with extraction `key` (`make`: that, as JSON data). */
  part(name: string, key: string, make: () => unknown): string {
    const kept = Object.hasOwn(this.known, key) ? this.known[key][name] : undefined;
    const d = typeof kept === 'string' ? kept : sha(JSON.stringify(make()) ?? 'undefined');
    (this.used[key] ??= Object.create(null))[name] = d;
    return d;
  }

  /** A stage's digest: the code version, a label and rows of strings (each article's id, report and part). */
  digest(label: string, rows: Iterable<readonly string[]>): string {
    const h = createHash('sha256');
    h.update(`${stageCodeVersion()}\u0000${label}\u0000`);
    for (const row of rows) h.update(`${row.join('\u0001')}\u0002`);
    return h.digest('hex');
  }

  /** The kept result of `stage` when it was made from inputs with this digest; undefined otherwise. */
  load<T>(stage: string, digest: string): T | undefined {
    const saved = this.read<SavedResult>(`stage-${stage}.v8`);
    return saved && saved.version === stageCodeVersion() && saved.digest === digest ? (saved.value as T) : undefined;
  }

  save(stage: string, digest: string, value: unknown): void {
    this.write(`stage-${stage}.v8`, { version: stageCodeVersion(), digest, value } satisfies SavedResult);
  }

  /** Keeps the parts of this build's articles only (those of removed or edited articles are dropped). */
  flush(): void {
    this.write('stage-parts.v8', { version: stageCodeVersion(), parts: this.used } satisfies SavedParts);
  }

  private read<T>(name: string): T | null {
    try {
      return v8.deserialize(fs.readFileSync(path.join(this.dir, name))) as T;
    } catch {
      return null; // none yet, or damaged: recomputed
    }
  }

  private write(name: string, value: unknown): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const file = path.join(this.dir, name);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, v8.serialize(value));
      fs.renameSync(tmp, file);
    } catch {
      // a cache that cannot be written is a slower next build, not a failed one
    }
  }
}

/**
 * `compute`'s result, or the kept one when `cache` has it for `digest` (then `compute` is not run);
 * `fits`: a check of the kept value's shape, which is recomputed when it fails.
 */
export function cachedStage<T>(cache: StageCache | null, stage: string, digest: string, compute: () => T, fits?: (kept: T) => boolean): T {
  if (!cache) return compute();
  const kept = cache.load<T>(stage, digest);
  if (kept !== undefined && (!fits || fits(kept))) return kept;
  const value = compute();
  cache.save(stage, digest, value);
  return value;
}
