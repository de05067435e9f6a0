// What `--out` may be. A build replaces the whole output folder, so before anything is written the folder
// is checked: never the sources, the cache, the content folder or the curation file (nor a folder holding
// them, nor one inside them), and never a folder of other work. An output folder is replaceable when it is
// missing, empty, or a previous Dossier build: every build writes a marker file into the site, and a
// build from before the marker is recognised by its data/dossier.json and index.html.
import fs from 'node:fs';
import path from 'node:path';
import { isWithin, realPathOf } from '../lib/path-containment.ts';

/** Written into every build; its bytes never change (builds stay byte-identical). */
export const BUILD_MARKER = '.dossier-build';
const MARKER_TEXT = 'This folder is a site built by Dossier (dossier build --out): the next build replaces it whole.\n';

export function writeBuildMarker(siteDir: string): void {
  fs.writeFileSync(path.join(siteDir, BUILD_MARKER), MARKER_TEXT);
}

/** A previous Dossier build: the marker, or (older builds) data/dossier.json beginning as ours does, and index.html. */
export function isDossierBuild(dir: string): boolean {
  if (fs.existsSync(path.join(dir, BUILD_MARKER))) return true;
  if (!fs.existsSync(path.join(dir, 'index.html'))) return false;
  let fd: number | null = null;
  try {
    fd = fs.openSync(path.join(dir, 'data', 'dossier.json'), 'r');
    const head = Buffer.alloc(64);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return /^\s*\{\s*"sources"\s*:/.test(head.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

export interface GuardedPaths {
  out: string;
  sources: string;
  cache: string;
  /** Where the generated Markdown goes (--content). */
  content?: string | null;
  /** The curation file in use, if any. */
  curation?: string | null;
}

/**
 * Why `--out` must not be used given the other folders, or null. Pure path relations, by real paths (a
 * link to the sources is the sources): checked before any work, so a bad --out costs nothing.
 */
export function outputConflict(p: GuardedPaths): string | null {
  const out = realPathOf(p.out);
  const shown = p.out;
  if (path.dirname(out) === out) return `--out ${shown} is the root of the file system; refusing to replace it`;
  const others: [string, string | null | undefined, boolean][] = [
    ['--sources', p.sources, true],
    ['the cache (--cache)', p.cache, true],
    ['the content folder (--content)', p.content, false],
    ['the curation file', p.curation, false],
  ];
  for (const [what, other, mayNotContainOut] of others) {
    if (!other) continue;
    const real = realPathOf(other);
    if (real === out) return `--out ${shown} is ${what}; refusing to replace it`;
    if (isWithin(out, real)) return `--out ${shown} contains ${what} (${other}); refusing to replace it`;
    if (mayNotContainOut && isWithin(real, out)) return `--out ${shown} is inside ${what} (${other}); choose a folder outside it`;
  }
  return null;
}

/** Why the folder now at `--out` must not be replaced, or null (missing, empty, or a previous build). */
export function outputContentsConflict(out: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(out);
  } catch {
    return null; // nothing there yet
  }
  if (!st.isDirectory()) return `--out ${out} is a file, not a folder; refusing to replace it`;
  if (fs.readdirSync(out).length === 0 || isDossierBuild(out)) return null;
  return `--out ${out} is a folder that is not empty and not a previous Dossier build (no ${BUILD_MARKER}); refusing to replace it (choose a new or empty folder)`;
}
