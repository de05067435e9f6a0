// What --out may be (issue 13): a build replaces its output folder whole, so it refuses, with one line
// and before any work, an output folder that is, holds or lies inside the sources, the cache or the
// curation file, the root, a file, or a folder of other work; it accepts a missing or empty folder and a
// previous build (with the marker file, or an older build recognised by its data).
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, treeHashes } from '../helpers/cli.ts';
import { BUILD_MARKER, isDossierBuild, outputConflict } from '../../scripts/site/output-guard.ts';

const ARTICLE = `Harbour Gazette

Port authority approves new ferry terminal

4 March 2025

KINGSTON – The port authority approved a new ferry terminal on Monday, its chairman Marcus Ellery said.

"The terminal will carry two million passengers a year," Ellery told reporters at the harbour office.
`;

let base: string;
let sources: string;

const build = (out: string, extra: string[] = [], cache = path.join(base, 'cache')) =>
  runCli(['build', '--sources', sources, '--out', out, '--cache', cache, '--quiet', '--no-briefs', '--no-curation', ...extra]);

/** A refusal: non-zero, exactly one line on stderr naming the reason, and nothing else printed. */
function expectRefused(r: ReturnType<typeof runCli>, reason: RegExp): void {
  expect(r.status).not.toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^dossier: --out /);
  expect(lines[0]).toMatch(reason);
  expect(r.stdout).toBe('');
}

beforeAll(() => {
  base = tempDir('outguard');
  sources = path.join(base, 'sources');
  fs.mkdirSync(sources);
  fs.writeFileSync(path.join(sources, 'harbour.txt'), ARTICLE);
});

describe('--out that would destroy something', () => {
  it('refuses the sources folder itself, and leaves every article in place', () => {
    const before = treeHashes(sources);
    expectRefused(build(sources), /is --sources/);
    expect(treeHashes(sources)).toEqual(before);
  }, 60_000);

  it('refuses a folder holding the sources, and one inside them', () => {
    expectRefused(build(base), /contains --sources/);
    expectRefused(build(path.join(sources, 'site')), /inside --sources/);
    expect(fs.existsSync(path.join(sources, 'site'))).toBe(false);
  }, 60_000);

  it('refuses the cache, a folder holding it (--cache inside --out), and one inside it', () => {
    const out = path.join(base, 'cached-site');
    expectRefused(build(out, [], path.join(out, 'cache')), /contains the cache/);
    expectRefused(build(path.join(base, 'cache')), /is the cache/);
    expectRefused(build(path.join(base, 'cache', 'site')), /inside the cache/);
  }, 60_000);

  it('refuses a folder holding the curation file', () => {
    const analyst = path.join(base, 'analyst');
    fs.mkdirSync(analyst);
    fs.writeFileSync(path.join(analyst, 'curation.yml'), 'actors: {}\n');
    expectRefused(
      runCli(['build', '--sources', sources, '--out', analyst, '--cache', path.join(base, 'cache'), '--quiet', '--no-briefs', '--curation', path.join(analyst, 'curation.yml')]),
      /contains the curation file/,
    );
    expect(fs.readFileSync(path.join(analyst, 'curation.yml'), 'utf8')).toBe('actors: {}\n');
  }, 60_000);

  it('refuses the root of the file system', () => {
    // Checked on the guard itself: a regression must never get to try `--out /` for real.
    expect(outputConflict({ out: '/', sources, cache: path.join(base, 'cache') })).toMatch(/^--out \/ is the root of the file system/);
  });

  it('refuses a folder of other work, and a file', () => {
    const work = path.join(base, 'thesis');
    fs.mkdirSync(work);
    fs.writeFileSync(path.join(work, 'chapter-1.tex'), '\\chapter{One}\n');
    expectRefused(build(work), /not empty and not a previous Dossier build/);
    expect(fs.readdirSync(work)).toEqual(['chapter-1.tex']);
    const file = path.join(base, 'notes.txt');
    fs.writeFileSync(file, 'notes\n');
    expectRefused(build(file), /is a file/);
    expect(fs.readFileSync(file, 'utf8')).toBe('notes\n');
  }, 60_000);

  it('refuses the sources reached through a symbolic link', () => {
    const link = path.join(base, 'sources-link');
    fs.symlinkSync(sources, link);
    expectRefused(build(link), /is --sources/);
    expect(fs.existsSync(path.join(sources, 'harbour.txt'))).toBe(true);
  }, 60_000);
});

describe('--out that may be replaced', () => {
  it('builds into an empty folder and marks the site as a Dossier build', () => {
    const out = path.join(base, 'empty');
    fs.mkdirSync(out);
    const r = build(out);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, BUILD_MARKER))).toBe(true);
    expect(isDossierBuild(out)).toBe(true);
    // ... and replaces it on the next build.
    expect(build(out).status).toBe(0);
  }, 120_000);

  it('replaces a build made before the marker existed (data/dossier.json and index.html)', () => {
    const out = path.join(base, 'older');
    expect(build(out).status).toBe(0);
    fs.rmSync(path.join(out, BUILD_MARKER));
    expect(isDossierBuild(out)).toBe(true);
    const r = build(out);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, BUILD_MARKER))).toBe(true);
  }, 120_000);
});

describe('outputConflict', () => {
  it('compares real paths, so ../ and trailing slashes change nothing', () => {
    const p = { out: `${sources}/../sources/`, sources, cache: path.join(base, 'cache') };
    expect(outputConflict(p)).toMatch(/is --sources/);
    expect(outputConflict({ ...p, out: path.join(base, 'sources-sibling') })).toBeNull();
    // A sibling whose name starts like the sources folder is not inside it.
    expect(outputConflict({ ...p, out: `${sources}-site` })).toBeNull();
  });
});
