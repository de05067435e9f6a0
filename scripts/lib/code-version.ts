// The version of a piece of code, for results kept between builds: a hash of a module's source, of every
// local module it imports (transitively) and of the lockfile (library versions). Any change to the code that
// makes a kept result makes it unusable, without anyone remembering to bump a number.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** scripts/: module names in a version are relative to it. */
const scriptsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockfile = path.join(scriptsDir, '..', 'package-lock.json');

/** Relative TypeScript modules a module imports (static `import`/`export ... from`, type-only included). */
function localImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+\.ts)['"]/g)) out.push(path.resolve(path.dirname(file), m[1]));
  return out;
}

/** A module (absolute path or file URL) and every local module it imports, relative to scripts/, sorted. */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry.startsWith('file:') ? fileURLToPath(entry) : entry];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || !fs.existsSync(f)) continue;
    seen.add(f);
    stack.push(...localImports(f));
  }
  return [...seen].map((f) => path.relative(scriptsDir, f)).sort();
}

/** The version of the code a module runs (see the head of this file) as it is on disk now: 16 hex digits. */
export function readCodeVersion(entry: string): string {
  const h = createHash('sha256');
  for (const f of importClosure(entry)) {
    h.update(f);
    h.update(fs.readFileSync(path.join(scriptsDir, f)));
  }
  if (fs.existsSync(lockfile)) h.update(fs.readFileSync(lockfile));
  return h.digest('hex').slice(0, 16);
}

const versions = new Map<string, string>();

/** readCodeVersion, read once per module and process (the code a process runs does not change under it). */
export function codeVersion(entry: string): string {
  let version = versions.get(entry);
  if (!version) versions.set(entry, (version = readCodeVersion(entry)));
  return version;
}
