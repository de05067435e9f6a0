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
 * A folder of cached extractions, one file per key. Safe to share between builds and CI shards.
 * The cleaned paragraphs are kept in a second file, read only when asked for: after the per-article stage
 * only a regenerated source page's Markdown looks at them, and they were 14% of what a rebuild read and
 * parsed. The fields in LATER follow the rest in the main file and are parsed on first use. Both files are
 * written as ASCII (other characters as \u escapes): a file holding one curly quote otherwise becomes a
 * two-byte string twice its size before it is parsed.
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
      const result = readMain(fs.readFileSync(this.file(key)));
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

/**
 * Extraction fields that follow the rest of the main file, each parsed on first use. Only the cross-source
 * stages read them (resolve, events), and a rebuild whose edit leaves those stages' inputs as they were
 * takes their kept results (assemble/stage-cache.ts) instead: 37% of what it read and parsed was in them.
 */
const LATER = ['entities', 'events'] as const;

/**
 * A result as the cache stores it: its main file and its paragraphs' file. The main file is one line of
 * JSON, then the LATER fields' JSON texts one after another; in the line, each of them (and the paragraphs)
 * stands as its text's length and a digest ("length:digest"; the paragraphs: their length), so the object
 * read back has its keys in the same order and `get` finds a part that is cut short or damaged.
 */
export interface EncodedEntry {
  main: string;
  paragraphs: string;
}

export function encodeEntry(result: ExtractResult): EncodedEntry {
  if (!result.ok) return { main: ascii(JSON.stringify(result)) + '\n', paragraphs: '[]' };
  const { cleaned } = result.extraction;
  const paragraphs = ascii(JSON.stringify(cleaned.paragraphs));
  const extraction: Record<string, unknown> = { ...result.extraction, cleaned: { ...cleaned, paragraphs: paragraphs.length } };
  const later: string[] = [];
  for (const field of LATER) {
    if (!Array.isArray(extraction[field])) continue; // (an absent field stays absent)
    const text = ascii(JSON.stringify(extraction[field]));
    extraction[field] = `${text.length}:${digest(text)}`;
    later.push(text);
  }
  return { main: ascii(JSON.stringify({ ...result, extraction })) + '\n' + later.join(''), paragraphs };
}

/** The result an encoded entry stands for, every field parsed at once (`get` gives the same, read on use). */
export function decodeEntry(entry: EncodedEntry): ExtractResult {
  const line = entry.main.indexOf('\n');
  const result = JSON.parse(entry.main.slice(0, line)) as ExtractResult;
  if (!result.ok) return result;
  const x = result.extraction as unknown as Record<string, unknown>;
  let at = line + 1;
  for (const field of LATER) {
    if (typeof x[field] !== 'string') continue;
    const length = Number.parseInt(x[field] as string, 10);
    x[field] = JSON.parse(entry.main.slice(at, (at += length)));
  }
  result.extraction.cleaned.paragraphs = JSON.parse(entry.paragraphs) as string[];
  return result;
}

/**
 * A main file read back, the LATER fields left as their texts until used. Throws when the file is not one
 * `encodeEntry` wrote (another version, cut short, a LATER part damaged): the entry is then recomputed.
 * Each LATER text is its own copy, so an entry whose fields are never used keeps only those texts, never
 * the whole file.
 */
function readMain(bytes: Buffer): ExtractResult {
  const line = bytes.indexOf(10);
  if (line < 0) throw new Error('not an entry of this version');
  const result = JSON.parse(bytes.toString('latin1', 0, line)) as ExtractResult;
  let at = line + 1;
  if (result.ok) {
    const x = result.extraction as unknown as Record<string, unknown>;
    for (const field of LATER) {
      const stored = x[field];
      if (typeof stored !== 'string') continue;
      const [length, sum] = stored.split(':');
      const end = at + Number(length);
      if (!(end <= bytes.length) || digest(bytes.subarray(at, end)) !== sum) throw new Error(`damaged ${field}`);
      parsedOnUse(x, field, bytes.toString('latin1', at, end));
      at = end;
    }
  }
  if (at !== bytes.length) throw new Error('not an entry of this version');
  return result;
}

/** A short digest of an entry's part: finds damage, not forgery (the cache is the builder's own). */
function digest(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/** `o[field]` parsed from `text` on first use, then kept; enumerable, so `o` serialises as it was stored. */
function parsedOnUse(o: Record<string, unknown>, field: string, text: string): void {
  const keep = (value: unknown) => Object.defineProperty(o, field, { value, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(o, field, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value: unknown = JSON.parse(text);
      keep(value);
      return value;
    },
    set: keep,
  });
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
