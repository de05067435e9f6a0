// Faults around a build (issue 13): a full disk, a read-only output location, a kill between the two
// renames that publish the site, two builds at once on one cache and output folder, and a lock left by a
// dead build. Each ends with the previous site or the new one whole and, when the build fails, one line.
// Faults are injected into the real CLI with test/helpers/fault-fs.mjs.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { repo, runCli, tempDir, treeHashes } from '../helpers/cli.ts';
import { recoverInterruptedSwap, siblingsOf, swapInto } from '../../scripts/site/atomic-swap.ts';

const faults = ['--import', path.join(repo, 'test', 'helpers', 'fault-fs.mjs')];
const bundled = path.join(repo, 'sources');

const article = (who: string) => `Harbour Gazette

Port authority approves new ferry terminal

4 March 2025

KINGSTON – The port authority approved a new ferry terminal on Monday, its chairman ${who} said.

"The terminal will carry two million passengers a year," ${who} told reporters at the harbour office.
`;

let sources: string;
let changed: string;

const args = (src: string, out: string, cache: string, extra: string[] = []) => ['build', '--sources', src, '--out', out, '--cache', cache, '--quiet', '--no-briefs', '--no-curation', ...extra];
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);
const lastLine = (stderr: string) => stderr.trim().split('\n').at(-1)!;

/** A site built from `sources` at base/site with cache base/cache, and its tree. */
function previousSite(prefix: string): { base: string; out: string; cache: string; before: Map<string, string> } {
  const base = tempDir(prefix);
  const out = path.join(base, 'site');
  const cache = path.join(base, 'cache');
  const r = runCli(args(sources, out, cache));
  if (r.status !== 0) throw new Error(r.stderr);
  return { base, out, cache, before: treeHashes(out) };
}

beforeAll(() => {
  const base = tempDir('faults-src');
  sources = path.join(base, 'sources');
  changed = path.join(base, 'changed');
  fs.mkdirSync(sources);
  fs.mkdirSync(changed);
  fs.writeFileSync(path.join(sources, 'harbour.txt'), article('Marcus Ellery'));
  fs.writeFileSync(path.join(changed, 'harbour.txt'), article('Alma Dorsey'));
});

describe('a full disk or a read-only folder', () => {
  it('fails with one line when the disk fills up mid-render, and keeps the previous site whole', () => {
    const { base, out, cache, before } = previousSite('enospc');
    const r = runCli(args(changed, out, cache), { nodeArgs: faults, env: { FAULT_ENOSPC_AFTER: '3' } });
    expect(r.status).not.toBe(0);
    expect(lastLine(r.stderr)).toMatch(/^dossier: no space left on the device \(writing .*\)$/);
    noStack(r.stderr);
    expect(treeHashes(out)).toEqual(before);
    // The half-written staging folder is gone (a full disk needs its space back).
    expect(fs.readdirSync(base).filter((e) => e.includes('dossier-staging'))).toEqual([]);
  }, 120_000);

  it('fails with one line when the output location is read-only', () => {
    const base = tempDir('erofs');
    const r = runCli(args(sources, path.join(base, 'ro', 'site'), path.join(base, 'cache')), { nodeArgs: faults, env: { FAULT_EROFS_UNDER: path.join(base, 'ro') } });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^dossier: .*ro.* is on a read-only file system$/)]);
  }, 120_000);
});

describe('publishing the site', () => {
  it('keeps the previous site when killed between the two renames, and puts it back on the next start', () => {
    const { out, cache, before } = previousSite('killswap');
    const killed = runCli(args(changed, out, cache), { nodeArgs: faults, env: { FAULT_KILL_ON_PUBLISH: '1' } });
    expect(killed.status).not.toBe(0);
    // Killed after the old site was renamed away: it is whole under its backup name.
    const { backup } = siblingsOf(out);
    expect(treeHashes(backup)).toEqual(before);
    // The next start puts it back first, even when that build then fails.
    const bad = path.join(path.dirname(out), 'curation.yml');
    fs.writeFileSync(bad, 'actors:\n  x: [\n');
    const failed = runCli(['build', '--sources', changed, '--out', out, '--cache', cache, '--quiet', '--no-briefs', '--curation', bad]);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/restored the previous site/);
    expect(treeHashes(out)).toEqual(before);
    expect(fs.existsSync(backup)).toBe(false);
    // And a normal build publishes the new site.
    expect(runCli(args(changed, out, cache)).status).toBe(0);
    expect(fs.readFileSync(path.join(out, 'data', 'dossier.json'), 'utf8')).toContain('Alma Dorsey');
  }, 180_000);

  it('swapInto puts the old site back when the new one cannot be moved into place', () => {
    const base = tempDir('swap');
    const out = path.join(base, 'site');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'old');
    expect(() => swapInto(path.join(base, 'missing-staging'), out)).toThrow();
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(recoverInterruptedSwap(out)).toBeNull();
  });
});

describe('two builds at once', () => {
  it('makes the second build wait for the first: both succeed and the site is whole', async () => {
    const base = tempDir('concurrent');
    const out = path.join(base, 'site');
    const cache = path.join(base, 'cache');
    const run = () =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts', 'cli.ts'), ...args(bundled, out, cache)], { cwd: repo, env: { ...process.env, CI: 'true' } });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('exit', (status) => resolve({ status, stderr }));
      });
    const first = run();
    await new Promise((r) => setTimeout(r, 1500));
    const second = run();
    const [a, b] = await Promise.all([first, second]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    noStack(a.stderr + b.stderr);
    for (const f of ['index.html', 'data/dossier.json', 'feed.xml', 'search/index.html']) expect(fs.existsSync(path.join(out, f)), f).toBe(true);
    expect(fs.readdirSync(base).filter((e) => e.startsWith('.site.dossier-') && !e.includes('-old-'))).toEqual([]);
  }, 240_000);

  it('with --wait 0, stops the second build at once with one line naming the first', async () => {
    const base = tempDir('busy');
    const out = path.join(base, 'site');
    const cache = path.join(base, 'cache');
    const first = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts', 'cli.ts'), ...args(bundled, out, cache)], { cwd: repo, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => first.on('exit', resolve));
    const lock = path.join(cache, 'build.lock');
    for (let i = 0; i < 300 && !fs.existsSync(lock); i++) await new Promise((r) => setTimeout(r, 50));
    const second = runCli(args(bundled, out, cache, ['--wait', '0']));
    expect(second.status).not.toBe(0);
    expect(second.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^dossier: another build \\(pid ${first.pid}, started .+\\) is using the cache `))]);
    expect(await exited).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);
  }, 240_000);

  it('takes over a lock left by a build that died, or whose pid now belongs to another process', () => {
    const base = tempDir('stale');
    const cache = path.join(base, 'cache');
    fs.mkdirSync(cache);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const started = new Date(Date.now() - 60_000).toISOString();
    fs.writeFileSync(path.join(cache, 'build.lock'), JSON.stringify({ pid: dead, host: os.hostname(), started, procStart: null }));
    const r = runCli(args(sources, path.join(base, 'site'), cache, ['--wait', '0']));
    expect(r.status, r.stderr).toBe(0);
    // A live pid (this test runner) with another start time: the pid was reused after the build died.
    fs.writeFileSync(path.join(cache, 'build.lock'), JSON.stringify({ pid: process.pid, host: os.hostname(), started, procStart: '1' }));
    const again = runCli(args(sources, path.join(base, 'site'), cache, ['--wait', '0']));
    expect(again.status, again.stderr).toBe(0);
  }, 120_000);
});
