// Lists a sources folder. Only article files are read (.txt, .md, .html/.htm); everything odd about the
// folder becomes one warning line naming the file, never an exception, so one bad file cannot stop a
// build of thousands. `sources.yml` gives per-file overrides an analyst trusts more than extraction.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { realPlace } from '../lib/path-containment.ts';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { InputFile, SourceOverride, Warning } from '../lib/types.ts';
import { slugify } from '../lib/slug.ts';
import { formatOf } from './format.ts';

/** Files larger than this are not read into memory (no news article is that long). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const OVERRIDE_FIELDS = new Set(['url', 'outlet', 'published', 'title', 'wire', 'dateline']);

function byteOrder(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

/** Parses sources.yml; any syntax or shape problem is one warning and no overrides at all. */
export function parseSourcesYml(text: string): { overrides: Map<string, SourceOverride>; warnings: Warning[] } {
  const lc = new LineCounter();
  const fail = (offset: number | undefined, problem: string) => ({
    overrides: new Map<string, SourceOverride>(),
    warnings: [{ file: `sources.yml:${offset === undefined ? 1 : lc.linePos(offset).line}`, message: `${problem}; overrides ignored` }],
  });
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return fail(undefined, `cannot parse (${String((e as Error)?.message ?? e).split('\n')[0]})`);
  }
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return fail(e.pos?.[0], e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
  }
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { overrides: new Map(), warnings: [] };
  if (!isMap(root)) return fail(root.range?.[0], 'expected a map of file name -> fields');
  const overrides = new Map<string, SourceOverride>();
  for (const pair of root.items) {
    const k = pair.key as Node | null;
    const name = isScalar(k) ? String(k.value) : null;
    if (!name) return fail(k?.range?.[0], 'a file name key is not a plain string');
    const v = pair.value as Node | null;
    if (v === null || (isScalar(v) && v.value === null)) {
      overrides.set(name, {});
      continue;
    }
    if (!isMap(v)) return fail(v.range?.[0] ?? k?.range?.[0], `entry for "${name}" must be a map of fields (url, outlet, published, title, wire, dateline)`);
    const o: SourceOverride = {};
    for (const fp of v.items) {
      const fk = fp.key as Node | null;
      const field = isScalar(fk) ? String(fk.value) : '';
      if (!OVERRIDE_FIELDS.has(field)) return fail(fk?.range?.[0], `unknown field "${field}" for "${name}" (expected url, outlet, published, title, wire, dateline)`);
      const fv = fp.value as Node | null;
      if (fv !== null && !isScalar(fv)) return fail(fv.range?.[0], `field "${field}" of "${name}" must be a single value`);
      const raw = fv === null ? null : (fv as any).value;
      const value = raw === null || raw === undefined ? null : raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
      (o as Record<string, string | null>)[field] = value;
    }
    overrides.set(name, o);
  }
  return { overrides, warnings: [] };
}

export function readSourceFolder(dir: string): { files: InputFile[]; warnings: Warning[] } {
  const files: InputFile[] = [];
  const warnings: Warning[] = [];
  const root = resolve(String(dir ?? ''));
  let names: string[];
  try {
    names = readdirSync(root).sort(byteOrder);
  } catch (e) {
    return { files, warnings: [{ file: String(dir), message: `cannot read sources folder (${(e as NodeJS.ErrnoException)?.code ?? 'error'})` }] };
  }
  // Symbolic links are followed only to files inside the folder (by real path): a link to /etc/passwd or
  // to another project's files must not be read and published.
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
    // readdir succeeded: keep the path as given
  }
  let overrides = new Map<string, SourceOverride>();
  for (const name of names) {
    if (name.startsWith('.')) {
      // .DS_Store, .git, editor files: not part of the corpus. A hidden file that looks like an article
      // ("..txt", ".draft.md") is named, so it is never left out without a word.
      if (formatOf(name)) warnings.push({ file: name, message: 'hidden file (its name starts with "."); skipped' });
      continue;
    }
    let path = join(root, name);
    let size: number;
    try {
      if (lstatSync(path).isSymbolicLink()) {
        const { place, real } = realPlace(realRoot, path);
        if (place === 'missing') {
          warnings.push({ file: name, message: 'broken symbolic link; skipped' });
          continue;
        }
        if (place === 'outside') {
          warnings.push({ file: name, message: 'symbolic link to outside the sources folder; skipped' });
          continue;
        }
        path = real as string; // read what was checked, not whatever the link points to by then
      }
      const st = statSync(path);
      if (st.isDirectory()) continue;
      size = st.size;
    } catch (e) {
      warnings.push({ file: name, message: `unreadable file (${(e as NodeJS.ErrnoException)?.code ?? 'error'})` });
      continue;
    }
    if (name === 'sources.yml' || name === 'sources.yaml') {
      try {
        const parsed = parseSourcesYml(readFileSync(path, 'utf8'));
        overrides = parsed.overrides;
        warnings.push(...parsed.warnings);
      } catch (e) {
        warnings.push({ file: name, message: `unreadable file (${(e as NodeJS.ErrnoException)?.code ?? 'error'}); overrides ignored` });
      }
      continue;
    }
    if (!formatOf(name)) {
      warnings.push({ file: name, message: 'unsupported extension (expected .txt, .md, .html or .htm); skipped' });
      continue;
    }
    if (size === 0) {
      warnings.push({ file: name, message: 'empty file; skipped' });
      continue;
    }
    if (size > MAX_FILE_BYTES) {
      warnings.push({ file: name, message: `file over 5 MB (${(size / 1048576).toFixed(1)} MB); not read` });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      warnings.push({ file: name, message: `unreadable file (${(e as NodeJS.ErrnoException)?.code ?? 'error'})` });
      continue;
    }
    files.push({ file: name, path, bytes });
  }
  const known = new Set(files.map((f) => f.file));
  for (const [name, o] of overrides) {
    if (!known.has(name)) {
      warnings.push({ file: 'sources.yml', message: `entry "${name}" names no article file in the folder; ignored` });
      continue;
    }
    files.find((f) => f.file === name)!.override = o;
  }
  return { files, warnings };
}

export function assignSourceIds(files: string[]): { ids: Map<string, string>; warnings: Warning[] } {
  const ids = new Map<string, string>();
  const warnings: Warning[] = [];
  const sorted = [...new Set(files)].sort(byteOrder);
  const base = (f: string) => slugify(f.replace(/\.[^.]*$/, ''), 'source');
  // Every natural id is reserved first, so "a-2.txt" keeps "a-2" even when "a.md" and "a.txt" collide.
  const owner = new Map<string, string>();
  for (const f of sorted) if (!owner.has(base(f))) owner.set(base(f), f);
  const used = new Set(owner.keys());
  for (const f of sorted) {
    const b = base(f);
    if (owner.get(b) === f) {
      ids.set(f, b);
      continue;
    }
    let id = b;
    for (let i = 2; used.has(id); i++) id = `${b}-${i}`;
    used.add(id);
    ids.set(f, id);
    warnings.push({ file: f, message: `id "${b}" is already taken by ${owner.get(b)}; this file gets "${id}"` });
  }
  return { ids, warnings };
}
