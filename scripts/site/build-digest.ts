// The no-op check: one digest over everything a build reads — the sources folder (names and bytes, pictures
// and sources.yml included), the curation file and the portraits it names, the --previous file, the options
// and environment that change the output, and the code (scripts/, templates, .eleventy.js, package files).
// Kept beside the page manifest (manifest.ts). When a build's digest is the one recorded and the output
// folder is still the one that build published (its marker file and every page file as written), nothing
// can come out differently: the build says so and leaves the site as it is. File hashes come from a
// stat-based index (lib/file-index.ts), so only files whose size, time or inode changed are read.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { FileIndex, listFiles, type FileIndexData } from '../lib/file-index.ts';
import { projectRoot } from '../lib/project.ts';
import { BUILD_MARKER } from './output-guard.ts';
import { loadManifest, manifestFile } from './manifest.ts';
import { pageFile } from './addresses.ts';

export interface BuildInputs {
  sourcesDir: string;
  outDir: string;
  cacheDir: string;
  contentDir: string;
  curationFile: string | null;
  previousFile: string | null;
  /** Options and environment that change the output (base path, briefs and the browser, site URL...). */
  settings: Record<string, unknown>;
  /** The project whose code and templates build the site (tests give another). */
  root?: string;
}

interface FileMark {
  ino: number;
  mtimeMs: number;
  size: number;
}

interface DigestRecord {
  version: number;
  digest: string;
  index: FileIndexData;
  /** The build marker of the site that digest produced. */
  marker: FileMark | null;
}

/** Bumped when what the digest covers changes. */
const VERSION = 1;

/** The digest of the builds into `outDir`, beside their page manifest. */
export function digestFile(cacheDir: string, outDir: string): string {
  return path.join(path.dirname(manifestFile(cacheDir, outDir)), 'digest.json');
}

/** Code and templates: everything of the project a build runs or renders (generated source pages excluded). */
function codeFiles(root: string): string[] {
  const skip = new Set(['node_modules', '.git', '.cache']);
  const enter = (name: string) => !skip.has(name);
  return [
    ...listFiles(path.join(root, 'scripts'), { enter }),
    ...listFiles(path.join(root, 'content'), { enter: (name) => enter(name) && name !== 'sources' }),
    ...listFiles(path.join(root, '_includes'), { enter }),
    ...listFiles(path.join(root, '_data'), { enter }),
    ...['.eleventy.js', 'package.json', 'package-lock.json'].map((f) => path.join(root, f)),
  ];
}

/** Portrait files a curation file names (`portrait: path`), where the images step looks for them. */
function portraitFiles(curationFile: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(curationFile, 'utf8');
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*portrait:\s*(?:"([^"]*)"|'([^']*)'|(\S[^#\n]*?))\s*(?:#.*)?$/gm)) {
    const label = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!label || /^[a-z][a-z0-9+.-]*:/i.test(label)) continue;
    if (path.isAbsolute(label)) out.push(label);
    else out.push(path.resolve(path.dirname(curationFile), label), path.resolve(projectRoot, label));
  }
  return out;
}

/** Every file of the sources folder, pictures in sub-folders included (hidden folders are not read by a build). */
function sourceFiles(dir: string): string[] {
  // A link's target is part of what is read: the same name may come to point elsewhere.
  return listFiles(dir, { enter: (name) => !name.startsWith('.'), link: (p) => `${p}\u0000link\u0000${readLink(p)}` });
}

function readLink(p: string): string {
  try {
    return fs.readlinkSync(p);
  } catch {
    return '';
  }
}

/** The digest of a build's inputs; `index` supplies (and records) the files' hashes. */
export function inputDigest(inputs: BuildInputs, index: FileIndex): string {
  const h = createHash('sha256');
  const add = (kind: string, file: string, rel: string) => {
    const [real, link] = file.split('\u0000link\u0000');
    h.update(`${kind}\u0000${rel}\u0000${link === undefined ? index.stamp(real).hash : `link:${link}`}\n`);
  };
  for (const f of sourceFiles(inputs.sourcesDir)) add('source', f, path.relative(inputs.sourcesDir, f));
  const root = inputs.root ?? projectRoot;
  for (const f of codeFiles(root)) add('code', f, path.relative(root, f));
  if (inputs.curationFile) {
    add('curation', inputs.curationFile, inputs.curationFile);
    for (const f of portraitFiles(inputs.curationFile)) add('portrait', f, f);
  }
  if (inputs.previousFile) add('previous', inputs.previousFile, inputs.previousFile);
  h.update(
    JSON.stringify({
      version: VERSION,
      node: process.version,
      sources: path.resolve(inputs.sourcesDir),
      out: path.resolve(inputs.outDir),
      content: path.resolve(inputs.contentDir),
      curation: inputs.curationFile,
      previous: inputs.previousFile,
      settings: inputs.settings,
    }),
  );
  return h.digest('hex');
}

function markOf(file: string): FileMark | null {
  try {
    const st = fs.statSync(file);
    return { ino: st.ino, mtimeMs: st.mtimeMs, size: st.size };
  } catch {
    return null;
  }
}

function loadRecord(file: string): DigestRecord | null {
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8')) as DigestRecord;
    return r && r.version === VERSION && typeof r.digest === 'string' && r.index?.files ? r : null;
  } catch {
    return null;
  }
}

/**
 * Whether the output folder is still exactly what the recorded build published: its marker file is that
 * build's (same inode and time), and every page file the manifest lists has the size and time it was
 * written with. A page edited or removed by hand makes the next build a real one (which renders it again).
 */
function outputIntact(inputs: BuildInputs, record: DigestRecord): boolean {
  const marker = markOf(path.join(inputs.outDir, BUILD_MARKER));
  if (!marker || !record.marker || marker.ino !== record.marker.ino || marker.mtimeMs !== record.marker.mtimeMs || marker.size !== record.marker.size) return false;
  const manifest = loadManifest(manifestFile(inputs.cacheDir, inputs.outDir));
  if (!manifest) return false;
  // The generated Markdown of source pages (--content) is an output too, for people to read.
  if (!fs.existsSync(inputs.contentDir)) return false;
  for (const [url, p] of Object.entries(manifest.pages)) {
    const st = markOf(pageFile(inputs.outDir, url));
    if (!st || st.size !== p.size || st.mtimeMs !== p.mtimeMs) return false;
  }
  return true;
}

/** The digest of this build, and the file index it was taken with (kept once the build is published). */
export interface DigestCheck {
  unchanged: boolean;
  digest: string;
  index: FileIndexData;
  /** Files read and hashed to take it (their stat changed since the last build). */
  hashed: number;
}

/** Takes this build's digest and compares it with the one recorded for `outDir`. */
export function checkDigest(inputs: BuildInputs): DigestCheck {
  const file = digestFile(inputs.cacheDir, inputs.outDir);
  const record = loadRecord(file);
  const index = new FileIndex(record?.index ?? null);
  const digest = inputDigest(inputs, index);
  const unchanged = !!record && record.digest === digest && outputIntact(inputs, record);
  return { unchanged, digest, index: index.data(), hashed: index.hashed };
}

/** Before a build changes anything: the recorded digest no longer describes what will be in the output folder. */
export function forgetDigest(cacheDir: string, outDir: string): void {
  fs.rmSync(digestFile(cacheDir, outDir), { force: true });
}

/** After a build is published: its digest, with the marker of the site it produced. */
export function saveDigest(cacheDir: string, outDir: string, check: DigestCheck): void {
  const file = digestFile(cacheDir, outDir);
  const record: DigestRecord = { version: VERSION, digest: check.digest, index: check.index, marker: markOf(path.join(outDir, BUILD_MARKER)) };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(record));
  fs.renameSync(tmp, file);
}
