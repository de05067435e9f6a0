// Builds that fail or are cut short leave the previous site and cache as they were; a sharded
// extraction gives the same site as an unsharded one.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { runCli, repo, tempDir, treeHashes } from '../helpers/cli.ts';

const sources = path.join(repo, 'sources');

describe('atomic output', () => {
  it('keeps the previous site when the curation file is malformed, and names the line', () => {
    const base = tempDir('atomic');
    const out = path.join(base, 'site');
    const cache = path.join(base, 'cache');
    const first = runCli(['build', '--sources', sources, '--out', out, '--cache', cache, '--quiet', '--no-briefs']);
    expect(first.status).toBe(0);
    const before = treeHashes(out);
    const bad = path.join(base, 'curation.yml');
    fs.writeFileSync(bad, 'actors:\n  some-actor:\n    description: "unterminated\n  other: [\n');
    const r = runCli(['build', '--sources', sources, '--out', out, '--cache', cache, '--quiet', '--no-briefs', '--curation', bad]);
    expect(r.status).not.toBe(0);
    const last = r.stderr.trim().split('\n').at(-1)!;
    expect(last).toMatch(/curation\.yml:\d+/);
    expect(treeHashes(out)).toEqual(before);
  }, 180_000);

  it('leaves the previous site intact when a build is killed part-way', async () => {
    const base = tempDir('killed');
    const out = path.join(base, 'site');
    const cache = path.join(base, 'cache');
    expect(runCli(['build', '--sources', sources, '--out', out, '--cache', cache, '--quiet', '--no-briefs']).status).toBe(0);
    const before = treeHashes(out);
    // Change an article so the next build has real work to do, then kill it at several points.
    const changed = path.join(base, 'changed');
    fs.cpSync(sources, changed, { recursive: true });
    fs.appendFileSync(path.join(changed, fs.readdirSync(changed)[0]), '\n\nA late paragraph was added to this article on Tuesday.\n');
    for (const delay of [300, 1500, 4000]) {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts', 'cli.ts'), 'build', '--sources', changed, '--out', out, '--cache', cache, '--quiet', '--no-briefs'], {
        cwd: repo,
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL'); // a no-op when the build already finished
      await exited;
      const now = treeHashes(out);
      // Either the old site or (if the build had already finished) a complete new one: never a mix.
      if (JSON.stringify([...now]) !== JSON.stringify([...before])) {
        expect(fs.existsSync(path.join(out, 'data', 'dossier.json'))).toBe(true);
        expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
      }
    }
    // The cache survives: a normal build afterwards succeeds.
    expect(runCli(['build', '--sources', changed, '--out', out, '--cache', cache, '--quiet', '--no-briefs']).status).toBe(0);
  }, 240_000);
});

describe('sharded extraction', () => {
  it('gives a byte-identical site to an unsharded build', () => {
    const base = tempDir('shard');
    const shared = path.join(base, 'shared-cache');
    for (const shard of ['1/2', '2/2']) {
      const r = runCli(['extract', '--sources', sources, '--cache', shared, '--shard', shard, '--quiet']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/extracted \d+ and reused \d+ of \d+ articles/);
    }
    // A shard only fills the cache: the cross-source stages are the final job's (no "assemble" stage here).
    const again = runCli(['extract', '--sources', sources, '--cache', shared, '--verbose']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/extracted 0 and reused 5 of 5 articles/);
    expect(again.stderr).toMatch(/^extract/m);
    expect(again.stderr).not.toMatch(/^assemble/m);
    // The final job finds every article in the shared cache and only merges and renders.
    const merged = runCli(['build', '--sources', sources, '--out', path.join(base, 'merged'), '--cache', shared, '--quiet', '--no-briefs']);
    expect(merged.status).toBe(0);
    const plain = runCli(['build', '--sources', sources, '--out', path.join(base, 'plain'), '--cache', path.join(base, 'own-cache'), '--quiet', '--no-briefs']);
    expect(plain.status).toBe(0);
    expect(treeHashes(path.join(base, 'merged'))).toEqual(treeHashes(path.join(base, 'plain')));
  }, 240_000);
});
