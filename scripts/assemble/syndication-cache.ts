// The syndication index (syndication-index.ts) kept in the cache between builds: a rebuild updates it from
// the articles whose extraction key is new or gone (added, edited, removed) instead of detecting copies
// over the whole corpus again. The file records, beside the index, each source's extraction key and the
// version of the syndication code; a missing, damaged or older file is a fresh index (the cold result,
// at the cold cost). The result is the same as detectSyndication's either way (tests).
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SyndicationIndex, type SyndicationState } from './syndication-index.ts';
import type { CopyGroup, SyndicationInput } from './syndication.ts';

interface SavedIndex {
  version: string;
  /** Source id -> the extraction key its slot was made from. */
  keys: Record<string, string>;
  state: SyndicationState;
}

export interface CopyDetection {
  reportOf: Map<string, string>;
  copies: CopyGroup[];
}

/** A source as the syndication stage reads it, with the key that says when it changed. */
export type KeyedSyndicationInput = SyndicationInput & { key: string };

let versionMemo: string | null = null;
/** The code that decides what the index holds: a change of it makes the saved index unusable. */
function codeVersion(): string {
  if (versionMemo) return versionMemo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const h = createHash('sha256');
  for (const f of ['syndication.ts', 'syndication-index.ts', 'syndication-cache.ts', '../lib/postings.ts', '../lib/fnv.ts']) {
    h.update(f);
    h.update(fs.readFileSync(path.join(here, f)));
  }
  versionMemo = h.digest('hex').slice(0, 16);
  return versionMemo;
}

/** The saved index and the keys it was made from; null when there is none this code can use. */
function load(file: string): { index: SyndicationIndex; keys: Record<string, string> } | null {
  let saved: SavedIndex;
  try {
    saved = v8.deserialize(fs.readFileSync(file)) as SavedIndex;
  } catch {
    return null; // none yet, or damaged: a fresh index
  }
  if (!saved || saved.version !== codeVersion() || !saved.keys || !saved.state) return null;
  const index = new SyndicationIndex(saved.state);
  return index.sources === Object.keys(saved.keys).length ? { index, keys: saved.keys } : null;
}

function save(file: string, saved: SavedIndex): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, v8.serialize(saved));
  fs.renameSync(tmp, file);
}

/**
 * Copies among `sources`, from the index saved in `dir` updated with what changed since, and the updated
 * index saved there again. `dir` null: no cache, a fresh index.
 */
export function detectSyndicationCached(sources: KeyedSyndicationInput[], dir: string | null): CopyDetection & { recomputed: number } {
  const file = dir ? path.join(dir, 'syndication.v8') : null;
  const saved = file ? load(file) : null;
  const index = saved?.index ?? new SyndicationIndex();
  const before: Record<string, string> = saved?.keys ?? Object.create(null);
  const now: Record<string, string> = Object.create(null);
  for (const s of sources) now[s.id] = s.key;
  const removed = Object.keys(before).filter((id) => !Object.hasOwn(now, id) || now[id] !== before[id]);
  const added = sources.filter((s) => !Object.hasOwn(before, s.id) || before[s.id] !== s.key);
  const result = index.update(removed, added);
  if (file) save(file, { version: codeVersion(), keys: now, state: index.state() });
  return result;
}
