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
import { codeVersion, importClosure } from '../lib/code-version.ts';

export type ExtractResult = { ok: true; extraction: ArticleExtraction } | { ok: false; reason: string };

/** The module that runs the per-article stages: the root of the import closure. */
const stageRunner = fileURLToPath(new URL('./extract.ts', import.meta.url));

/** The per-article stage modules the extractor's version is made from, relative to scripts/, sorted. */
export function extractorModules(): string[] {
  return importClosure(stageRunner);
}

/** The extractor's version: a hash of extractorModules()' source (and the lockfile, for library versions). */
export function extractorVersion(): string {
  return codeVersion(stageRunner);
}

/** Cache key: the article's bytes, name, id and override, and the extractor's version. */
export function extractionKey(file: InputFile, id: string): string {
  const h = createHash('sha256');
  h.update(extractorVersion());
  h.update('\0' + file.file + '\0' + id + '\0' + JSON.stringify(file.override ?? null) + '\0');
  h.update(file.bytes);
  return h.digest('hex');
}

/**
 * A folder of cached extractions, one JSON file per key. Safe to share between builds and CI shards.
 * The cleaned paragraphs are kept in a second file, read only when asked for: after the per-article stage
 * only a regenerated source page's Markdown looks at them, and they were 14% of what a rebuild read and
 * parsed. Both files are written as ASCII (other characters as \u escapes): a file holding one curly quote
 * otherwise becomes a two-byte string twice its size before it is parsed.
 */
export class ExtractionCache {
  constructor(private readonly dir: string | null) {}

  private file(key: string, part = ''): string {
    return path.join(this.dir as string, key.slice(0, 2), `${key}${part}.json`);
  }

  /** Whether the key has an entry (its main file; `get` judges the paragraphs' file). */
  has(key: string): boolean {
    return !!this.dir && fs.existsSync(this.file(key));
  }

  get(key: string): ExtractResult | null {
    if (!this.dir) return null;
    try {
      const result = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as ExtractResult;
      if (result.ok) withStoredParagraphs(result.extraction.cleaned, this.file(key, PARAGRAPHS));
      return result;
    } catch {
      return null; // missing, cut short or corrupt entries are recomputed
    }
  }

  set(key: string, value: ExtractResult): void {
    if (this.dir) this.setEncoded(key, encodeEntry(value));
  }

  /** `set` with the result already encoded (a worker thread encodes its results). */
  setEncoded(key: string, entry: EncodedEntry): void {
    if (!this.dir) return;
    // The paragraphs first: an entry is there once its main file is.
    this.write(this.file(key, PARAGRAPHS), entry.paragraphs);
    this.write(this.file(key), entry.main);
  }

  private write(target: string, text: string): void {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Write then rename so an interrupted build never leaves a half-written entry.
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, target);
  }
}

const PARAGRAPHS = '.paragraphs';

/** A result as the cache stores it: its JSON without the cleaned paragraphs, and theirs. */
export interface EncodedEntry {
  main: string;
  paragraphs: string;
}

export function encodeEntry(result: ExtractResult): EncodedEntry {
  if (!result.ok) return { main: ascii(JSON.stringify(result)), paragraphs: '[]' };
  const { cleaned } = result.extraction;
  const paragraphs = ascii(JSON.stringify(cleaned.paragraphs));
  // The length of their file stands in their place: the object read back has its keys in the same order, and
  // `get` finds a paragraphs file that is missing or not the one written with this entry before using it.
  const stored = { ...result, extraction: { ...result.extraction, cleaned: { ...cleaned, paragraphs: paragraphs.length } } };
  return { main: ascii(JSON.stringify(stored)), paragraphs };
}

/** The result an encoded entry stands for, paragraphs included (what `get` gives, read at once). */
export function decodeEntry(entry: EncodedEntry): ExtractResult {
  const result = JSON.parse(entry.main) as ExtractResult;
  if (result.ok) result.extraction.cleaned.paragraphs = JSON.parse(entry.paragraphs) as string[];
  return result;
}

/** JSON text with every non-ASCII character as a \u escape (JSON.parse gives the same value back). */
function ascii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `cleaned.paragraphs` read from their file on first use, then kept; enumerable, so the object serialises
 * as the one the per-article stage made. Throws (the entry is then recomputed) when the file is missing or
 * not of the length the entry records (files are written whole and renamed, so only a hand or a failing disk
 * makes one otherwise; a file damaged at the same length is reported by name when it is read).
 */
function withStoredParagraphs(cleaned: { paragraphs: unknown }, file: string): void {
  if (typeof cleaned.paragraphs !== 'number') throw new Error('not an entry of this version');
  if (fs.statSync(file).size !== cleaned.paragraphs) throw new Error('paragraphs file of another entry');
  Object.defineProperty(cleaned, 'paragraphs', {
    enumerable: true,
    configurable: true,
    get() {
      let value: string[];
      try {
        value = JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
      } catch (e) {
        throw new Error(`damaged extraction cache entry ${file} (${(e as Error).message}): delete it and build again`);
      }
      Object.defineProperty(cleaned, 'paragraphs', { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: string[]) {
      Object.defineProperty(cleaned, 'paragraphs', { value, enumerable: true, configurable: true, writable: true });
    },
  });
}
